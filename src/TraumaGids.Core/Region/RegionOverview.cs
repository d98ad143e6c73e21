using System.Runtime.CompilerServices;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Region;

/// <summary>
/// The region's offer at a glance, computed from one <see cref="ContentSet"/>: practitioners by method ×
/// age band × place, their median waiting time, the languages treatment is given in, the referral stops,
/// and the gaps. Immutable; take it with <see cref="For"/> from the current content on every request, never
/// keep it elsewhere past a content reload.
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

        // Counted in flat arrays, with the waiting times as a histogram per cell (weeks are small whole
        // numbers): one pass over the practitioners, no list or sort per cell. 10,000 practitioners in a few ms.
        var views = AgeBand.Views;
        var weeksRange = content.Practitioners.Count == 0 ? 1 : content.Practitioners.Max(p => Math.Max(0, p.WaitingTime.Weeks)) + 1;
        var methods = new Tally(Methods.Count * views.Count * Places.Count, weeksRange);
        var languages = new Tally(Languages.Count * views.Count, weeksRange);
        var bands = new int[views.Count];
        var places = new int[Places.Count];
        var methodSeen = new int[Methods.Count];
        var languageSeen = new int[Languages.Count];
        var placeSeen = new int[Places.Count];
        var online = _placeIndex[RegionPlace.OnlineKey];
        var region = _placeIndex[RegionPlace.RegionKey];
        var stamp = 0;
        foreach (var p in content.Practitioners)
        {
            stamp++;
            var weeks = Math.Max(0, p.WaitingTime.Weeks);
            var bandCount = 0;
            for (var v = 0; v < views.Count; v++)
            {
                if (views[v].Overlaps(p.Ages))
                {
                    bands[bandCount++] = v;
                }
            }
            var placeCount = 0;
            foreach (var municipality in p.Municipalities)
            {
                if (_placeIndex.TryGetValue(municipality, out var index) && Places[index].Kind == RegionPlaceKind.Municipality && placeSeen[index] != stamp)
                {
                    placeSeen[index] = stamp;
                    places[placeCount++] = index;
                }
            }
            if (p.Online)
            {
                places[placeCount++] = online;
            }
            places[placeCount++] = region;

            var treats = false;
            foreach (var method in p.Methods)
            {
                treats |= !support.Contains(method);
                if (!_methodIndex.TryGetValue(method, out var m) || methodSeen[m] == stamp)
                {
                    continue;
                }
                methodSeen[m] = stamp;
                for (var b = 0; b < bandCount; b++)
                {
                    for (var c = 0; c < placeCount; c++)
                    {
                        methods.Add(((m * views.Count) + bands[b]) * Places.Count + places[c], p.ReferralStop, weeks);
                    }
                }
            }
            if (!treats)
            {
                continue;
            }
            foreach (var language in p.Languages)
            {
                if (!_languageIndex.TryGetValue(language, out var l) || languageSeen[l] == stamp)
                {
                    continue;
                }
                languageSeen[l] = stamp;
                for (var b = 0; b < bandCount; b++)
                {
                    languages.Add((l * views.Count) + bands[b], p.ReferralStop, weeks);
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
                    _methods[m, v, place] = methods.Cell(((m * views.Count) + v) * Places.Count + place);
                }
            }
        }
        _languages = new RegionCell[Languages.Count, views.Count];
        for (var l = 0; l < Languages.Count; l++)
        {
            for (var v = 0; v < views.Count; v++)
            {
                _languages[l, v] = languages.Cell((l * views.Count) + v);
            }
        }
    }

    /// <summary>Computes the overview afresh (about 10 ms of CPU at 10,000 practitioners; see docs/performance.md).</summary>
    public static RegionOverview Compute(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new RegionOverview(content);
    }

    /// <summary>
    /// The overview of this content, computed on first use and then kept as long as the content itself:
    /// the table holds it per <see cref="ContentSet"/> instance, not per site, so a reloaded content set
    /// gets a new overview and the old one is collected with the old content.
    /// </summary>
    public static RegionOverview For(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return PerContent.GetValue(content, Compute);
    }

    private static readonly ConditionalWeakTable<ContentSet, RegionOverview> PerContent = new();

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

    /// <summary>Available and stopped counts per cell, and a histogram of the available practitioners' weeks.</summary>
    private sealed class Tally(int cells, int weeksRange)
    {
        private readonly int[] _available = new int[cells];
        private readonly int[] _stopped = new int[cells];
        private readonly int[] _weeks = new int[cells * weeksRange];

        public void Add(int cell, bool stopped, int weeks)
        {
            if (stopped)
            {
                _stopped[cell]++;
            }
            else
            {
                _available[cell]++;
                _weeks[(cell * weeksRange) + weeks]++;
            }
        }

        public RegionCell Cell(int cell)
        {
            var count = _available[cell];
            return new RegionCell(count, _stopped[cell], count == 0 ? null : (Nth(cell, (count - 1) / 2) + Nth(cell, count / 2)) / 2.0);
        }

        /// <summary>The n-th smallest waiting time (from 0) of the cell.</summary>
        private int Nth(int cell, int n)
        {
            var seen = 0;
            for (var w = 0; w < weeksRange; w++)
            {
                seen += _weeks[(cell * weeksRange) + w];
                if (seen > n)
                {
                    return w;
                }
            }
            throw new InvalidOperationException("fewer waiting times than counted");
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
