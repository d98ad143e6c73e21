using System.Globalization;
using System.Text;
using TraumaGids.Core.Content;

namespace TraumaGids.Benchmarks;

/// <summary>
/// Synthetic but realistic practitioners for scale tests: every one is a recombination of the example
/// content (its vocabularies, plausible combinations of methods and ages, sentences from real profile
/// texts), with invented names, deterministic for a seed. Offers, information pages, the instrument
/// and the search words are the example content's own.
/// <para>
/// Real profiles also bring words of their own: names, practices, trainings, places. Recombined
/// sentences alone would give 10,000 practitioners the vocabulary of 27, which flatters every
/// dictionary in memory (terms, did-you-mean, suggestions). So surnames and practice names are built
/// from syllables (thousands of different ones), and every profile gets one sentence with rarer words
/// drawn from a large invented lexicon, common ones often and rare ones seldom (log-uniform, close to
/// Zipf's law): the number of different words grows with the number of profiles, as in real text.
/// </para>
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

    /// <summary>Dutch-sounding syllables for surnames, practice names and the invented lexicon.</summary>
    private static readonly string[] Syllables =
    [
        "ber", "gen", "hof", "stra", "man", "ker", "dijk", "veld", "hout", "broek", "wijk", "ling", "huis", "kamp", "boom",
        "mees", "ter", "hui", "zen", "bos", "laan", "ma", "ra", "ne", "lo", "ven", "burg", "sel", "tel", "horst", "mer",
        "weg", "stee", "der", "kes", "vel", "ding", "rik", "loo", "haar", "mond", "beek", "wold", "ham", "sma", "ga",
    ];

    private static readonly string[] SurnamePrefixes = ["", "", "", "van ", "de ", "van der ", "van den ", "ter "];

    /// <summary>Size of the invented lexicon the profiles' own words come from.</summary>
    private const int LexiconSize = 200_000;

    private static readonly string[] OwnSentences =
    [
        "Ik heb me verder geschoold in {0} en {1}.",
        "Cliënten kennen mij ook van {0}, {1} en {2}.",
        "Naast mijn werk geef ik les over {0}.",
        "Mijn praktijk ligt vlak bij {0} en {1}.",
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
            // Half the surnames common ones, half made of syllables (thousands of different ones).
            var surname = random.Next(2) == 0 ? LastNames[random.Next(LastNames.Length)] : Capitalised(SurnamePrefixes[random.Next(SurnamePrefixes.Length)], Word(random, 2 + random.Next(2)));
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {surname}";
            var own = string.Format(CultureInfo.InvariantCulture, OwnSentences[random.Next(OwnSentences.Length)], LexiconWord(random), LexiconWord(random), LexiconWord(random));
            var body = string.Join(' ', Enumerable.Range(0, 2 + random.Next(4)).Select(_ => sentences[random.Next(sentences.Length)]).Append(own));
            var practice = random.Next(2) == 0 ? PracticeNames[random.Next(PracticeNames.Length)] : Capitalised("", Word(random, 2 + random.Next(2)));
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
                Organisation = $"{PracticeWords[random.Next(PracticeWords.Length)]} {practice}",
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

    /// <summary>A made-up word of some syllables, lower case.</summary>
    private static string Word(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));

    /// <summary>
    /// A word of the invented lexicon, word n with a chance of about 1/n (log-uniform): a few words
    /// are common, most are rare. Word n is always spelt the same (its own seed).
    /// </summary>
    private static string LexiconWord(Random random)
    {
        var n = (int)Math.Exp(random.NextDouble() * Math.Log(LexiconSize));
        return Word(new Random(n), 3 + (n % 2));
    }

    private static string Capitalised(string prefix, string word) => prefix + char.ToUpperInvariant(word[0]) + word[1..];

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
