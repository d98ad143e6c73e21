using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>One site on the example content, shared by every test in the collection.</summary>
public sealed class SiteFixture : IDisposable
{
    private readonly SiteFactory _factory = new();

    public SiteFixture()
    {
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = SiteFactory.TestServerAddress });
    }

    public HttpClient Client { get; }

    internal LogCapture Log => _factory.Log;

    /// <summary>What the site loaded: tests compare the pages against it.</summary>
    public ContentSet Content => _factory.Services.GetRequiredService<ContentStore>().Content;

    /// <summary>The site's search index: the open-data API's search must find what it finds.</summary>
    public TraumaGids.Core.Search.SearchIndex Index => _factory.Services.GetRequiredService<ContentStore>().Index;

    public DateOnly Today => _factory.Services.GetRequiredService<ContentStore>().Today;

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
