using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
    private readonly Dictionary<string, string?> _settings;

    public SiteFactory(string? contentPath = null, IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase)
        {
            ["Content:Path"] = contentPath ?? RepoPaths.Content,
        };
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public LogCapture Log { get; } = new();

    /// <summary>With Kestrel: the address the site listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
