namespace TraumaGids.Core.Content;

/// <summary>
/// The content check command: loads a content directory and prints one line per problem,
/// <c>path:line: field: message</c>, then a summary. Exit code 0 when all is well, 1 when there are
/// problems, 2 for wrong usage or a missing directory.
/// </summary>
public static class ContentCheck
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Usage = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 1 || args[0] is "-h" or "--help")
        {
            error.WriteLine("Gebruik: dotnet run --project src/TraumaGids.ContentCheck -- <contentmap>");
            return Usage;
        }

        var directory = args[0];
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"Map niet gevonden: {directory}");
            return Usage;
        }

        var content = ContentLoader.Load(directory, today);
        foreach (var issue in content.Issues)
        {
            output.WriteLine(issue with { File = Path.Join(directory, issue.File).Replace('\\', '/') });
        }
        foreach (var link in content.BrokenLinks)
        {
            output.WriteLine(link with { File = Path.Join(directory, link.File).Replace('\\', '/') });
        }
        output.WriteLine(
            $"{Counted.Of(content.Practitioners.Count, "behandelaar", "behandelaars")}, {Counted.Of(content.Offers.Count, "aanbodpagina", "aanbodpagina's")}, " +
            $"{Counted.Of(content.InfoPages.Count, "informatiepagina", "informatiepagina's")}, {Counted.Of(content.Instruments.Count, "vragenlijst", "vragenlijsten")} geladen; " +
            $"{Counted.Problems(content.Issues.Count)}.");
        return content.Issues.Count == 0 ? Ok : Problems;
    }
}
