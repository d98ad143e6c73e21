using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace TraumaGids.Testing;

/// <summary>
/// The real site (Program.cs, all middleware) for tests, on a content directory of the test's choice
/// (the example content by default), with its log captured.
/// </summary>
internal sealed class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The address the in-memory test server answers on: https, so Secure cookies flow as in a browser.</summary>
    public static readonly Uri TestServerAddress = new("https://localhost/");

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _kestrel;
    private readonly TimeProvider? _clock;

    /// <param name="kestrel">Serve on a real loopback port (for the browser) instead of the in-memory test server.</param>
    /// <param name="clock">Replaces the site's clock (sessions, staleness), for tests of time limits.</param>
    public SiteFactory(string? contentPath = null, IDictionary<string, string?>? settings = null, bool kestrel = false, string environment = "Development", TimeProvider? clock = null)
    {
        _kestrel = kestrel;
        _clock = clock;
        Environment = environment;
        // The development identity provider runs inside the site; its issuer is the site's own address.
        var port = kestrel ? FreePort() : 0;
        BaseAddress = kestrel ? new Uri($"http://127.0.0.1:{port}/") : TestServerAddress;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content:Path"] = contentPath ?? RepoPaths.Content,
            ["ProfessionalSignIn:Authority"] = BaseAddress.ToString(),
            // Tests send many requests from one client; the rate-limit tests switch limits on themselves.
            ["RateLimits:Enabled"] = "false",
            // No stored search index: each test host writes its own (the tests of the store name a folder).
            ["Search:IndexCache"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        if (kestrel)
        {
            UseKestrel(port);
        }
    }

    public Uri BaseAddress { get; }

    public string Environment { get; }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public LogCapture Log { get; } = new();

    /// <summary>With Kestrel: starts the server and returns the address it listens on.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Log);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }
            if (!_kestrel)
            {
                // The sign-in handler talks to the provider (inside the same site) through the test server, not the network.
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Server.CreateHandler());
            }
        });
    }
}
