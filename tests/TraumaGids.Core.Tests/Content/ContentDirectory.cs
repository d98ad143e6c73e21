using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// A content directory in a fresh temp folder, starting from a small valid set that tests then break
/// one field at a time. Deleted when disposed.
/// </summary>
internal sealed class ContentDirectory : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public const string VocabulariesText = """
        doelgroepen:
          kinderen: Kinderen
          jongeren: Jongeren
          volwassenen: Volwassenen
        methoden:
          emdr: EMDR
          tf-cbt: TF-CBT
        themas:
          huiselijk-geweld: Huiselijk geweld
        gemeenten:
          hilversum: Hilversum
          huizen: Huizen
        financiering:
          jeugdwet: Jeugdwet
        talen:
          nl: Nederlands
          en: Engels
        disciplines:
          gz-psycholoog: GZ-psycholoog
        """;

    /// <summary>A valid practitioner; the line numbers in the comments are the file's.</summary>
    public const string PractitionerText = """
        ---
        naam: Drs. Anna de Vries
        discipline: gz-psycholoog
        organisatie: Praktijk De Linde
        samenvatting: Behandelt kinderen.
        expertgroep: true
        doelgroepen: [kinderen, jongeren]
        leeftijd:
          van: 4
          tot: 18
        methoden: [emdr, tf-cbt]
        themas: [huiselijk-geweld]
        talen: [nl, en]
        gemeenten: [hilversum]
        locaties:
          - adres: Lindelaan 12
            postcode: 1211 AB
            plaats: Hilversum
        online: true
        financiering: [jeugdwet]
        wachttijd:
          weken: 6
          gecontroleerd: 2026-10-01
        aanmeldstop: false
        contact:
          telefoon: 035 012 3456
          email: anna@example.org
          website: https://example.org/linde
        laatst-beoordeeld: 2026-09-15
        ---
        Ik werk met **kinderen**. Lees over [EMDR](/aanbod/emdr).
        """;

    public const string OfferText = """
        ---
        titel: EMDR
        samenvatting: Een behandeling voor nare herinneringen.
        soort: behandeling
        doelgroepen: [kinderen, volwassenen]
        eerste-keus: true
        richtlijn: Richtlijn PTSS (2025)
        laatst-beoordeeld: 2026-06-01
        ---
        ## Voor wie?
        Voor kinderen en volwassenen. Zie [wat is trauma](/informatie/wat-is-trauma).
        """;

    public const string InfoPageText = """
        ---
        titel: Wat is trauma?
        samenvatting: Uitleg over trauma.
        volgorde: 1
        gerelateerd: [aanbod/emdr]
        laatst-beoordeeld: 2026-06-01
        ---
        # Trauma
        Soms maak je iets ergs mee.
        """;

    public ContentDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "traumagids-content-" + Guid.NewGuid().ToString("N"));
        Write("vocabulaires.yml", VocabulariesText);
        Write("behandelaars/anna-de-vries.md", PractitionerText);
        Write("aanbod/emdr.md", OfferText);
        Write("informatie/wat-is-trauma.md", InfoPageText);
    }

    public string Root { get; }

    public ContentDirectory Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public ContentDirectory WriteBytes(string relativePath, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, relativePath), bytes);
        return this;
    }

    public ContentDirectory Delete(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
        return this;
    }

    public ContentSet Load() => ContentLoader.Load(Root, Today);

    /// <summary>Replaces a line (exactly) in a text, failing when it is not there so a test cannot pass vacuously.</summary>
    public static string Replace(string text, string line, string replacement)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.IndexOf(line);
        Assert.True(index >= 0, $"line '{line}' not in the fixture");
        lines.RemoveAt(index);
        if (replacement.Length > 0 || line.Length == 0)
        {
            lines.InsertRange(index, replacement.Split('\n'));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Removes a top-level field and its indented block.</summary>
    public static string RemoveField(string text, string field)
    {
        var lines = text.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.True(index >= 0, $"field '{field}' not in the fixture");
        var end = index + 1;
        while (end < lines.Count && lines[end].StartsWith(' '))
        {
            end++;
        }
        lines.RemoveRange(index, end - index);
        return string.Join('\n', lines);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
