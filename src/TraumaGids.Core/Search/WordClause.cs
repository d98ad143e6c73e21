using Lucene.Net.Search;

namespace TraumaGids.Core.Search;

/// <summary>One unit of the typed text compiled into a query, and whether it is a general word (<see cref="QueryCompiler.IsGeneral"/>).</summary>
internal sealed record WordClause(Query Query, bool General, QueryUnit Unit)
{
    /// <summary>
    /// Whether every word of the unit is everyday Dutch or English (<see cref="EverydayWords"/>): when no item
    /// has such a word, the question was put in other words than the site's, not about another subject.
    /// </summary>
    public bool Everyday => Unit.Terms.All(EverydayWords.Shipped.Contains);
}
