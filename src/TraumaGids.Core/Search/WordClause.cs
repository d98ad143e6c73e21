using Lucene.Net.Search;

namespace TraumaGids.Core.Search;

/// <summary>One unit of the typed text compiled into a query, and whether it is a general word (<see cref="QueryCompiler.IsGeneral"/>).</summary>
internal sealed record WordClause(Query Query, bool General);
