namespace TraumaGids.Core.Content;

/// <summary>The three kinds of content the site shows and searches.</summary>
public enum ContentKind
{
    Practitioner,
    Offer,
    InfoPage,
}

/// <summary>An inclusive age range in years.</summary>
public sealed record AgeRange(int From, int To)
{
    public bool Contains(int age) => age >= From && age <= To;
}

public sealed record Location(string Address, string Postcode, string Place);

public sealed record ContactDetails(string? Phone, string? Email, Uri? Website);

public sealed record WaitingTime(int Weeks, DateOnly CheckedOn);

/// <summary>
/// How to refer someone to a practitioner: the routes (keys of the <c>verwijsroutes</c> vocabulary),
/// an intake phone number or e-mail address, and when they can be reached (free text).
/// </summary>
public sealed record HowToRefer(IReadOnlyList<string> Routes, string? Phone, string? Email, string? Reachable);

/// <summary>Markdown rendered once at load time, plus its plain text for search and snippets.</summary>
public sealed record RenderedBody(string Html, string PlainText);

/// <summary>A treater: an expert-group member or another practitioner in the directory.</summary>
public sealed record Practitioner
{
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }
    public required string Name { get; init; }
    /// <summary>What the A–Z list sorts on when the surname rule does not fit (<c>sorteernaam</c>), e.g. an organisation; see <see cref="SortName"/>.</summary>
    public string? SortAs { get; init; }
    public required string Discipline { get; init; }
    public string? Organisation { get; init; }
    public string? Summary { get; init; }
    public bool ExpertGroupMember { get; init; }
    public required IReadOnlyList<string> TargetGroups { get; init; }
    public required AgeRange Ages { get; init; }
    public required IReadOnlyList<string> Methods { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required IReadOnlyList<string> Municipalities { get; init; }
    public required IReadOnlyList<Location> Locations { get; init; }
    public bool Online { get; init; }
    public required IReadOnlyList<string> Funding { get; init; }
    public required WaitingTime WaitingTime { get; init; }
    public bool ReferralStop { get; init; }
    public string? ReferralStopNote { get; init; }

    /// <summary>The date the referral stop ends (<c>aanmeldstop-tot</c>); only set with a referral stop.</summary>
    public DateOnly? ReferralStopUntil { get; init; }

    /// <summary>How to refer (<c>verwijzen</c>); null when the profile does not say.</summary>
    public HowToRefer? HowToRefer { get; init; }

    /// <summary>Who may update this profile themselves (<c>beheerders</c>): e-mail addresses or sign-in subject ids.</summary>
    public IReadOnlyList<string> Managers { get; init; } = [];

    public required ContactDetails Contact { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public required RenderedBody Body { get; init; }

    /// <summary>
    /// Whether someone may update this profile: their sign-in subject id is listed in <c>beheerders</c>
    /// exactly, or their (verified) e-mail address in any letter case.
    /// </summary>
    public bool IsManagedBy(string? subject, string? email) =>
        Managers.Any(m => (subject is not null && m == subject) ||
                          (email is not null && m.Contains('@', StringComparison.Ordinal) && string.Equals(m, email, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A profile not reviewed for more than a year is shown as possibly out of date.</summary>
    public bool IsStale(DateOnly today) => LastReviewed < today.AddYears(-1);

    /// <summary>A waiting time not checked for more than three months is shown as possibly out of date.</summary>
    public bool IsWaitingTimeStale(DateOnly today) => WaitingTime.CheckedOn < today.AddMonths(-3);
}

/// <summary>One treatment method or other offer (EMDR, TF-CBT, lotgenotencontact, …).</summary>
public sealed record Offer
{
    /// <summary>Equal to a key of the <c>methoden</c> vocabulary.</summary>
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required OfferType Type { get; init; }
    public required IReadOnlyList<string> TargetGroups { get; init; }
    public bool FirstChoice { get; init; }
    public string? Guideline { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public required RenderedBody Body { get; init; }
}

public enum OfferType
{
    /// <summary>behandeling</summary>
    Treatment,
    /// <summary>ondersteuning</summary>
    Support,
}

/// <summary>A plain-language (B1) information page for residents.</summary>
public sealed record InfoPage
{
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public int Order { get; init; }
    public required IReadOnlyList<PageLink> Related { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public required RenderedBody Body { get; init; }
}

/// <summary>A reference to another page of the site, e.g. <c>aanbod/emdr</c>.</summary>
public sealed record PageLink(ContentKind Kind, string Slug)
{
    public string Path => Kind switch
    {
        ContentKind.Practitioner => $"/behandelaars/{Slug}",
        ContentKind.Offer => $"/aanbod/{Slug}",
        _ => $"/informatie/{Slug}",
    };

    /// <summary>Parses <c>informatie/x</c>, <c>/aanbod/x</c> or <c>behandelaars/x</c>; null when it is none of them.</summary>
    public static PageLink? TryParse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim().Trim('/');
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            trimmed = trimmed[..hash].TrimEnd('/');
        }
        var parts = trimmed.Split('/');
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            return null;
        }
        ContentKind? kind = parts[0] switch
        {
            "informatie" => ContentKind.InfoPage,
            "aanbod" => ContentKind.Offer,
            "behandelaars" => ContentKind.Practitioner,
            _ => null,
        };
        return kind is null ? null : new PageLink(kind.Value, parts[1]);
    }
}
