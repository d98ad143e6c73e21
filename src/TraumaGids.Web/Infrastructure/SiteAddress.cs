namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The site's public address, as the request reached it: behind a trusted proxy the forwarded scheme
/// (ForwardedHeaders), and the Host header, which host filtering (<c>AllowedHosts</c>, required outside
/// Development, see <see cref="Hardening"/>) has already checked against the site's own host names.
/// So absolute links (FHIR canonical URLs, the sitemap, open data) never carry a forged host.
/// </summary>
public static class SiteAddress
{
    public static Uri Base(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}/");
    }
}
