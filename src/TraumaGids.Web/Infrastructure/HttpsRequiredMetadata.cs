namespace TraumaGids.Web.Infrastructure;

/// <summary>Marks a page that sets or needs a Secure cookie (sign-in, a form with an antiforgery token).</summary>
public sealed class HttpsRequiredMetadata
{
    public static readonly HttpsRequiredMetadata Instance = new();
}
