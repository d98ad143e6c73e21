using System.Globalization;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.OpenData;

/// <summary>
/// The directory as HSDS 3.0 objects: every practitioner mapped once, with ids that stay the same for
/// the same slugs and keys (<see cref="StableId"/>). Built from one <see cref="ContentSet"/> and the
/// site's public address (links must be absolute); immutable, so it can be shared by all requests.
/// The mapping is described field by field in docs/opendata.md.
/// </summary>
public sealed class HsdsDirectory
{
    public const string HsdsVersion = "3.0";

    /// <summary>Every address in the directory is in the region Gooi en Vechtstreek, province Noord-Holland.</summary>
    public const string Province = "Noord-Holland";
    public const string Region = "Gooi en Vechtstreek";
    public const string Country = "NL";

    /// <summary>The taxonomy of facts about a service that have no field of their own in HSDS 3.0.</summary>
    public const string FeaturesTaxonomy = "kenmerken";
    public const string ReferralStopTerm = "aanmeldstop";
    public const string OnlineTerm = "online";
    public const string ExpertGroupTerm = "expertgroep";
    public const string WaitingWeeksTerm = "wachttijd-weken";

    private readonly Dictionary<Guid, HsdsService> _services;
    private readonly Dictionary<Guid, HsdsOrganization> _organizations;
    private readonly Dictionary<Guid, HsdsServiceAtLocation> _serviceAtLocations;
    private readonly Dictionary<Guid, HsdsTaxonomy> _taxonomies;
    private readonly Dictionary<Guid, HsdsTaxonomyTerm> _terms;
    private readonly Dictionary<string, HsdsService> _bySlug;

    private HsdsDirectory(
        IReadOnlyList<(Practitioner Practitioner, HsdsService Service)> services,
        IReadOnlyList<HsdsOrganization> organizations,
        IReadOnlyList<HsdsTaxonomy> taxonomies,
        IReadOnlyList<HsdsTaxonomyTerm> terms)
    {
        Services = services.Select(s => s.Service).ToList();
        _bySlug = services.ToDictionary(s => s.Practitioner.Slug, s => s.Service, StringComparer.Ordinal);
        Organizations = organizations;
        ServiceAtLocations = Services
            .SelectMany(s => s.ServiceAtLocations ?? [], (s, sal) => sal with { Service = s.Flat() })
            .ToList();
        Taxonomies = taxonomies;
        TaxonomyTerms = terms;
        _services = Services.ToDictionary(s => s.Id);
        _organizations = organizations.ToDictionary(o => o.Id);
        _serviceAtLocations = ServiceAtLocations.ToDictionary(s => s.Id);
        _taxonomies = taxonomies.ToDictionary(t => t.Id);
        _terms = terms.ToDictionary(t => t.Id);
    }

    /// <summary>One service per practitioner, fully nested, in the directory's order (by name).</summary>
    public IReadOnlyList<HsdsService> Services { get; }

    /// <summary>Fully nested, with their services' one-to-one fields; by name.</summary>
    public IReadOnlyList<HsdsOrganization> Organizations { get; }

    /// <summary>Fully nested: location with its address and the service's one-to-one fields.</summary>
    public IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations { get; }

    public IReadOnlyList<HsdsTaxonomy> Taxonomies { get; }
    public IReadOnlyList<HsdsTaxonomyTerm> TaxonomyTerms { get; }

    public HsdsService? FindService(Guid id) => _services.GetValueOrDefault(id);
    public HsdsOrganization? FindOrganization(Guid id) => _organizations.GetValueOrDefault(id);
    public HsdsServiceAtLocation? FindServiceAtLocation(Guid id) => _serviceAtLocations.GetValueOrDefault(id);
    public HsdsTaxonomy? FindTaxonomy(Guid id) => _taxonomies.GetValueOrDefault(id);
    public HsdsTaxonomyTerm? FindTaxonomyTerm(Guid id) => _terms.GetValueOrDefault(id);

    /// <summary>The service of a practitioner's slug (search hits name slugs).</summary>
    public HsdsService? ServiceOf(string slug) => _bySlug.GetValueOrDefault(slug);

    public static HsdsDirectory Build(ContentSet content, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(siteBase);
        var v = content.Vocabularies;
        var taxonomies = TaxonomyDefinitions(v);
        var terms = new Dictionary<(string Taxonomy, string Key), HsdsTaxonomyTerm>();
        foreach (var taxonomy in taxonomies)
        {
            foreach (var (key, label) in taxonomy.Terms)
            {
                terms[(taxonomy.Name, key)] = Term(taxonomy, key, label, content, siteBase);
            }
        }

        var organisationOf = content.Practitioners.ToDictionary(p => p.Slug, OrganisationKey, StringComparer.Ordinal);
        var services = content.Practitioners
            .Select(p => (Practitioner: p, Service: MapService(p, organisationOf[p.Slug].Id, content.Vocabularies, taxonomies, terms, siteBase)))
            .ToList();
        var organizations = services
            .GroupBy(s => organisationOf[s.Practitioner.Slug].Id)
            .Select(group => MapOrganization(organisationOf[group.First().Practitioner.Slug], group.ToList()))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture)
            .ThenBy(o => o.Id)
            .ToList();
        // Each service carries its organisation's one-to-one fields.
        var flatOrganizations = organizations.ToDictionary(o => o.Id, o => o.Flat());
        services = services
            .Select(s => (s.Practitioner, s.Service with { Organization = flatOrganizations[s.Service.OrganizationId!.Value] }))
            .ToList();
        return new HsdsDirectory(
            services,
            organizations,
            taxonomies.Select(t => t.Taxonomy).ToList(),
            taxonomies.SelectMany(t => t.Terms, (t, term) => terms[(t.Name, term.Key)]).ToList());
    }

    private sealed record TaxonomyDefinition(
        string Name,
        string Description,
        string LinkType,
        IReadOnlyList<KeyValuePair<string, string>> Terms,
        Func<Practitioner, IEnumerable<(string Key, string? Value)>> Of)
    {
        public HsdsTaxonomy Taxonomy { get; } = new() { Id = StableId.For("taxonomie:" + Name), Name = Name, Description = Description };
    }

    /// <summary>One taxonomy per vocabulary the practitioners are described with, and one for the facts without an HSDS field.</summary>
    private static List<TaxonomyDefinition> TaxonomyDefinitions(Vocabularies v) =>
    [
        new(v.TargetGroups.Name, "Voor wie een behandelaar werkt (doelgroepen van TraumaGids).", "audience",
            v.TargetGroups.Entries, p => p.TargetGroups.Select(k => (k, (string?)null))),
        new(v.Methods.Name, "Behandelmethoden en andere vormen van hulp (methoden van TraumaGids).", "method",
            v.Methods.Entries, p => p.Methods.Select(k => (k, (string?)null))),
        new(v.Themes.Name, "Waar de hulp over gaat (thema's van TraumaGids).", "theme",
            v.Themes.Entries, p => p.Themes.Select(k => (k, (string?)null))),
        new(v.Funding.Name, "Hoe de hulp betaald wordt (financiering in TraumaGids).", "funding",
            v.Funding.Entries, p => p.Funding.Select(k => (k, (string?)null))),
        new(v.Disciplines.Name, "Het beroep van de behandelaar (disciplines van TraumaGids).", "discipline",
            v.Disciplines.Entries, p => [(p.Discipline, null)]),
        // Optional in vocabulaires.yml: a region whose content does not say how to refer has no such taxonomy.
        .. v.ReferralRoutes.Entries.Count == 0 ? Array.Empty<TaxonomyDefinition>() :
        [
            new(v.ReferralRoutes.Name, "Hoe een cliënt aangemeld kan worden (verwijsroutes van TraumaGids).", "referral_route",
                v.ReferralRoutes.Entries, p => (p.HowToRefer?.Routes ?? []).Select(k => (k, (string?)null))),
        ],
        new(FeaturesTaxonomy, "Kenmerken van een behandelaar waarvoor HSDS 3.0 geen eigen veld heeft.", "feature",
        [
            new(ReferralStopTerm, "Aanmeldstop: neemt nu geen nieuwe cliënten aan"),
            new(OnlineTerm, "Behandelt ook online"),
            new(ExpertGroupTerm, "Lid van de expertgroep trauma van de regio"),
            new(WaitingWeeksTerm, "Wachttijd in weken"),
        ], Features),
    ];

    /// <summary>How to refer, as one Dutch text: the routes, then how to reach the intake ("Verwijsbrief van de huisarts; Zelf aanmelden. Aanmelden: 035 …").</summary>
    private static string? ApplicationProcess(Practitioner p, Vocabularies v)
    {
        if (p.HowToRefer is not { } how)
        {
            return null;
        }
        var parts = new[]
        {
            how.Routes.Count > 0 ? string.Join("; ", how.Routes.Select(v.ReferralRoutes.Label)) : null,
            how.Phone is null && how.Email is null ? null : "Aanmelden: " + string.Join(", ", new[] { how.Phone, how.Email }.Where(x => !string.IsNullOrWhiteSpace(x))),
            string.IsNullOrWhiteSpace(how.Reachable) ? null : "Bereikbaar: " + how.Reachable.Trim(),
        };
        var text = string.Join(". ", parts.Where(x => x is not null));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The intake phone and e-mail of how to refer, as one contact named "Aanmelding" (none without either).</summary>
    private static List<HsdsContact> Intake(Practitioner p, Guid serviceId)
    {
        // The loader gives a phone or e-mail trimmed, or null (as in ApplicationProcess).
        if (p.HowToRefer is not { } how || (how.Phone is null && how.Email is null))
        {
            return [];
        }
        var id = StableId.For("aanmelding:" + p.Slug);
        return
        [
            new HsdsContact
            {
                Id = id,
                ServiceId = serviceId,
                Name = "Aanmelding",
                Email = how.Email,
                Phones = how.Phone is null ? [] : [new HsdsPhone { Id = StableId.For("aanmeldtelefoon:" + p.Slug), ContactId = id, Number = how.Phone, Type = "voice" }],
            },
        ];
    }

    private static IEnumerable<(string Key, string? Value)> Features(Practitioner p)
    {
        if (p.ReferralStop)
        {
            yield return (ReferralStopTerm, p.ReferralStopNote);
        }
        if (p.Online)
        {
            yield return (OnlineTerm, null);
        }
        if (p.ExpertGroupMember)
        {
            yield return (ExpertGroupTerm, null);
        }
        yield return (WaitingWeeksTerm, p.WaitingTime.Weeks.ToString(CultureInfo.InvariantCulture));
    }

    private static HsdsTaxonomyTerm Term(TaxonomyDefinition taxonomy, string key, string label, ContentSet content, Uri siteBase)
    {
        // A method with its own page: that page describes the term.
        var offer = taxonomy.Name == content.Vocabularies.Methods.Name ? content.FindOffer(key) : null;
        return new HsdsTaxonomyTerm
        {
            Id = StableId.For($"term:{taxonomy.Name}:{key}"),
            Code = key,
            Name = label,
            Description = offer?.Summary ?? label,
            Taxonomy = taxonomy.Name,
            TaxonomyId = taxonomy.Taxonomy.Id,
            Language = "nl",
            TermUri = offer is null ? null : new Uri(siteBase, new PageLink(ContentKind.Offer, offer.Slug).Path).AbsoluteUri,
        };
    }

    /// <summary>Who provides a practitioner's service: the named organisation, or the practitioner as their own practice.</summary>
    private sealed record OrganisationKeyed(Guid Id, string Name, bool Own);

    private static OrganisationKeyed OrganisationKey(Practitioner p) =>
        string.IsNullOrWhiteSpace(p.Organisation)
            ? new(StableId.For("praktijk:" + p.Slug), p.Name, Own: true)
            // Spelled the same apart from case, accents and spacing: the same organisation.
            : new(StableId.For("organisatie:" + string.Join(' ', TextFolding.Fold(p.Organisation).Split(' ', StringSplitOptions.RemoveEmptyEntries))),
                p.Organisation.Trim(), Own: false);

    private static HsdsOrganization MapOrganization(OrganisationKeyed key, List<(Practitioner Practitioner, HsdsService Service)> members)
    {
        var only = members.Count == 1 ? members[0].Practitioner : null;
        var description = key.Own && only is not null
            ? only.Summary ?? $"Praktijk van {only.Name} in TraumaGids."
            : members.Count == 1
                ? $"Organisatie met 1 behandelaar in TraumaGids: {members[0].Practitioner.Name}."
                : $"Organisatie met {members.Count} behandelaars in TraumaGids: {string.Join(", ", members.Select(m => m.Practitioner.Name))}.";
        return new HsdsOrganization
        {
            Id = key.Id,
            Name = key.Name,
            Description = description,
            // A practice of one: its contact details are the organisation's.
            Email = key.Own ? only?.Contact.Email : null,
            Website = key.Own ? only?.Contact.Website?.AbsoluteUri : null,
            Phones = key.Own && only?.Contact.Phone is { } phone
                ? [new HsdsPhone { Id = StableId.For("telefoon-praktijk:" + only.Slug), OrganizationId = key.Id, Number = phone, Type = "voice" }]
                : [],
            Services = members.Select(m => m.Service.Flat()).ToList(),
        };
    }

    private static HsdsService MapService(
        Practitioner p, Guid organizationId, Vocabularies v, List<TaxonomyDefinition> taxonomies,
        Dictionary<(string Taxonomy, string Key), HsdsTaxonomyTerm> terms, Uri siteBase)
    {
        var id = StableId.For("behandelaar:" + p.Slug);
        var profile = new Uri(siteBase, new PageLink(ContentKind.Practitioner, p.Slug).Path).AbsoluteUri;
        var url = p.Contact.Website?.AbsoluteUri ?? profile;
        var lastModified = p.LastReviewed > p.WaitingTime.CheckedOn ? p.LastReviewed : p.WaitingTime.CheckedOn;
        return new HsdsService
        {
            Id = id,
            OrganizationId = organizationId,
            Name = p.Name,
            Description = string.Join("\n\n", new[] { p.Summary, p.Body.PlainText.Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)))
                is { Length: > 0 } text ? text : $"{v.Disciplines.Label(p.Discipline)} in TraumaGids.",
            Url = url,
            Email = p.Contact.Email,
            Status = "active",
            ApplicationProcess = ApplicationProcess(p, v),
            WaitTime = WaitTimeText(p.WaitingTime),
            EligibilityDescription = Eligibility(p, v),
            MinimumAge = p.Ages.From,
            MaximumAge = p.Ages.To,
            AssuredDate = p.WaitingTime.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Alert = p.ReferralStop
                ? "Aanmeldstop"
                    + (p.ReferralStopUntil is { } until ? " tot " + until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
                    + (string.IsNullOrWhiteSpace(p.ReferralStopNote) ? "" : ": " + p.ReferralStopNote.Trim())
                : null,
            LastModified = lastModified.ToString("yyyy-MM-dd'T00:00:00.000Z'", CultureInfo.InvariantCulture),
            Phones = p.Contact.Phone is { } phone ? [new HsdsPhone { Id = StableId.For("telefoon:" + p.Slug), ServiceId = id, Number = phone, Type = "voice" }] : [],
            Contacts = Intake(p, id),
            ServiceAreas = p.Municipalities
                .Select(m => new HsdsServiceArea
                {
                    Id = StableId.For($"werkgebied:{p.Slug}:{m}"), ServiceId = id, Name = v.Municipalities.Label(m), Description = $"Gemeente {v.Municipalities.Label(m)}",
                })
                .ToList(),
            ServiceAtLocations = MapLocations(p, id, url),
            Languages = p.Languages
                .Select(code => new HsdsLanguage { Id = StableId.For($"taal:{p.Slug}:{code}"), ServiceId = id, Name = v.Languages.Label(code), Code = code })
                .ToList(),
            Funding = p.Funding
                .Select(f => new HsdsFunding { Id = StableId.For($"financiering:{p.Slug}:{f}"), ServiceId = id, Source = v.Funding.Label(f) })
                .ToList(),
            Attributes = taxonomies
                .SelectMany(t => t.Of(p).Where(x => terms.ContainsKey((t.Name, x.Key))), (t, x) => new HsdsAttributeLink
                {
                    Id = StableId.For($"kenmerk:{p.Slug}:{t.Name}:{x.Key}"),
                    LinkId = id,
                    LinkType = t.LinkType,
                    LinkEntity = "service",
                    TaxonomyTermId = terms[(t.Name, x.Key)].Id,
                    Value = string.IsNullOrWhiteSpace(x.Value) ? null : x.Value.Trim(),
                    TaxonomyTerm = terms[(t.Name, x.Key)],
                })
                .ToList(),
        };
    }

    private static string WaitTimeText(WaitingTime waiting) =>
        (waiting.Weeks switch
        {
            0 => "Geen wachttijd",
            1 => "1 week",
            var weeks => $"{weeks} weken",
        }) + $" (gecontroleerd op {waiting.CheckedOn.ToString("d-M-yyyy", CultureInfo.InvariantCulture)})";

    private static string Eligibility(Practitioner p, Vocabularies v)
    {
        var groups = string.Join(", ", p.TargetGroups.Select(v.TargetGroups.Label));
        var ages = $"Leeftijd {p.Ages.From} tot en met {p.Ages.To} jaar.";
        return groups.Length == 0 ? ages : $"Voor: {groups}. {ages}";
    }

    /// <summary>
    /// Each address is one location, shared by everyone who works there (the id comes from the postcode
    /// and street, not the practitioner); online treatment is a virtual location of the practitioner's own.
    /// </summary>
    private static List<HsdsServiceAtLocation> MapLocations(Practitioner p, Guid serviceId, string url)
    {
        var result = new List<HsdsServiceAtLocation>();
        foreach (var place in p.Locations)
        {
            var key = $"{TextFolding.Fold(place.Postcode).Replace(" ", "", StringComparison.Ordinal)}:{TextFolding.Fold(place.Address.Trim())}";
            var locationId = StableId.For("locatie:" + key);
            var location = new HsdsLocation
            {
                Id = locationId,
                LocationType = "physical",
                Name = $"{place.Address}, {place.Place}",
                Addresses =
                [
                    new HsdsAddress
                    {
                        Id = StableId.For("adres:" + key), LocationId = locationId, Address1 = place.Address, City = place.Place, Region = Region,
                        StateProvince = Province, PostalCode = place.Postcode, Country = Country, AddressType = "physical",
                    },
                ],
            };
            result.Add(Link(p, serviceId, location, $"{p.Name} in {place.Place}"));
        }
        if (p.Online)
        {
            var locationId = StableId.For("online:" + p.Slug);
            result.Add(Link(p, serviceId, new HsdsLocation { Id = locationId, LocationType = "virtual", Url = url, Name = $"Online bij {p.Name}", Addresses = [] },
                $"{p.Name} online"));
        }
        return result
            .DistinctBy(s => s.Id)
            .ToList();
    }

    private static HsdsServiceAtLocation Link(Practitioner p, Guid serviceId, HsdsLocation location, string description) => new()
    {
        Id = StableId.For($"behandelaar-op-locatie:{p.Slug}:{location.Id}"),
        ServiceId = serviceId,
        LocationId = location.Id,
        Description = description,
        Location = location,
    };
}
