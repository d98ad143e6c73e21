namespace TraumaGids.Core.Content;

/// <summary>The problems of one content file, and whether the site still shows its last good version.</summary>
public sealed record FileProblems(string File, IReadOnlyList<ContentIssue> Issues, bool ServedFromLastGood);

/// <summary>
/// What the expert group's coordinator keeps an eye on: waiting times not checked for 8 weeks, profiles
/// not reviewed for 12 months, referral stops, files with problems, profiles that do not say how to
/// refer, and the addresses to ask the out-of-date ones for an update.
/// </summary>
public sealed record EditorOverview
{
    public const int WaitingTimeWeeks = 8;
    public const int ReviewMonths = 12;

    public required IReadOnlyList<Practitioner> StaleWaitingTimes { get; init; }
    public required IReadOnlyList<Practitioner> StaleReviews { get; init; }
    public required IReadOnlyList<Practitioner> ReferralStops { get; init; }
    public required IReadOnlyList<Practitioner> WithoutHowToRefer { get; init; }
    public required IReadOnlyList<FileProblems> Problems { get; init; }

    /// <summary>Profiles with an out-of-date waiting time or review, each once, in name order.</summary>
    public required IReadOnlyList<Practitioner> ToAsk { get; init; }

    /// <summary>The e-mail addresses to ask <see cref="ToAsk"/> for an update (each once).</summary>
    public required IReadOnlyList<string> Addresses { get; init; }

    /// <summary>Profiles in <see cref="ToAsk"/> without any e-mail address: to call instead.</summary>
    public required IReadOnlyList<Practitioner> NoAddress { get; init; }

    public static EditorOverview Build(ContentSet content, DateOnly today, IReadOnlyList<FileProblems> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(problems);
        var byName = content.Practitioners.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var staleWaiting = byName.Where(p => p.WaitingTime.CheckedOn < today.AddDays(-7 * WaitingTimeWeeks)).ToList();
        var staleReview = byName.Where(p => p.LastReviewed < today.AddMonths(-ReviewMonths)).ToList();
        var toAsk = byName.Where(p => staleWaiting.Contains(p) || staleReview.Contains(p)).ToList();
        var addresses = new List<string>();
        var noAddress = new List<Practitioner>();
        foreach (var p in toAsk)
        {
            var mine = AddressesOf(p);
            if (mine.Count == 0)
            {
                noAddress.Add(p);
            }
            addresses.AddRange(mine.Where(a => !addresses.Contains(a, StringComparer.OrdinalIgnoreCase)));
        }
        return new EditorOverview
        {
            StaleWaitingTimes = staleWaiting,
            StaleReviews = staleReview,
            ReferralStops = [.. byName.Where(p => p.ReferralStop)],
            WithoutHowToRefer = [.. byName.Where(p => p.HowToRefer is null)],
            Problems = problems,
            ToAsk = toAsk,
            Addresses = addresses,
            NoAddress = noAddress,
        };
    }

    /// <summary>Who to write to about a profile: its managers' e-mail addresses, else the contact address.</summary>
    public static IReadOnlyList<string> AddressesOf(Practitioner practitioner)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        var managers = practitioner.Managers.Where(m => m.Contains('@', StringComparison.Ordinal)).ToList();
        return managers.Count > 0 ? managers : practitioner.Contact.Email is { } email ? [email] : [];
    }

    /// <summary>The problems of a loaded set, by file, in file order (none is served from a last good version here).</summary>
    public static IReadOnlyList<FileProblems> ProblemsOf(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return [.. content.Issues.Concat(content.BrokenLinks)
            .GroupBy(i => i.File, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FileProblems(g.Key, [.. g.OrderBy(i => i.Line)], ServedFromLastGood: false))];
    }

    /// <summary>
    /// A <c>mailto:</c> link that opens a ready message to all <see cref="Addresses"/> in BCC (so the
    /// practitioners do not see each other's addresses), pointing them to the update page.
    /// </summary>
    public string MailTo(Uri updatePage)
    {
        ArgumentNullException.ThrowIfNull(updatePage);
        var subject = "Kloppen je gegevens op TraumaGids nog?";
        var body = "Beste collega,\n\n" +
            "Verwijzers gebruiken TraumaGids om te zien wie nu plek heeft. Je wachttijd of je profiel is al een tijd niet gecontroleerd. " +
            $"Wil je ze bijwerken? Log in op {updatePage} en vul je wachttijd in. Klopt alles nog? Vink dat dan aan en sla op.\n\n" +
            "Met vriendelijke groet,\nDe redactie van de Expertgroep Trauma";
        return "mailto:?bcc=" + string.Join(",", Addresses.Select(Uri.EscapeDataString)) +
            "&subject=" + Uri.EscapeDataString(subject) + "&body=" + Uri.EscapeDataString(body);
    }
}
