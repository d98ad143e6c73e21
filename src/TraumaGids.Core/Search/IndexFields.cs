using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>How a field is indexed; each kind owns its Lucene field types.</summary>
internal enum FieldKind
{
    /// <summary>Analyzed with <see cref="DutchAnalysis.Text"/>; searched by the words a visitor types.</summary>
    FullText,

    /// <summary>An exact key (a vocabulary key, a kind): filterable and counted as a facet.</summary>
    Facet,

    /// <summary>A per-document value to sort on.</summary>
    SortNumber,
}

/// <summary>A field of the index, described once: its name, its kind and (for full text) its weight.</summary>
internal sealed record FieldDefinition(string Name, FieldKind Kind, float Boost = 1f)
{
    public IEnumerable<IIndexableField> Create(string value) => Kind switch
    {
        FieldKind.FullText => [new TextField(Name, value, Field.Store.NO)],
        FieldKind.Facet => [new FacetKeyField(Name, value), new SortedSetDocValuesField(Name, new BytesRef(value))],
        _ => throw new InvalidOperationException($"{Name} is a number field"),
    };

    public IEnumerable<IIndexableField> Create(int value) => Kind switch
    {
        FieldKind.SortNumber => [new NumericDocValuesField(Name, value)],
        _ => throw new InvalidOperationException($"{Name} is not a number field"),
    };
}

/// <summary>The fields of the index. Facet field names are the URL parameter names (<see cref="FacetNames"/>).</summary>
internal static class IndexFields
{
    // Full text, strongest first: a match in a name or title counts most, then the practitioner's
    // vocabulary (methods, themes, places, languages), then the summary, then the body. The title at 3
    // since round 13 (4 suited the first set; twelve sets and two held out preferred 3, docs/search.md).
    public static readonly FieldDefinition Title = new("title", FieldKind.FullText, 3f);
    public static readonly FieldDefinition Tags = new("tags", FieldKind.FullText, 2f);
    public static readonly FieldDefinition Summary = new("summary", FieldKind.FullText, 2f);
    public static readonly FieldDefinition Body = new("body", FieldKind.FullText, 1f);
    public static readonly IReadOnlyList<FieldDefinition> FullText = [Title, Tags, Summary, Body];

    /// <summary>All text again, as words without stemming: typos are matched against what people write, not stems.</summary>
    public static readonly FieldDefinition Words = new("words", FieldKind.FullText, 1f);

    public static readonly FieldDefinition Kind = new(FacetNames.Kind, FieldKind.Facet);
    public static readonly FieldDefinition TargetGroup = new(FacetNames.TargetGroup, FieldKind.Facet);
    public static readonly FieldDefinition Method = new(FacetNames.Method, FieldKind.Facet);
    public static readonly FieldDefinition Municipality = new(FacetNames.Municipality, FieldKind.Facet);
    public static readonly FieldDefinition Language = new(FacetNames.Language, FieldKind.Facet);
    public static readonly FieldDefinition Funding = new(FacetNames.Funding, FieldKind.Facet);
    public static readonly FieldDefinition ReferralRoute = new(FacetNames.ReferralRoute, FieldKind.Facet);
    public static readonly FieldDefinition Online = new(FacetNames.Online, FieldKind.Facet);
    public static readonly FieldDefinition NoReferralStop = new(FacetNames.NoReferralStop, FieldKind.Facet);
    public static readonly FieldDefinition ExpertGroup = new(FacetNames.ExpertGroup, FieldKind.Facet);
    public static readonly IReadOnlyList<FieldDefinition> Facets = [Kind, TargetGroup, Method, Municipality, Language, Funding, ReferralRoute, Online, NoReferralStop, ExpertGroup];

    /// <summary>Facets with a single value ("ja"): a document has it or not.</summary>
    public static readonly IReadOnlyList<FieldDefinition> YesNoFacets = [Online, NoReferralStop, ExpertGroup];

    public static readonly FieldDefinition SortWaiting = new("sort_waiting", FieldKind.SortNumber);
}
