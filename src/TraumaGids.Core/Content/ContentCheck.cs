using TraumaGids.Core.Search;

namespace TraumaGids.Core.Content;

/// <summary>
/// The content check command: loads a content directory and prints one line per problem,
/// <c>path:line: field: message</c>, then a summary. Exit code 0 when all is well, 1 when there are
/// problems, 2 for wrong usage or a missing directory. With <c>--zoekindex &lt;map&gt;</c> it also keeps the
/// search index of content without problems in that <see cref="IndexStore"/>, as the site does after its
/// first answer: the image build does this, so a new container's first start opens it instead of writing it.
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
        string? store = null;
        if (args.Count == 3 && args[1] == StoreOption)
        {
            store = args[2];
        }
        else if (args.Count != 1 || args[0] is "-h" or "--help")
        {
            error.WriteLine($"Gebruik: dotnet run --project src/TraumaGids.ContentCheck -- <contentmap> [{StoreOption} <map>]");
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
        if (content.Issues.Count > 0)
        {
            return Problems;
        }
        if (store is not null)
        {
            var indexStore = new IndexStore(store);
            // The store's own notes are English lines for the site's log; the check speaks Dutch and gives the note as detail.
            indexStore.OnNote(note =>
            {
                if (note.Warning)
                {
                    error.WriteLine($"Let op, zoekindex in {store}: er ging iets mis (technisch: {note.Message}).");
                }
            });
            using var index = SearchIndex.BuildFirst(content, new IndexParts(), indexStore);
            index.Store();
            if (indexStore.Saved == 0 && !index.OpenedFromStore)
            {
                error.WriteLine($"Zoekindex niet bewaard in {store}.");
                return Problems;
            }
            output.WriteLine($"Zoekindex bewaard in {store}.");
        }
        return Ok;
    }

    /// <summary>Keep the search index of the checked content in this folder (see <see cref="IndexStore"/>).</summary>
    public const string StoreOption = "--zoekindex";
}
