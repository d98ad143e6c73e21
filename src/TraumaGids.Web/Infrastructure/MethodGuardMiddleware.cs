using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// 405 with an <c>Allow</c> header for a method the endpoint has no handler for, and 404 for a page
/// handler name the page does not have, before authentication, antiforgery or the page see the request.
/// Razor Pages would otherwise run a page without a handler and render it with an empty model (TRACE
/// was a 500). The error page itself answers any method: it is re-executed for whatever failed.
/// </summary>
internal sealed class MethodGuardMiddleware(RequestDelegate next)
{
    /// <summary>Endpoints that do not say (health, the identity provider's own middleware, unknown paths).</summary>
    private static readonly string[] Default = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }
        var endpoint = context.GetEndpoint();
        var page = endpoint?.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        var allowed = page is not null ? PageMethods(page) : endpoint?.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? Default;
        var method = context.Request.Method;
        if (!Allows(allowed, method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers[HeaderNames.Allow] = string.Join(", ", WithHead(allowed));
            return Task.CompletedTask;
        }
        if (page is not null && HandlerName(context) is { } name && !HasHandler(page, method, name))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }

    private static bool Allows(IReadOnlyList<string> allowed, string method) =>
        allowed.Contains(method, StringComparer.OrdinalIgnoreCase) ||
        (HttpMethods.IsHead(method) && allowed.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase));

    /// <summary>The methods of the page's handlers (OnGet, OnPostAsync…); a page without handlers is GET only.</summary>
    private static string[] PageMethods(CompiledPageActionDescriptor page)
    {
        var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        return methods.Length == 0 ? [HttpMethods.Get] : methods;
    }

    /// <summary>HEAD is answered wherever GET is.</summary>
    private static IEnumerable<string> WithHead(IReadOnlyList<string> methods) =>
        methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase)
            ? methods.SelectMany(m => HttpMethods.IsGet(m) ? [m, HttpMethods.Head] : new[] { m })
            : methods;

    /// <summary>As Razor Pages picks it: the route value, else the first query value.</summary>
    private static string? HandlerName(HttpContext context) =>
        context.Request.RouteValues["handler"]?.ToString() is { Length: > 0 } route ? route
        : context.Request.Query["handler"] is { Count: > 0 } query && !string.IsNullOrEmpty(query[0]) ? query[0]
        : null;

    private static bool HasHandler(CompiledPageActionDescriptor page, string method, string name)
    {
        var asGet = HttpMethods.IsHead(method) ? HttpMethods.Get : method;
        return page.HandlerMethods.Any(h =>
            string.Equals(h.HttpMethod, asGet, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
