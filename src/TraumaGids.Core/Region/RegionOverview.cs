using TraumaGids.Core.Content;

namespace TraumaGids.Core.Region;

/// <summary>
/// The region's offer at a glance, computed from one <see cref="ContentSet"/>: practitioners by method ×
/// age band × place, their median waiting time, the languages treatment is given in, the referral stops,
/// and the gaps. Immutable; compute it from the current content, never keep it past a content reload.
/// </summary>
/// <remarks>
/// Counting rules, said once here and explained on the page:
/// a practitioner counts in every age band their age range overlaps; in every municipality of their
/// <c>gemeenten</c>; in the column Online when they treat online; and once in the whole region. The sum
/// of the columns is therefore more than the region's figure. A practitioner with a referral stop counts
/// as <see cref="RegionCell.Stopped"/>, not as available, and their waiting time is left out of the median.
/// </remarks>
public sealed class RegionOverview
{
    private readonly RegionCell[,,] _methods;
    private readonly RegionCell[,] _languages;
    private readonly Dictionary<string, int> _methodIndex;
    private readonly Dictionary<string, int> _languageIndex;
    private readonly Dictionary<string, int> _placeIndex;
    private readonly Dictionary<string, IReadOnlyList<string>?> _meantFor;

    private RegionOverview(ContentSet content)
    {
        Vocabularies = content.Vocabularies;
        Methods = [.. Vocabularies.Methods.Entries.Select(e => e.Key)];
        Languages = [.. Vocabularies.Languages.Entries.Select(e => e.Key)];
        Municipalities = [.. Vocabularies.Municipalities.Entries.Select(e => new RegionPlace(e.Key, e.Value, RegionPlaceKind.Municipality))];
        Places = [.. Municipalities, RegionPlace.Online, RegionPlace.Region];
        PractitionerCount = content.Practitioners.Count;
        ReferralStops = [.. content.Practitioners.Where(p => p.ReferralStop)];
        _methodIndex = Index(Methods);
        _languageIndex = Index(Languages);
        _placeIndex = Index(Places.Select(p => p.Key));
        _meantFor = Methods.ToDictionary(m => m, m => content.FindOffer(m)?.TargetGroups, StringComparer.Ordinal);
        // Methods without an offer page are treatment (the vocabulary lists trauma treatments first).
        var support = content.Offers.Where(o => o.Type == OfferType.Support).Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);

        var views = AgeBand.Views;
        var methodWeeks = new List<int>[Methods.Count, views.Count, Places.Count];
        var methodStops = new int[Methods.Count, views.Count, Places.Count];
        var languageWeeks = new List<int>[Languages.Count, views.Count];
        var languageStops = new int[Languages.Count, views.Count];
        var bands = new List<int>(views.Count);
        var places = new List<int>(Places.Count);
        foreach (var p in content.Practitioners)
        {
            bands.Clear();
            for (var v = 0; v < views.Count; v++)
            {
                if (views[v].Overlaps(p.Ages))
                {
                    bands.Add(v);
                }
            }
            places.Clear();
            foreach (var municipality in p.Municipalities.Distinct(StringComparer.Ordinal))
            {
                if (_placeIndex.TryGetValue(municipality, out var index) && Places[index].Kind == RegionPlaceKind.Municipality)
                {
                    places.Add(index);
                }
            }
            if (p.Online)
            {
                places.Add(_placeIndex[RegionPlace.OnlineKey]);
            }
            places.Add(_placeIndex[RegionPlace.RegionKey]);

            foreach (var method in p.Methods.Distinct(StringComparer.Ordinal))
            {
                if (!_methodIndex.TryGetValue(method, out var m))
                {
                    continue;
                }
                foreach (var v in bands)
                {
                    foreach (var place in places)
                    {
                        Add(methodWeeks, methodStops, p, m, v, place);
                    }
                }
            }
            if (p.Methods.Any(method => !support.Contains(method)))
            {
                foreach (var language in p.Languages.Distinct(StringComparer.Ordinal))
                {
                    if (!_languageIndex.TryGetValue(language, out var l))
                    {
                        continue;
                    }
                    foreach (var v in bands)
                    {
                        if (p.ReferralStop)
                        {
                            languageStops[l, v]++;
                        }
                        else
                        {
                            (languageWeeks[l, v] ??= []).Add(p.WaitingTime.Weeks);
                        }
                    }
                }
            }
        }

        _methods = new RegionCell[Methods.Count, views.Count, Places.Count];
        for (var m = 0; m < Methods.Count; m++)
        {
            for (var v = 0; v < views.Count; v++)
            {
                for (var place = 0; place < Places.Count; place++)
                {
                    _methods[m, v, place] = Cell(methodWeeks[m, v, place], methodStops[m, v, place]);
                }
            }
        }
        _languages = new RegionCell[Languages.Count, views.Count];
        for (var l = 0; l < Languages.Count; l++)
        {
            for (var v = 0; v < views.Count; v++)
            {
                _languages[l, v] = Cell(languageWeeks[l, v], languageStops[l, v]);
            }
        }
    }

    public static RegionOverview Compute(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new RegionOverview(content);
    }

    public Vocabularies Vocabularies { get; }

    /// <summary>Method keys in vocabulary order.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>Language keys in vocabulary order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The municipalities in vocabulary order.</summary>
    public IReadOnlyList<RegionPlace> Municipalities { get; }

    /// <summary>The municipalities, then <see cref="RegionPlace.Online"/>, then <see cref="RegionPlace.Region"/>.</summary>
    public IReadOnlyList<RegionPlace> Places { get; }

    /// <summary>Every practitioner in the directory.</summary>
    public int PractitionerCount { get; }

    /// <summary>The practitioners who take no new clients now, by name.</summary>
    public IReadOnlyList<Practitioner> ReferralStops { get; }

    /// <summary>Practitioners offering <paramref name="method"/> to <paramref name="band"/> at <paramref name="place"/>.</summary>
    public RegionCell Cell(string method, AgeBand band, RegionPlace place)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(place);
        return _methods[_methodIndex[method], ViewIndex(band), _placeIndex[place.Key]];
    }

    /// <summary>Practitioners who give treatment (at least one method that is not only support) in <paramref name="language"/> to <paramref name="band"/>, in the region or online.</summary>
    public RegionCell LanguageCell(string language, AgeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return _languages[_languageIndex[language], ViewIndex(band)];
    }

    /// <summary>
    /// Whether the method is meant for the band: its offer page lists the band's target group. Every method
    /// is meant for all ages together, and a method without an offer page for every band.
    /// </summary>
    public bool IsMeantFor(string method, AgeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return band.IsAllAges || _meantFor[method] is not { } groups || groups.Contains(band.Key, StringComparer.Ordinal);
    }

    /// <summary>The methods worth a row for the band: meant for it, or offered to it by someone (also with a stop).</summary>
    public IReadOnlyList<string> MethodsFor(AgeBand band) =>
        [.. Methods.Where(m => IsMeantFor(m, band) || Cell(m, band, RegionPlace.Region).Total > 0)];

    /// <summary>A gap: a method meant for the band with no available practitioner at the place.</summary>
    public bool IsGap(string method, AgeBand band, RegionPlace place) => IsMeantFor(method, band) && Cell(method, band, place).Available == 0;

    public RegionGaps Gaps(AgeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var nowhere = Methods.Where(m => IsGap(m, band, RegionPlace.Region)).ToList();
        var municipalities = Municipalities.Select(place =>
        {
            var missing = Methods.Where(m => !nowhere.Contains(m) && IsGap(m, band, place)).ToList();
            return new MunicipalityGaps(place, missing, [.. missing.Where(m => Cell(m, band, RegionPlace.Online).Available > 0)]);
        }).ToList();
        var languages = Languages.Where(l => LanguageCell(l, band).Available == 0).ToList();
        return new RegionGaps(band, nowhere, municipalities, languages);
    }

    private static RegionCell Cell(List<int>? weeks, int stopped) =>
        weeks is null ? new RegionCell(0, stopped, null) : new RegionCell(weeks.Count, stopped, RegionCell.Median(weeks));

    private static void Add(List<int>[,,] weeks, int[,,] stops, Practitioner p, int m, int v, int place)
    {
        if (p.ReferralStop)
        {
            stops[m, v, place]++;
        }
        else
        {
            (weeks[m, v, place] ??= []).Add(p.WaitingTime.Weeks);
        }
    }

    private static int ViewIndex(AgeBand band)
    {
        for (var v = 0; v < AgeBand.Views.Count; v++)
        {
            if (AgeBand.Views[v] == band)
            {
                return v;
            }
        }
        throw new ArgumentException($"'{band.Key}' is not one of AgeBand.Views", nameof(band));
    }

    private static Dictionary<string, int> Index(IEnumerable<string> keys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            index.TryAdd(key, index.Count);
        }
        return index;
    }
}
