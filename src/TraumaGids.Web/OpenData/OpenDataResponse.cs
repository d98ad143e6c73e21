using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using TraumaGids.Core.OpenData;

namespace TraumaGids.Web.OpenData;

/// <summary>
/// How the open-data API answers: JSON or NDJSON for anyone (<c>Access-Control-Allow-Origin: *</c>, no
/// cookie, nothing about the caller), with a strong ETag from the body so a client that sends it back
/// in <c>If-None-Match</c> gets 304 without the body; errors as RFC 9457 problem JSON.
/// </summary>
public static class OpenDataResponse
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string NdjsonType = "application/x-ndjson; charset=utf-8";
    public const string ProblemType = "application/problem+json; charset=utf-8";

    /// <summary>Content changes only when it is (re)loaded; a few minutes of caching is safe, the ETag makes checking cheap.</summary>
    private const string CacheControl = "public, max-age=300";

    public static Task Json<T>(HttpContext context, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Send(context, JsonSerializer.SerializeToUtf8Bytes(value, HsdsJson.Options), JsonType);
    }

    /// <summary>One JSON object a line (NDJSON), every item, no envelope.</summary>
    public static Task Ndjson<T>(HttpContext context, IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        using var buffer = new MemoryStream();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(buffer, item, HsdsJson.Options);
            buffer.WriteByte((byte)'\n');
        }
        return Send(context, buffer.ToArray(), NdjsonType);
    }

    public static Task Problem(HttpContext context, int status, string title, string detail, string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        AllowAnyOrigin(response);
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        response.ContentType = ProblemType;
        var body = new Dictionary<string, object>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (parameter is not null)
        {
            body["parameter"] = parameter;
        }
        return response.WriteAsync(JsonSerializer.Serialize(body, HsdsJson.Options));
    }

    public static Task NotFound(HttpContext context, string detail) =>
        Problem(context, StatusCodes.Status404NotFound, "Niet gevonden", detail);

    /// <summary>Every answer of the API may be read by a page on any site: the data is public and needs no credentials.</summary>
    public static void AllowAnyOrigin(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag";
    }

    private static Task Send(HttpContext context, byte[] body, string contentType)
    {
        var response = context.Response;
        AllowAnyOrigin(response);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_') + "\"");
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = CacheControl;
        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2); <c>*</c> matches any current representation.</summary>
    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) &&
        tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
