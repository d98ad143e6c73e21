using System.Net;

namespace TraumaGids.Web.Tests;

/// <summary>The professional session ends after 30 minutes without activity and at most 8 hours after sign-in.</summary>
public sealed class SessionLimitTests : IDisposable
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();
    private readonly SiteFactory _site;

    public SessionLimitTests() => _site = new SiteFactory(clock: _clock);

    public void Dispose() => _site.Dispose();

    private static async Task<HttpStatusCode> ScreeningAsync(HttpClient client) =>
        (await client.GetAsync(new Uri("/screening", UriKind.Relative))).StatusCode;

    [Fact]
    public async Task Thirty_minutes_without_activity_end_the_session()
    {
        var (client, landing, _) = await _site.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);

        _clock.Now += TimeSpan.FromMinutes(25);
        Assert.Equal(HttpStatusCode.OK, await ScreeningAsync(client));
        _clock.Now += TimeSpan.FromMinutes(25);
        Assert.Equal(HttpStatusCode.OK, await ScreeningAsync(client));
        _clock.Now += TimeSpan.FromMinutes(31);
        Assert.Equal(HttpStatusCode.Redirect, await ScreeningAsync(client));
    }

    [Fact]
    public async Task Activity_keeps_a_session_alive_for_at_most_eight_hours()
    {
        var (client, _, _) = await _site.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(7.9); elapsed += TimeSpan.FromMinutes(20))
        {
            _clock.Now += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, await ScreeningAsync(client));
        }
        _clock.Now += TimeSpan.FromMinutes(20);

        Assert.Equal(HttpStatusCode.Redirect, await ScreeningAsync(client));
    }
}
