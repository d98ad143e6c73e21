using System.Net;

namespace TraumaGids.Web.Tests;

public sealed class SignInConfigurationTests
{
    [Fact]
    public void The_site_refuses_to_start_in_production_with_the_development_identity_provider_on()
    {
        using var site = new SiteFactory(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["DevelopmentIdentityProvider:Enabled"] = "true",
            ["ProfessionalSignIn:ClientId"] = "traumagids",
            ["ProfessionalSignIn:ClientSecret"] = "secret",
        });

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("DevelopmentIdentityProvider:Enabled is true in Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("only in Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_without_client_credentials_fails_the_start_with_a_clear_message()
    {
        using var site = new SiteFactory(environment: "Production");

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("ProfessionalSignIn:ClientId and ProfessionalSignIn:ClientSecret are required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_sign_in_configured_the_public_site_runs_and_the_screening_says_it_is_unavailable()
    {
        using var site = new SiteFactory(environment: "Production", settings: new Dictionary<string, string?> { ["ProfessionalSignIn:Authority"] = "" });
        var client = site.Browser();

        var home = await client.GetPageAsync("/");
        var screening = await client.GetPageAsync("/screening");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, screening.Status);
        Assert.Equal("/inloggen", screening.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("niet ingesteld", screening.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/dev-idp/inloggen", UriKind.Relative))).StatusCode);
    }
}
