namespace TraumaGids.Core.Content;

/// <summary>
/// What an intent phrase in <c>zoekwoorden.yml</c> becomes: the order by waiting time, or a filter value
/// (a facet and one of its keys, e.g. <c>financiering: gratis</c>, <c>aanmeldstop: nee</c>).
/// </summary>
public sealed record SearchIntent(string Facet, string Key)
{
    /// <summary>The facet name of the "shortest waiting time first" order.</summary>
    public const string WaitingTimeOrder = "wachttijd";

    public bool IsOrder => Facet == WaitingTimeOrder;
}
