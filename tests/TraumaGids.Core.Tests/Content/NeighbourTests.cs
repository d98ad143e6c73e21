using TraumaGids.Core.Content;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Content;

/// <summary><c>buurgemeenten</c> in vocabulaires.yml: read, checked both ways, and asked for the neighbours of a choice.</summary>
public sealed class NeighbourTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private const string Vocab = Vocabularies.FileName;

    private static readonly string WithNeighbours = SampleContent.Vocabularies
        .ReplaceOnce("  wijdemeren: Wijdemeren\n", "  wijdemeren: Wijdemeren\n  laren: Laren\n")
        + "buurgemeenten:\n  hilversum: [wijdemeren, laren]\n  wijdemeren: [hilversum]\n  laren: [hilversum]\n";

    [Fact]
    public void Neighbours_are_read_and_given_in_the_order_of_the_municipalities()
    {
        using var tree = ContentTree.Valid().With(Vocab, WithNeighbours);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(["wijdemeren", "laren"], content.Vocabularies.Neighbours["hilversum"]);
        Assert.Equal(["wijdemeren", "laren"], content.Vocabularies.NeighboursOf(["hilversum"]));
        // A chosen municipality is never its own neighbour, also when it borders another chosen one.
        Assert.Equal(["laren"], content.Vocabularies.NeighboursOf(["wijdemeren", "hilversum"]));
        Assert.Equal(["hilversum"], content.Vocabularies.NeighboursOf(["laren"]));
        Assert.Empty(content.Vocabularies.NeighboursOf([]));
    }

    [Fact]
    public void Without_the_list_there_are_no_neighbours_and_no_problem()
    {
        using var tree = ContentTree.Valid();

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Empty(content.Vocabularies.NeighboursOf(["hilversum"]));
    }

    [Fact]
    public void An_unknown_neighbour_is_reported_at_its_line()
    {
        var vocab = WithNeighbours.ReplaceOnce("  laren: [hilversum]", "  laren: [hilversum, utrecht]");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("  laren: [hilversum, utrecht]"), "buurgemeenten.laren", "onbekende waarde 'utrecht'", "gemeenten");
    }

    [Fact]
    public void An_unknown_municipality_as_key_is_reported()
    {
        var vocab = WithNeighbours + "  utrecht: [hilversum]\n";
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, vocab.LineOf("  utrecht:"), "buurgemeenten.utrecht", "onbekende gemeente 'utrecht'");
    }

    [Fact]
    public void A_municipality_is_not_its_own_neighbour()
    {
        var vocab = WithNeighbours.ReplaceOnce("  laren: [hilversum]", "  laren: [hilversum, laren]");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("  laren: [hilversum, laren]"), "buurgemeenten.laren", "niet haar eigen buurgemeente");
    }

    [Fact]
    public void A_border_listed_on_one_side_only_is_reported_naming_both()
    {
        var vocab = WithNeighbours.ReplaceOnce("  laren: [hilversum]", "  laren: [hilversum, wijdemeren]");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("  laren: [hilversum, wijdemeren]"), "buurgemeenten.laren", "'wijdemeren' grenst aan 'laren'", "bij 'wijdemeren' staat 'laren' niet");
    }

    [Fact]
    public void The_example_region_lists_neighbours_for_every_municipality()
    {
        var vocabularies = example.Content.Vocabularies;

        Assert.All(vocabularies.Municipalities.Entries, m => Assert.NotEmpty(vocabularies.NeighboursOf([m.Key])));
        Assert.Equal(["blaricum", "gooise-meren", "laren"], vocabularies.NeighboursOf(["huizen"]));
    }
}
