namespace TraumaGids.Core.Content;

/// <summary>
/// Everything loaded from one content directory: the valid items, and the issues of the files
/// that were skipped. Immutable once built, so it can be shared by all requests.
/// </summary>
public sealed class ContentSet
{
    private readonly Dictionary<string, Practitioner> _practitioners;
    private readonly Dictionary<string, Offer> _offers;
    private readonly Dictionary<string, InfoPage> _infoPages;
    private readonly ILookup<string, Practitioner> _byMethod;

    public ContentSet(
        Vocabularies vocabularies,
        IEnumerable<Practitioner> practitioners,
        IEnumerable<Offer> offers,
        IEnumerable<InfoPage> infoPages,
        IEnumerable<ContentIssue> issues,
        IEnumerable<Screening.Instrument>? instruments = null,
        SearchWords? searchWords = null)
    {
        SearchWords = searchWords ?? SearchWords.Empty;
        Vocabularies = vocabularies;
        Practitioners = practitioners.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        Offers = offers.OrderBy(o => o.Title, StringComparer.CurrentCulture).ToList();
        InfoPages = infoPages.OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.CurrentCulture).ToList();
        // The files others depend on first: a broken vocabulaires.yml makes every practitioner and
        // offer fail, and its own line is the one to fix, not the hundreds that follow from it.
        Issues = issues
            .OrderBy(i => i.File == Vocabularies.FileName ? 0 : 1)
            .ThenBy(i => i.File, StringComparer.Ordinal)
            .ThenBy(i => i.Line)
            .ToList();
        _practitioners = Practitioners.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _offers = Offers.ToDictionary(o => o.Slug, StringComparer.Ordinal);
        _infoPages = InfoPages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        Instruments = instruments?.ToList() ?? [];
        _byMethod = Practitioners.SelectMany(p => p.Methods, (p, m) => (p, m)).ToLookup(x => x.m, x => x.p, StringComparer.Ordinal);
    }

    public Vocabularies Vocabularies { get; }
    public IReadOnlyList<Practitioner> Practitioners { get; }
    public IReadOnlyList<Offer> Offers { get; }
    public IReadOnlyList<InfoPage> InfoPages { get; }

    /// <summary>Synonyms, place names and compound parts for search (<c>zoekwoorden.yml</c>).</summary>
    public SearchWords SearchWords { get; }

    /// <summary>Screening instruments (<c>instrumenten/*.yml</c>).</summary>
    public IReadOnlyList<Screening.Instrument> Instruments { get; }

    public Screening.Instrument? FindInstrument(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    /// <summary>Problems found while loading; the files they name were skipped.</summary>
    public IReadOnlyList<ContentIssue> Issues { get; }

    /// <summary>
    /// Links in served pages to pages that were skipped for a problem in their own file: served as they
    /// are, they give 404. Not problems of their own (the skipped file's issue is the one to fix), but
    /// named in the check and the log so editors see what the broken file takes down with it.
    /// </summary>
    public IReadOnlyList<ContentIssue> BrokenLinks { get; init; } = [];

    /// <summary>
    /// The files whose content is in use, by relative path: every item and instrument that loaded, and
    /// <c>vocabulaires.yml</c> and <c>zoekwoorden.yml</c> when they had no problem. A live reload keeps
    /// the last good version of a file that drops out of this set because of an edit.
    /// </summary>
    public IReadOnlySet<string> ServedFiles { get; init; } = new HashSet<string>();

    /// <summary>Null for an unknown, empty or missing slug (an address can hold anything).</summary>
    public Practitioner? FindPractitioner(string? slug) => slug is null ? null : _practitioners.GetValueOrDefault(slug);
    public Offer? FindOffer(string? slug) => slug is null ? null : _offers.GetValueOrDefault(slug);
    public InfoPage? FindInfoPage(string? slug) => slug is null ? null : _infoPages.GetValueOrDefault(slug);

    /// <summary>The practitioners who offer a method, the other direction of the practitioner → offer link.</summary>
    public IReadOnlyList<Practitioner> PractitionersOffering(string method) => _byMethod[method].ToList();

    public string? TitleOf(PageLink link) => link.Kind switch
    {
        ContentKind.Practitioner => FindPractitioner(link.Slug)?.Name,
        ContentKind.Offer => FindOffer(link.Slug)?.Title,
        _ => FindInfoPage(link.Slug)?.Title,
    };
}
