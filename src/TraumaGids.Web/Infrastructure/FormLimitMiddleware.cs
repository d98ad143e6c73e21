using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// A form over the limits (<see cref="Hardening.MaxRequestBodyBytes"/>, 200 fields, 4 kB a value) gets the
/// site's own 413 page ("Dit verzoek is te groot"), not the generic 400 that antiforgery or model binding
/// would give when they meet the same limit later. The form is read here, once, before anything else
/// needs it; it is small by then, and what is read is kept for the page. A page marked
/// <see cref="KeepsCutFormAttribute"/> (the screening) gets a form over the field or value limits cut to
/// them instead, to show the worker's entries again.
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
        var keeps = context.GetEndpoint()?.Metadata.GetMetadata<KeepsCutFormAttribute>() is not null
            && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (keeps)
        {
            // Within the byte limit the body is small: keep it, to read it again if the form is over its other limits.
            context.Request.EnableBuffering(bufferThreshold: (int)Hardening.MaxRequestBodyBytes, bufferLimit: limit);
        }
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return false;
        }
        catch (InvalidDataException) when (keeps)
        {
            // More fields, or a longer value, than FormOptions allows: the page gets the form cut to the limits.
            await CutAsync(context);
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

    /// <summary>The first fields up to the count limit, values over the length limit left out (a page shows them again, so they stay small).</summary>
    private static async Task CutAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormOptions>>().Value;
        context.Request.Body.Position = 0;
        using var reader = new Microsoft.AspNetCore.WebUtilities.FormReader(context.Request.Body)
        {
            ValueCountLimit = int.MaxValue,
            ValueLengthLimit = (int)Hardening.MaxRequestBodyBytes,
            KeyLengthLimit = (int)Hardening.MaxRequestBodyBytes,
        };
        var kept = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        while (await reader.ReadNextPairAsync(context.RequestAborted) is { } pair)
        {
            if (pair.Value.Length > options.ValueLengthLimit || pair.Key.Length > options.KeyLengthLimit || ++count > options.ValueCountLimit)
            {
                continue;
            }
            kept[pair.Key] = kept.TryGetValue(pair.Key, out var earlier)
                ? Microsoft.Extensions.Primitives.StringValues.Concat(earlier, pair.Value)
                : new Microsoft.Extensions.Primitives.StringValues(pair.Value);
        }
        context.Request.Form = new FormCollection(kept);
        context.Features.Set(new CutForm());
    }
}
