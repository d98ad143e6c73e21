using TraumaGids.Core.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// A content directory with a set of graded queries judged by reading that content: the first
/// (<c>content/</c> with <see cref="JudgedQueries"/>, the set search was tuned on), the dev set
/// (<c>tests/judged/dev/</c>, written blind, tuned on since round 8), and the sets written without seeing the
/// search code and never tuned on, each in <c>tests/judged/&lt;name&gt;/</c>. Who wrote each set when, and how it
/// has been read since, is told in docs/search.md.
/// </summary>
public sealed class JudgedSet
{
    /// <summary>Every set by its short name, in the order they were written; adding a set is adding its name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["first", "dev", "blind", "fresh", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"];

    /// <summary>The set of that short name (<see cref="Names"/>).</summary>
    public static JudgedSet Named(string name) => name switch
    {
        "first" => First(),
        "dev" => Dev(),
        _ when Names.Contains(name) => Written(name, $"{name} (never tuned on)"),
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
    /// The development set: written blind like the blind set, by another session, after round 7; search
    /// may be tuned on it (with the first set), so that the blind set stays a fair test.
    /// </summary>
    public static JudgedSet Dev() => Written("dev", "dev (written blind, tuned on)");

    /// <summary>
    /// A set written as its own directory, <c>tests/judged/&lt;folder&gt;/</c>: <c>content/</c> (practitioners, offers,
    /// pages, vocabularies) and <c>queries.yml</c>. How search understands people (<c>zoekwoorden.yml</c>) is the
    /// product's own, from <c>content/</c>, as a region deploying its own content with TraumaGids would have it.
    /// </summary>
    private static JudgedSet Written(string folder, string name)
    {
        var directory = Path.Combine("tests", "judged", folder);
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
