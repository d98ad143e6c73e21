using TraumaGids.Core.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// A content directory with a set of graded queries judged by reading that content: the first
/// (<c>content/</c> with <see cref="JudgedQueries"/>, the set search was tuned on), the dev set
/// (<c>tests/judged/dev/</c>, written blind, tuned on since round 8), and the sets written without seeing the
/// search code and never tuned on (<c>tests/judged/blind/</c>, <c>fresh/</c>, <c>fifth/</c>, <c>sixth/</c>, <c>seventh/</c>, <c>eighth/</c>, <c>ninth/</c>, <c>tenth/</c>, <c>eleventh/</c>, <c>twelfth/</c>, <c>thirteenth/</c>, <c>fourteenth/</c>).
/// </summary>
public sealed class JudgedSet
{
    public const string BlindDirectory = "tests/judged/blind";

    public const string DevDirectory = "tests/judged/dev";

    public const string FreshDirectory = "tests/judged/fresh";
    public const string FifthDirectory = "tests/judged/fifth";
    public const string SixthDirectory = "tests/judged/sixth";
    public const string SeventhDirectory = "tests/judged/seventh";
    public const string EighthDirectory = "tests/judged/eighth";
    public const string NinthDirectory = "tests/judged/ninth";
    public const string TenthDirectory = "tests/judged/tenth";
    public const string EleventhDirectory = "tests/judged/eleventh";
    public const string TwelfthDirectory = "tests/judged/twelfth";
    public const string ThirteenthDirectory = "tests/judged/thirteenth";
    public const string FourteenthDirectory = "tests/judged/fourteenth";

    /// <summary>Every set by its short name, in the order they were written.</summary>
    public static IReadOnlyList<string> Names { get; } = ["first", "dev", "blind", "fresh", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth"];

    /// <summary>The set of that short name (<see cref="Names"/>).</summary>
    public static JudgedSet Named(string name) => name switch
    {
        "first" => First(),
        "dev" => Dev(),
        "blind" => Blind(),
        "fresh" => Fresh(),
        "fifth" => Fifth(),
        "sixth" => Sixth(),
        "seventh" => Seventh(),
        "eighth" => Eighth(),
        "ninth" => Ninth(),
        "tenth" => Tenth(),
        "eleventh" => Eleventh(),
        "twelfth" => Twelfth(),
        "thirteenth" => Thirteenth(),
        "fourteenth" => Fourteenth(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No judged set of that name."),
    };

    /// <summary>The day the sets were judged: content dates are checked against it.</summary>
    public static readonly DateOnly Today = new(2026, 11, 30);

    private JudgedSet(string name, ContentSet content, IReadOnlyList<GradedQuery> queries)
    {
        Name = name;
        Content = content;
        Queries = queries;
    }

    public string Name { get; }

    public ContentSet Content { get; }

    public IReadOnlyList<GradedQuery> Queries { get; }

    /// <summary>The first set: the example content and <see cref="JudgedQueries"/>, graded by position (3, 2, then 1).</summary>
    public static JudgedSet First()
    {
        var content = ContentLoader.Load(Path.Combine(RepoRoot, "content"), Today);
        var queries = JudgedQueries.All.Select(q => new GradedQuery(
            q.Text,
            q.Expected.Select((item, rank) => (item, grade: rank switch { 0 => 3, 1 => 2, _ => 1 })).ToDictionary(p => p.item, p => p.grade),
            q.Who)).ToList();
        return new JudgedSet("first (tuned on)", content, queries);
    }

    /// <summary>
    /// The blind set. Its content directory holds practitioners, offers, pages and vocabularies; how
    /// search understands people (<c>zoekwoorden.yml</c>) is the product's own, from <c>content/</c>,
    /// as a region deploying its own content with TraumaGids would have it.
    /// </summary>
    public static JudgedSet Blind() => Written(BlindDirectory, "blind (never tuned on)");

    /// <summary>
    /// The development set: written blind like the blind set, by another session, after round 7; search
    /// may be tuned on it (with the first set), so that the blind set stays a fair test.
    /// </summary>
    public static JudgedSet Dev() => Written(DevDirectory, "dev (written blind, tuned on)");

    /// <summary>
    /// The fresh set: written blind by a third session at the start of stop 15 (2026-11-30, evening), when
    /// the blind set had been read as totals for two rounds of decisions. Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Fresh() => Written(FreshDirectory, "fresh (never tuned on)");

    /// <summary>
    /// The fifth set: written blind by a fourth session at the start of stop 16 (2026-11-30, night), when the
    /// blind and fresh sets had been read as totals for decisions. Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Fifth() => Written(FifthDirectory, "fifth (never tuned on)");

    /// <summary>
    /// The sixth set: written blind by a fifth session at the start of stop 18 (2026-12-01, night), when the
    /// blind, fresh and fifth sets had been read as totals for decisions (and their question texts seen once,
    /// docs/search.md round 12). Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Sixth() => Written(SixthDirectory, "sixth (never tuned on)");

    /// <summary>
    /// The seventh set: written blind by a sixth session at the end of stop 18 (2026-12-01, night), after every
    /// change of that stop; read once on arrival, so the next round starts with a set nobody decided anything on.
    /// Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Seventh() => Written(SeventhDirectory, "seventh (never tuned on)");

    /// <summary>
    /// The eighth set: written blind by a seventh session at the start of stop 19 (2026-12-01, early morning), before
    /// any change of that stop; read once on arrival. Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Eighth() => Written(EighthDirectory, "eighth (never tuned on)");

    /// <summary>
    /// The ninth and tenth sets: written blind by two more sessions during stop 19, while the round's search words
    /// were chosen on the other sets; each read twice, once with round 12's search words and once with the round's
    /// candidate, to decide on it under a rule written down before they arrived (docs/search.md, round 13). Never
    /// tuned on; read as totals.
    /// </summary>
    public static JudgedSet Ninth() => Written(NinthDirectory, "ninth (never tuned on)");

    /// <inheritdoc cref="Ninth"/>
    public static JudgedSet Tenth() => Written(TenthDirectory, "tenth (never tuned on)");

    /// <summary>
    /// The eleventh and twelfth sets: written blind by two more sessions later in stop 19, the held-out sets of the
    /// round's second synonym pass (chosen on the ten sets before them); read twice each, under a rule written down
    /// before they arrived (docs/search.md, round 13). Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Eleventh() => Written(EleventhDirectory, "eleventh (never tuned on)");

    /// <inheritdoc cref="Eleventh"/>
    public static JudgedSet Twelfth() => Written(TwelfthDirectory, "twelfth (never tuned on)");

    /// <summary>
    /// The thirteenth and fourteenth sets: written blind by two more sessions at the end of stop 19, the held-out sets
    /// of the round's ranking constants (chosen on the twelve sets before them); read twice each, under a rule
    /// written down before they arrived (docs/search.md, round 13). Never tuned on; read as totals.
    /// </summary>
    public static JudgedSet Thirteenth() => Written(ThirteenthDirectory, "thirteenth (never tuned on)");

    /// <inheritdoc cref="Thirteenth"/>
    public static JudgedSet Fourteenth() => Written(FourteenthDirectory, "fourteenth (never tuned on)");

    /// <summary>A set written as its own directory: <c>content/</c> and <c>queries.yml</c>, with the product's search words.</summary>
    private static JudgedSet Written(string directory, string name)
    {
        var source = Path.Combine(RepoRoot, directory, "content");
        var copy = Directory.CreateTempSubdirectory("traumagids-judged-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.FullName, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            File.Copy(Path.Combine(RepoRoot, "content", SearchWords.FileName), Path.Combine(copy.FullName, SearchWords.FileName), overwrite: true);
            var content = ContentLoader.Load(copy.FullName, Today);
            return new JudgedSet(name, content, ReadQueries(Path.Combine(RepoRoot, directory, "queries.yml")));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private sealed class QueryEntry
    {
        [YamlMember(Alias = "vraag")]
        public string? Text { get; set; }

        [YamlMember(Alias = "persona")]
        public string? Who { get; set; }

        [YamlMember(Alias = "oordelen")]
        public Dictionary<string, int>? Grades { get; set; }

        [YamlMember(Alias = "geen-antwoord")]
        public bool NoAnswer { get; set; }
    }

    internal static IReadOnlyList<GradedQuery> ReadQueries(string path)
    {
        var entries = new DeserializerBuilder().WithNamingConvention(NullNamingConvention.Instance).Build()
            .Deserialize<List<QueryEntry>>(File.ReadAllText(path));
        return [.. entries.Select(e => new GradedQuery(
            e.Text ?? throw new InvalidDataException($"{path}: a query without 'vraag'"),
            e.Grades ?? [],
            e.Who ?? "",
            e.NoAnswer))];
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }
}
