using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

public sealed class ContentCheckTests : IDisposable
{
    private readonly ContentDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string[] Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ContentCheck.Run(args, output, error, ContentDirectory.Today);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Valid_content_exits_zero_with_a_summary()
    {
        var (exit, output, _) = Run(_dir.Root);

        Assert.Equal(0, exit);
        Assert.Equal("1 behandelaar, 1 aanbodpagina, 1 informatiepagina, 0 vragenlijsten geladen; geen problemen.", Assert.Single(output));
    }

    [Fact]
    public void Problems_exit_one_with_one_line_per_problem_as_path_line_field_message()
    {
        _dir.Write("behandelaars/anna-de-vries.md", ContentDirectory.Replace(ContentDirectory.PractitionerText, "  weken: 6", "  weken: zes"));
        _dir.Write("aanbod/emdr.md", ContentDirectory.Replace(ContentDirectory.OfferText, "soort: behandeling", "soort: iets"));

        var (exit, output, _) = Run(_dir.Root);

        Assert.Equal(1, exit);
        Assert.Equal(4, output.Length);
        Assert.Equal($"{_dir.Root}/aanbod/emdr.md:4: soort: onbekende waarde 'iets'; kies 'behandeling' of 'ondersteuning'", output[0]);
        Assert.Equal($"{_dir.Root}/behandelaars/anna-de-vries.md:22: wachttijd.weken: 'zes' is geen heel getal", output[1]);
        // After the problems: what they take down with them, a link in a page that is still served.
        Assert.StartsWith($"{_dir.Root}/informatie/", output[2], StringComparison.Ordinal);
        Assert.Contains("werkt niet: die pagina is overgeslagen", output[2], StringComparison.Ordinal);
        Assert.EndsWith("2 problemen.", output[3], StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_store_folder_it_keeps_the_search_index_that_a_start_then_opens()
    {
        var store = Path.Combine(Path.GetTempPath(), "traumagids-check-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, error) = Run(_dir.Root, ContentCheck.StoreOption, store);

            Assert.Equal(0, exit);
            Assert.Equal($"Zoekindex bewaard in {store}.", output[^1]);
            Assert.Empty(error);
            var content = ContentLoader.Load(_dir.Root, ContentDirectory.Today);
            using var index = TraumaGids.Core.Search.SearchIndex.BuildFirst(content, new TraumaGids.Core.Search.IndexParts(), new TraumaGids.Core.Search.IndexStore(store));
            Assert.True(index.OpenedFromStore);
        }
        finally
        {
            if (Directory.Exists(store))
            {
                Directory.Delete(store, recursive: true);
            }
        }
    }

    [Fact]
    public void A_store_folder_that_cannot_be_written_is_said_in_Dutch_and_fails_the_check()
    {
        // A file where the folder should be: nothing can be stored there.
        var store = Path.Combine(Path.GetTempPath(), "traumagids-check-store-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(store, "geen map");
        try
        {
            var (exit, output, error) = Run(_dir.Root, ContentCheck.StoreOption, store);

            Assert.Equal(1, exit);
            Assert.EndsWith("geen problemen.", output[^1], StringComparison.Ordinal);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith($"Let op, zoekindex in {store}: er ging iets mis (technisch: ", lines[0], StringComparison.Ordinal);
            Assert.Equal($"Zoekindex niet bewaard in {store}.", lines[^1]);
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void Content_with_problems_keeps_no_search_index()
    {
        var store = Path.Combine(Path.GetTempPath(), "traumagids-check-store-" + Guid.NewGuid().ToString("N"));
        _dir.Write("behandelaars/anna-de-vries.md", ContentDirectory.Replace(ContentDirectory.PractitionerText, "  weken: 6", "  weken: zes"));

        var (exit, _, _) = Run(_dir.Root, ContentCheck.StoreOption, store);

        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(store));
    }

    [Theory]
    [InlineData]
    [InlineData("a", "b")]
    [InlineData("--help")]
    public void Wrong_usage_exits_two(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("Gebruik:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_exits_two()
    {
        var (exit, _, error) = Run(Path.Combine(_dir.Root, "bestaat-niet"));

        Assert.Equal(2, exit);
        Assert.StartsWith("Map niet gevonden:", error, StringComparison.Ordinal);
    }
}
