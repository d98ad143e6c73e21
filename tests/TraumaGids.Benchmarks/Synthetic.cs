using System.Globalization;
using System.Text;
using TraumaGids.Core.Content;

namespace TraumaGids.Benchmarks;

/// <summary>
/// Synthetic but realistic practitioners for scale tests: every one is a recombination of the example
/// content (its vocabularies, plausible combinations of methods and ages, sentences from real profile
/// texts), with invented names, deterministic for a seed. Offers, information pages, the instrument
/// and the search words are the example content's own.
/// </summary>
public static class Synthetic
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilse", "Jasper", "Karim", "Lotte", "Mila", "Noah",
        "Olga", "Pim", "Quinten", "Roos", "Sven", "Tess", "Umar", "Vera", "Wouter", "Yara", "Zeynep", "Ahmed", "Bo", "Cas",
        "Dewi", "Emre", "Femke", "Hamza", "Iris", "Joris", "Kiki", "Lars", "Meryem", "Nina", "Otto", "Puck", "Rutger", "Sara",
    ];

    private static readonly string[] LastNames =
    [
        "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok",
        "Yilmaz", "El Amrani", "Nowak", "Kovalenko", "Rahimi", "Martina", "Bouzid", "Kaya", "Gebremedhin", "Martínez",
    ];

    private static readonly string[] PracticeWords =
    [
        "Praktijk", "Centrum", "Psychologenpraktijk", "Kinderpraktijk", "Traumapraktijk", "Gezinspraktijk", "Praktijk voor Jeugd",
    ];

    private static readonly string[] PracticeNames =
    [
        "De Linde", "Het Gooi", "De Eem", "Vecht en Plassen", "De Brink", "Zonnehoek", "Kompas", "De Haven", "Veilige Basis",
        "Nieuwe Start", "Eemzicht", "Kolibri", "In Balans", "De Vlinder", "Het Anker", "De Regenboog", "Stroom", "Licht",
    ];

    /// <summary>The example content with <paramref name="count"/> synthetic practitioners instead of its own.</summary>
    public static ContentSet Content(ContentSet example, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(example);
        return new ContentSet(example.Vocabularies, Practitioners(example, count, seed), example.Offers, example.InfoPages, [],
            example.Instruments, example.SearchWords);
    }

    public static IReadOnlyList<Practitioner> Practitioners(ContentSet example, int count, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(example);
        var random = new Random(seed);
        var templates = example.Practitioners;
        var sentences = templates
            .SelectMany(p => p.Body.PlainText.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim().TrimEnd('.') + ".")
            .Where(s => s.Length > 20 && !s.Contains('[', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var municipalities = example.Vocabularies.Municipalities.Entries.Select(e => e.Key).ToArray();
        var languages = example.Vocabularies.Languages.Entries.Select(e => e.Key).Where(k => k != "nl").ToArray();
        var today = new DateOnly(2026, 11, 23);
        var result = new List<Practitioner>(count);
        for (var i = 0; i < count; i++)
        {
            // A real profile's combination of discipline, ages, methods and themes, so the mix stays plausible.
            var template = templates[random.Next(templates.Count)];
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var body = string.Join(' ', Enumerable.Range(0, 3 + random.Next(4)).Select(_ => sentences[random.Next(sentences.Length)]));
            var served = municipalities.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
            var spoken = new List<string> { "nl" };
            if (random.NextDouble() < 0.35)
            {
                spoken.Add(languages[random.Next(languages.Length)]);
            }
            result.Add(template with
            {
                Slug = $"synthetisch-{i:D6}",
                SourceFile = $"behandelaars/synthetisch-{i:D6}.md",
                Name = name,
                Organisation = $"{PracticeWords[random.Next(PracticeWords.Length)]} {PracticeNames[random.Next(PracticeNames.Length)]}",
                Municipalities = template.Municipalities.Count == 0 && template.Online ? [] : served,
                Languages = spoken,
                WaitingTime = new WaitingTime(random.Next(0, 21), today.AddDays(-random.Next(0, 200))),
                ReferralStop = random.NextDouble() < 0.08,
                ReferralStopNote = null,
                LastReviewed = today.AddDays(-random.Next(0, 500)),
                Contact = new ContactDetails($"035 0{random.Next(10, 99)} {random.Next(1000, 9999)}", $"praktijk{i}@example.org", null),
                Body = new RenderedBody("<p>" + System.Net.WebUtility.HtmlEncode(body) + "</p>\n", body),
            });
        }
        return result;
    }

    /// <summary>Writes a whole content directory: the example's files, plus the synthetic practitioners as Markdown.</summary>
    public static void Write(string exampleDirectory, ContentSet example, int count, string target, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(example);
        foreach (var file in Directory.EnumerateFiles(exampleDirectory, "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(exampleDirectory, f).StartsWith("behandelaars", StringComparison.Ordinal)))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(exampleDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
        var folder = Path.Combine(target, ContentLoader.PractitionersFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        foreach (var p in Practitioners(example, count, seed))
        {
            File.WriteAllText(Path.Combine(folder, p.Slug + ".md"), Markdown(p));
        }
    }

    private static string Markdown(Practitioner p)
    {
        static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string Quote(string s) => "\"" + s.Replace("\"", "'", StringComparison.Ordinal) + "\"";
        var md = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"naam: {Quote(p.Name)}")
            .AppendLine(CultureInfo.InvariantCulture, $"discipline: {p.Discipline}")
            .AppendLine(CultureInfo.InvariantCulture, $"organisatie: {Quote(p.Organisation ?? "")}")
            .AppendLine(CultureInfo.InvariantCulture, $"samenvatting: {Quote(p.Summary ?? "")}")
            .AppendLine(CultureInfo.InvariantCulture, $"expertgroep: {(p.ExpertGroupMember ? "true" : "false")}")
            .AppendLine(CultureInfo.InvariantCulture, $"doelgroepen: {List(p.TargetGroups)}")
            .AppendLine(CultureInfo.InvariantCulture, $"leeftijd:\n  van: {p.Ages.From}\n  tot: {p.Ages.To}")
            .AppendLine(CultureInfo.InvariantCulture, $"methoden: {List(p.Methods)}")
            .AppendLine(CultureInfo.InvariantCulture, $"themas: {List(p.Themes)}")
            .AppendLine(CultureInfo.InvariantCulture, $"talen: {List(p.Languages)}");
        if (p.Municipalities.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"gemeenten: {List(p.Municipalities)}");
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"online: {(p.Online ? "true" : "false")}")
            .AppendLine(CultureInfo.InvariantCulture, $"financiering: {List(p.Funding)}")
            .AppendLine(CultureInfo.InvariantCulture, $"wachttijd:\n  weken: {p.WaitingTime.Weeks}\n  gecontroleerd: {Date(p.WaitingTime.CheckedOn)}")
            .AppendLine(CultureInfo.InvariantCulture, $"aanmeldstop: {(p.ReferralStop ? "true" : "false")}")
            .AppendLine(CultureInfo.InvariantCulture, $"contact:\n  telefoon: {p.Contact.Phone}\n  email: {p.Contact.Email}")
            .AppendLine(CultureInfo.InvariantCulture, $"laatst-beoordeeld: {Date(p.LastReviewed)}")
            .AppendLine("---")
            .AppendLine(p.Body.PlainText);
        return md.ToString();
    }
}
