using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>TraumaGids' own search as a visitor of <c>/zoeken</c> gets it: the text alone, default filters and order.</summary>
public sealed class TraumaGidsSearch(ContentSet content) : ISearchSystem
{
    private readonly SearchIndex _index = SearchIndex.Build(content);

    public string Name => "TraumaGids";

    public Ranking Search(string text)
    {
        var results = _index.Search(new SearchQuery { Text = text, PageSize = RankingMetrics.Depth });
        return new Ranking([.. results.Hits.Select(h => h.Link.Path.TrimStart('/'))], results.Total);
    }

    public void Dispose() => _index.Dispose();
}
