namespace TraumaGids.Core.OpenData;

// The HSDS 3.0 objects TraumaGids publishes, with the fields it fills. Property names become the
// schema's snake_case names (HsdsJson.Options); a null is left out, as the schema has no nullable fields.
// List endpoints show the one-to-one fields only (arrays and nested objects null), as HSDA specifies.

public sealed record HsdsService
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    /// <summary>Always <c>active</c>: a referral stop does not close the service for its clients (see docs/opendata.md).</summary>
    public required string Status { get; init; }
    public string? ApplicationProcess { get; init; }
    /// <summary>Deprecated in 3.0 but still read by importers; the structured value is the <c>wachttijd-weken</c> attribute.</summary>
    public string? WaitTime { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    /// <summary>The date the waiting time was last checked (yyyy-MM-dd).</summary>
    public string? AssuredDate { get; init; }
    public string? Alert { get; init; }
    /// <summary>The later of the profile's review date and the waiting-time check, at 00:00 UTC.</summary>
    public required string LastModified { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    /// <summary>How to refer: one contact named "Aanmelding" with the intake phone and e-mail, when the profile gives them.</summary>
    public IReadOnlyList<HsdsContact>? Contacts { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsFunding>? Funding { get; init; }
    public IReadOnlyList<HsdsAttributeLink>? Attributes { get; init; }

    /// <summary>The one-to-one fields only, for lists and for nesting in other objects.</summary>
    public HsdsService Flat() => this with
    {
        Phones = null, Contacts = null, ServiceAreas = null, ServiceAtLocations = null, Languages = null, Organization = null, Funding = null, Attributes = null,
    };
}

public sealed record HsdsOrganization
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    /// <summary>Only on <c>/organizations/{id}</c>: the organisation's services, one-to-one fields (as the official example).</summary>
    public IReadOnlyList<HsdsService>? Services { get; init; }

    public HsdsOrganization Flat() => this with { Phones = null, Services = null };
}

public sealed record HsdsLocation
{
    public required Guid Id { get; init; }
    /// <summary><c>physical</c> for an address, <c>virtual</c> for online treatment.</summary>
    public required string LocationType { get; init; }
    public string? Url { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }

    public HsdsLocation Flat() => this with { Addresses = null };
}

public sealed record HsdsAddress
{
    public required Guid Id { get; init; }
    public required Guid LocationId { get; init; }
    /// <summary>The snake_case policy would write <c>address1</c>.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}

public sealed record HsdsServiceAtLocation
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required Guid LocationId { get; init; }
    public string? Description { get; init; }
    public HsdsLocation? Location { get; init; }
    /// <summary>Not on the nested form inside a service; on <c>/service_at_locations</c>, as the official examples.</summary>
    public HsdsService? Service { get; init; }
}

public sealed record HsdsContact
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
}

public sealed record HsdsPhone
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? ContactId { get; init; }
    public required string Number { get; init; }
    public string? Type { get; init; }
}

public sealed record HsdsLanguage
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Name { get; init; }
    /// <summary>ISO 639-1 where it has one (nl, ar), else ISO 639-3 (pap): the keys of the <c>talen</c> vocabulary.</summary>
    public required string Code { get; init; }
}

public sealed record HsdsServiceArea
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed record HsdsFunding
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public required string Source { get; init; }
}

/// <summary>An HSDS <c>attribute</c>: links a taxonomy term to a service (the name avoids a type ending in Attribute).</summary>
public sealed record HsdsAttributeLink
{
    public required Guid Id { get; init; }
    public required Guid LinkId { get; init; }
    public required Guid TaxonomyTermId { get; init; }
    public required string LinkType { get; init; }
    public required string LinkEntity { get; init; }
    public string? Value { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}

public sealed record HsdsTaxonomy
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
}

public sealed record HsdsTaxonomyTerm
{
    public required Guid Id { get; init; }
    /// <summary>The vocabulary key, as in the site's URLs and content files.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>The taxonomy's name.</summary>
    public required string Taxonomy { get; init; }
    public required Guid TaxonomyId { get; init; }
    public required string Language { get; init; }
    public string? TermUri { get; init; }
}

/// <summary>The HSDA paging envelope around one page of a list.</summary>
public sealed record HsdsPage<T>(
    int TotalItems,
    int TotalPages,
    int PageNumber,
    int Size,
    bool FirstPage,
    bool LastPage,
    bool Empty,
    IReadOnlyList<T> Contents);

/// <summary>What <c>/api/hsds/</c> answers: the HSDS version, the profile and the OpenAPI description.</summary>
public sealed record HsdsApiInfo(string Version, string Profile, string OpenapiUrl);
