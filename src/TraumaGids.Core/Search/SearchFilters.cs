using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The filters of one search as bit sets of the documents that pass them, worked out from the
/// snapshot's <see cref="FacetTable"/> and age ranges without a search: the visitor's chosen filters,
/// what was understood from the typed text, and the documents that pass all (or all but one).
/// Every call returns new bit sets; the snapshot's tables and <see cref="Practitioners"/> and
/// <see cref="Pages"/> are only read.
/// </summary>
internal sealed class SearchFilters
{
    private readonly FacetTable _facets;
    private readonly (int From, int To)[] _ages;
    private readonly int _maxDoc;

    public SearchFilters(SearchSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _facets = snapshot.Facets;
        _ages = snapshot.Ages;
        _maxDoc = snapshot.Reader.MaxDoc;
        Practitioners = _facets.AnyOf(IndexFields.Kind.Name, [ContentKind.Practitioner.Key()]);
        Pages = _facets.AnyOf(IndexFields.Kind.Name, [ContentKind.Offer.Key(), ContentKind.InfoPage.Key()]);
    }

    /// <summary>Every practitioner, made once per snapshot: read it, or change a clone.</summary>
    public FixedBitSet Practitioners { get; }

    /// <summary>Every offer and information page, made once per snapshot: read it, or change a clone.</summary>
    public FixedBitSet Pages { get; }

    /// <summary>
    /// The practitioners that meet what was recognised in the typed text: serve the place, speak the
    /// language, treat the age, and meet the wishes (funding, online, no referral stop).
    /// </summary>
    public FixedBitSet Understood(QueryUnderstanding.Result understood)
    {
        var practitioner = Practitioners.Clone();
        if (understood.Age is { } age)
        {
            practitioner.And(Treating(age));
        }
        // Every other wish is a facet value (the understood facet names are the index's facet fields):
        // one of its values per facet, every facet.
        foreach (var wish in understood.Wishes.Where(w => w.Facet != QueryUnderstanding.AgeFacet).GroupBy(w => w.Facet))
        {
            practitioner.And(_facets.AnyOf(wish.Key, [.. wish.Select(w => w.Key)]));
        }
        return practitioner;
    }

    /// <summary>
    /// Per recognised place, language or age: the practitioners that meet it, and every offer and
    /// information page (a page is about no place or language: it neither meets nor misses one).
    /// </summary>
    public IEnumerable<FixedBitSet> TakenFromText(QueryUnderstanding.Result understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        if (understood.Age is { } age)
        {
            yield return MeetingOrPages(Treating(age));
        }
        foreach (var wish in understood.Filters.Where(f => f.Facet is FacetNames.Municipality or FacetNames.Language).GroupBy(w => w.Facet))
        {
            var meeting = Practitioners.Clone();
            meeting.And(_facets.AnyOf(wish.Key, [.. wish.Select(w => w.Key)]));
            yield return MeetingOrPages(meeting);
        }
    }

    /// <summary>The practitioners in <paramref name="meets"/>, and every offer and information page.</summary>
    public FixedBitSet MeetingOrPages(FixedBitSet meets)
    {
        ArgumentNullException.ThrowIfNull(meets);
        var scope = Pages.Clone();
        scope.Or(meets);
        return scope;
    }

    /// <summary>The practitioners whose age range holds the age.</summary>
    private FixedBitSet Treating(int age)
    {
        var bits = new FixedBitSet(_ages.Length);
        for (var doc = 0; doc < _ages.Length; doc++)
        {
            if (_ages[doc].From <= age && age <= _ages[doc].To)
            {
                bits.Set(doc);
            }
        }
        return bits;
    }

    /// <summary>
    /// The active filters by facet name, as bit sets of the documents that pass them (worked out from
    /// <see cref="FacetTable"/> and the age ranges, without a search); within one filter the values are
    /// alternatives.
    /// </summary>
    public Dictionary<string, FixedBitSet> For(SearchQuery query)
    {
        var filters = new Dictionary<string, FixedBitSet>(StringComparer.Ordinal);
        void AnyOf(FieldDefinition field, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                filters[field.Name] = _facets.AnyOf(field.Name, list);
            }
        }
        AnyOf(IndexFields.Kind, query.Kinds.Select(k => k.Key()));
        AnyOf(IndexFields.TargetGroup, query.TargetGroups);
        AnyOf(IndexFields.Method, query.Methods);
        AnyOf(IndexFields.Municipality, query.Municipalities);
        AnyOf(IndexFields.Language, query.Languages);
        AnyOf(IndexFields.Funding, query.Funding);
        AnyOf(IndexFields.ReferralRoute, query.ReferralRoutes);
        AnyOf(IndexFields.Online, query.OnlineOnly ? [SearchParameters.Yes] : []);
        AnyOf(IndexFields.NoReferralStop, query.NoReferralStop ? [SearchParameters.Yes] : []);
        AnyOf(IndexFields.ExpertGroup, query.ExpertGroupOnly ? [SearchParameters.Yes] : []);
        if (query.Age is { } age)
        {
            filters["age"] = Treating(age);
        }
        return filters;
    }

    /// <summary>The documents that pass every filter but one (none: every filter).</summary>
    public FixedBitSet Passing(Dictionary<string, FixedBitSet> filters, string? except = null)
    {
        var all = new FixedBitSet(_maxDoc);
        all.Set(0, _maxDoc);
        foreach (var (name, bits) in filters)
        {
            if (name != except)
            {
                all.And(bits);
            }
        }
        return all;
    }
}
