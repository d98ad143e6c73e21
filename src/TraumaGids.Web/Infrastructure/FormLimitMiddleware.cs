using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// A form over the limits (<see cref="Hardening.MaxRequestBodyBytes"/>, 200 fields, 4 kB a value) gets the
/// site's own 413 page ("Dit verzoek is te groot"), not the generic 400 that antiforgery or model binding
/// would give when they meet the same limit later. The form is read here, once, before anything else
/// needs it; it is small by then, and what is read is kept for the page.
/// </summary>
internal sealed class FormLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && context.Features.Get<IExceptionHandlerFeature>() is null &&
            context.Request.HasFormContentType && await TooLargeAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        await next(context);
    }

    private static async Task<bool> TooLargeAsync(HttpContext context)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? Hardening.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return true;
        }
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return false;
        }
        catch (InvalidDataException)
        {
            // More fields, or a longer value, than FormOptions allows.
            return true;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return true;
        }
    }
}
