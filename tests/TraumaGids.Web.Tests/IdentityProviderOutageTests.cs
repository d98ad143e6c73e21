using System.Net;
using System.Net.Sockets;

namespace TraumaGids.Web.Tests;

/// <summary>
/// When the identity provider (Entra ID, Keycloak) does not answer, professionals get a Dutch 503 page
/// with Retry-After, the public site works on, and /health says Degraded (issue 15, item 14).
/// </summary>
public sealed class IdentityProviderOutageTests : IDisposable
{
    private readonly SiteFactory _site = new(kestrel: true, settings: new Dictionary<string, string?>
    {
        // A loopback port nobody listens on: connections are refused at once.
        ["ProfessionalSignIn:Authority"] = $"http://127.0.0.1:{ClosedPort()}/",
    });

    public void Dispose() => _site.Dispose();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _site.ServerAddress };

    [Fact]
    public async Task The_screening_answers_a_dutch_503_with_retry_after_and_the_public_site_works()
    {
        using var client = Client();

        var screening = await client.GetPageAsync("/screening");
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var search = await client.GetAsync(new Uri("/zoeken?q=emdr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, screening.Status);
        Assert.Equal("Inloggen lukt nu niet", screening.H1);
        Assert.Contains("probeer het over een paar minuten opnieuw", screening.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(screening.Response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.DoesNotContain("IDX", screening.Html, StringComparison.Ordinal);
        await _site.Log.WaitForAsync("Identity provider unreachable");
    }

    [Fact]
    public async Task Health_is_degraded_while_the_identity_provider_does_not_answer()
    {
        using var client = Client();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }
}
