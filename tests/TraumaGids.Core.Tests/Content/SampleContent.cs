namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// The valid sample files of <see cref="ContentTree.Valid"/>, and helpers to break them one edit at a
/// time. Every edit helper fails when its target text is not found exactly once, so a test cannot
/// silently run against unbroken content.
/// </summary>
internal static class SampleContent
{
    public const string PractitionerPath = "behandelaars/anna-de-vries.md";
    public const string OfferPath = "aanbod/emdr.md";
    public const string InfoPagePath = "informatie/wat-is-trauma.md";

    public static readonly string Vocabularies = """
        doelgroepen:
          kinderen: Kinderen (4 tot 12 jaar)
          jongeren: Jongeren (12 tot 18 jaar)
          volwassenen: Volwassenen
        methoden:
          emdr: EMDR
          tf-cbt: TF-CBT
          psycho-educatie: Psycho-educatie
        themas:
          huiselijk-geweld: Huiselijk geweld
          kindermishandeling: Kindermishandeling
        gemeenten:
          hilversum: Hilversum
          wijdemeren: Wijdemeren
        financiering:
          jeugdwet: Jeugdwet
          zvw: Zorgverzekeringswet
        talen:
          nl: Nederlands
          en: Engels
        disciplines:
          gz-psycholoog: GZ-psycholoog
          psychiater: Psychiater
        verwijsroutes:
          verwijsbrief-huisarts: Verwijsbrief van de huisarts
          wijkteam: Via het wijkteam / lokaal team
          zelf-aanmelden: Zelf aanmelden

        """.ReplaceLineEndings("\n");

    public static readonly string Practitioner = """
        ---
        naam: Drs. Anna de Vries
        discipline: gz-psycholoog
        organisatie: Praktijk De Linde
        samenvatting: Behandelt kinderen en jongeren na huiselijk geweld.
        expertgroep: true
        doelgroepen: [kinderen, jongeren]
        leeftijd:
          van: 4
          tot: 18
        methoden: [emdr, tf-cbt]
        themas: [huiselijk-geweld, kindermishandeling]
        talen: [nl, en]
        gemeenten: [hilversum, wijdemeren]
        locaties:
          - adres: Lindelaan 12
            postcode: 1211 AB
            plaats: Hilversum
          - adres: Dorpsstraat 3
            postcode: 1231ab
            plaats: Loosdrecht
        online: true
        financiering: [jeugdwet]
        wachttijd:
          weken: 6
          gecontroleerd: 2026-10-01
        aanmeldstop: true
        aanmeldstop-toelichting: Tot 1 januari geen nieuwe aanmeldingen.
        contact:
          telefoon: 035 012 3456
          email: anna.devries@example.org
          website: https://example.org/praktijk-de-linde
        laatst-beoordeeld: 2026-09-15
        ---
        Ik werk met **kinderen** en jongeren die iets ergs hebben meegemaakt.

        Lees ook [wat is trauma?](/informatie/wat-is-trauma) en [over EMDR](/aanbod/emdr).

        """.ReplaceLineEndings("\n");

    public static readonly string Offer = """
        ---
        titel: EMDR
        samenvatting: Een behandeling waarbij je terugdenkt aan de nare gebeurtenis.
        soort: behandeling
        doelgroepen: [kinderen, jongeren, volwassenen]
        eerste-keus: true
        richtlijn: Richtlijn PTSS (2025)
        laatst-beoordeeld: 2026-06-01
        ---
        ## Voor wie?
        Voor kinderen, jongeren en volwassenen met klachten na een nare gebeurtenis.

        Meer lezen: [Wat is trauma?](/informatie/wat-is-trauma)

        """.ReplaceLineEndings("\n");

    public static readonly string InfoPage = """
        ---
        titel: Wat is trauma?
        samenvatting: Na iets heel ergs kun je lang last houden van angst.
        volgorde: 1
        gerelateerd: [aanbod/emdr, behandelaars/anna-de-vries]
        laatst-beoordeeld: 2026-06-01
        ---
        Soms maak je iets heel ergs mee.

        """.ReplaceLineEndings("\n");

    /// <summary>A minimal valid practitioner with the given file-level extras, for multi-file tests.</summary>
    public static string MinimalPractitioner(string name, string extraFields = "") => $$"""
        ---
        naam: {{name}}
        discipline: psychiater
        doelgroepen: [volwassenen]
        leeftijd: {van: 18, tot: 99}
        methoden: [emdr]
        talen: [nl]
        gemeenten: [hilversum]
        financiering: [zvw]
        wachttijd: {weken: 2, gecontroleerd: 2026-10-01}
        contact: {email: info@example.org}
        laatst-beoordeeld: 2026-09-01
        {{extraFields}}---
        Tekst.

        """.ReplaceLineEndings("\n");

    /// <summary>A minimal valid information page, optionally with a body.</summary>
    public static string MinimalInfoPage(string title, string body = "Tekst.", string extraFields = "") => $"""
        ---
        titel: {title}
        samenvatting: Korte uitleg.
        laatst-beoordeeld: 2026-06-01
        {extraFields}---
        {body}

        """.ReplaceLineEndings("\n");

    /// <summary>Replaces text that must occur exactly once.</summary>
    public static string ReplaceOnce(this string text, string oldValue, string newValue)
    {
        var first = text.IndexOf(oldValue, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldValue, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldValue}' does not occur exactly once");
        }
        return string.Concat(text.AsSpan(0, first), newValue, text.AsSpan(first + oldValue.Length));
    }

    /// <summary>Removes the one line that is exactly <paramref name="line"/>.</summary>
    public static string RemoveLine(this string text, string line) => text.ReplaceOnce("\n" + line + "\n", "\n");

    /// <summary>The 1-based number of the only line that starts with <paramref name="lineStart"/>.</summary>
    public static int LineOf(this string text, string lineStart)
    {
        var matches = text.Split('\n')
            .Select((line, index) => (line, index))
            .Where(x => x.line.StartsWith(lineStart, StringComparison.Ordinal))
            .ToList();
        return matches.Count == 1
            ? matches[0].index + 1
            : throw new InvalidOperationException($"{matches.Count} lines start with '{lineStart}'");
    }

    /// <summary>Removes a top-level front matter field with its indented continuation lines.</summary>
    public static string RemoveField(this string text, string key)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"No field '{key}'");
        }
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith(' '))
        {
            end++;
        }
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
