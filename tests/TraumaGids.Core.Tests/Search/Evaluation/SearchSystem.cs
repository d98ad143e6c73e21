namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>What a search system answers to a query: the first ten page paths and how many it found in all.</summary>
public sealed record Ranking(IReadOnlyList<string> Top, int Total);

/// <summary>A search system under evaluation: TraumaGids' own search or a plain baseline.</summary>
public interface ISearchSystem : IDisposable
{
    string Name { get; }

    Ranking Search(string text);
}
