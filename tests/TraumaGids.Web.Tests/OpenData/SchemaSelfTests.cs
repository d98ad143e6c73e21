using System.Text.Json;

namespace TraumaGids.Web.Tests.OpenData;

/// <summary>The validator itself: the official examples pass, and it does catch what it is there to catch.</summary>
public sealed class SchemaSelfTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void A_valid_taxonomy_term_passes_and_a_broken_one_fails_in_both_sets()
    {
        var schemas = HsdsSchemas.Instance;
        var term = """{"id":"3f7b145d-84af-42d7-8fae-eaca714b02b2","name":"n","description":"d","taxonomy":"t","language":"nl"}""";
        Assert.Empty(schemas.Check("taxonomy_term", Parse(term)));

        // Missing required description; id not a UUID (format checking is on).
        Assert.NotEmpty(schemas.Check("taxonomy_term", Parse("""{"id":"3f7b145d-84af-42d7-8fae-eaca714b02b2","name":"n"}""")));
        Assert.NotEmpty(schemas.Check("taxonomy_term", Parse("""{"id":"not-a-uuid","name":"n","description":"d"}""")));
    }

    [Fact]
    public void Strict_set_refuses_a_field_the_schema_does_not_have()
    {
        var problems = HsdsSchemas.Instance.Check("service",
            Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"n","status":"active","minimum_ages":3}"""));

        Assert.Contains(problems, p => p.StartsWith("strict service", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_objects_are_checked_through_their_references()
    {
        // A phone without its required number, two references deep (service -> phones -> phone.json).
        var problems = HsdsSchemas.Instance.Check("service",
            Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"n","status":"active","phones":[{"id":"1554f2e2-a373-45db-a3fa-9fc48a61c15e"}]}"""));

        Assert.Contains(problems, p => p.Contains("/phones/0", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_envelope_needs_all_eight_fields()
    {
        var problems = HsdsSchemas.Instance.CheckPage("taxonomy",
            Parse("""{"total_items":0,"total_pages":0,"page_number":1,"size":0,"first_page":true,"last_page":true,"contents":[]}"""));

        Assert.Contains(problems, p => p.Contains("empty", StringComparison.Ordinal));
    }
}
