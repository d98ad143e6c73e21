namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// A query with graded judgements: page path (no leading slash) → 3 perfect, 2 good, 1 acceptable;
/// pages not listed count 0. A question the site cannot answer has no judgements and
/// <see cref="NoAnswer"/> set: the right result is "nothing found".
/// </summary>
public sealed record GradedQuery(string Text, IReadOnlyDictionary<string, int> Grades, string Who, bool NoAnswer = false);
