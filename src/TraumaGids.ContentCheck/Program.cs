using TraumaGids.Core.Content;

// Checks a content directory and prints one line per problem: file:line: field: message.
// Exit codes: 0 all valid, 1 problems found, 2 wrong usage or directory missing.
if (args.Length != 1 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("Gebruik: dotnet run --project src/TraumaGids.ContentCheck -- <contentmap>");
    return 2;
}

var directory = args[0];
if (!Directory.Exists(directory))
{
    Console.Error.WriteLine($"Map niet gevonden: {directory}");
    return 2;
}

var content = ContentLoader.Load(directory, DateOnly.FromDateTime(DateTime.Now));
foreach (var issue in content.Issues)
{
    Console.WriteLine(issue with { File = Path.Join(directory, issue.File).Replace('\\', '/') });
}

Console.WriteLine(
    $"{content.Practitioners.Count} behandelaars, {content.Offers.Count} aanbodpagina's, {content.InfoPages.Count} informatiepagina's geladen; " +
    (content.Issues.Count == 0 ? "geen problemen." : $"{content.Issues.Count} probleem/problemen."));
return content.Issues.Count == 0 ? 0 : 1;
