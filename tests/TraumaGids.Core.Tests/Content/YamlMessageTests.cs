using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>The YAML parser's English is turned into what the editor should do, at the line to change.</summary>
public sealed class YamlMessageTests
{
    private const string File = SampleContent.PractitionerPath;

    [Theory]
    [InlineData("organisatie: Praktijk De Linde", "organisatie: Praktijk: De Linde", "organisatie:", "er staat een dubbele punt met een spatie in")]
    [InlineData("organisatie: Praktijk De Linde", "organisatie: @DeLinde", "organisatie:", "mag niet beginnen met @")]
    [InlineData("organisatie: Praktijk De Linde", "organisatie: *DeLinde", "organisatie:", "mag niet beginnen met *")]
    [InlineData("organisatie: Praktijk De Linde", "organisatie: \"De Linde\" Hilversum", "organisatie:", "na het laatste aanhalingsteken mag niets meer staan")]
    [InlineData("online: true", "online: true\nonline: false", "online: false", "het veld 'online' staat er twee keer")]
    [InlineData("  tot: 18", "   tot: 18", "   tot:", "controleer het inspringen")]
    [InlineData("  - adres: Lindelaan 12", "  -adres: Lindelaan 12", "  -adres:", "zet een spatie na het streepje")]
    [InlineData("naam: Drs. Anna de Vries", "naam:Drs. Anna de Vries", "naam:", "zet een spatie na de dubbele punt: 'naam: …'")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdr, tf-cbt] en meer", "methoden:", "na de ] van een lijst mag niets meer staan")]
    [InlineData("    postcode: 1211 AB", "   postcode: 1211 AB", "   postcode:", "controleer het inspringen van de lijst")]
    public void A_common_yaml_mistake_says_what_to_do_at_its_line(string oldLine, string newLine, string reportedLine, string advice)
    {
        var text = SampleContent.Practitioner.ReplaceOnce(oldLine, newLine);
        using var tree = ContentTree.Valid().With(File, text);

        var issue = Assert.Single(tree.Load().Issues);

        Assert.Equal((File, "front matter"), (issue.File, issue.Field));
        Assert.StartsWith("YAML klopt niet: ", issue.Message, StringComparison.Ordinal);
        Assert.Contains(advice, issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While ", issue.Message, StringComparison.Ordinal);
        Assert.Equal(text.LineOf(reportedLine), issue.Line);
    }
}
