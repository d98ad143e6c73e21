using System.Net;
using System.Text.Json;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Web.Tests;

/// <summary>The FHIR Questionnaire at its public address and the QuestionnaireResponse download, through the real pipeline.</summary>
public sealed class ScreeningFhirTests(ScreeningTests.Site fixture) : IClassFixture<ScreeningTests.Site>
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private readonly SiteFactory _site = fixture.Factory;

    [Theory]
    [InlineData("cries-13")]
    [InlineData("cats-3-6")]
    [InlineData("cats-7-17")]
    [InlineData("pcl-5")]
    public async Task Each_instrument_is_a_public_fhir_questionnaire_at_a_stable_address(string id)
    {
        var client = _site.Browser(followRedirects: false);

        var response = await client.GetAsync(new Uri($"/fhir/Questionnaire/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var questionnaire = JsonSerializer.Deserialize<Questionnaire>(await response.Content.ReadAsStringAsync(), Fhir)!;
        Assert.Equal(id, questionnaire.Id);
        Assert.Equal($"https://localhost/fhir/Questionnaire/{id}", questionnaire.Url);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task An_unknown_questionnaire_is_not_found()
    {
        var response = await _site.Browser().GetAsync(new Uri("/fhir/Questionnaire/cries-14", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static List<KeyValuePair<string, string>> CriesForm(Page form, string[] answers)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Document.QuerySelector("form[data-screening] input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
            new("versie", "kind"), new("leeftijd", "11"), new("gemeente", "laren"), new("weken", "9"), new("signalen", "risicofactoren"),
        };
        values.AddRange(answers.Select((a, n) => new KeyValuePair<string, string>($"v{n + 1}", a)));
        return values;
    }

    [Fact]
    public async Task A_scored_screening_downloads_as_a_questionnaire_response_that_fits_the_public_questionnaire()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = await client.GetPageAsync("/screening/cries-13");
        Assert.NotNull(form.Document.QuerySelector("form#screening-formulier"));
        // 5 3 1 0 5 5 3 1 5 3 0 1 3 = 35; CRIES-8 (1, 2, 4, 6, 7, 8, 9, 10) = 5+3+0+5+3+1+5+3 = 25.
        var answers = new[] { "vaak", "soms", "zelden", "helemaal-niet", "vaak", "vaak", "soms", "zelden", "vaak", "soms", "helemaal-niet", "zelden", "soms" };
        using var content = new FormUrlEncodedContent(CriesForm(form, answers));

        var response = await client.PostAsync(new Uri("/screening/cries-13?handler=fhir", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var json = await response.Content.ReadAsStringAsync();
        var qr = JsonSerializer.Deserialize<QuestionnaireResponse>(json, Fhir)!;
        var scores = qr.Item.Single(i => i.LinkId == "scores").Item;
        Assert.Equal(35, Assert.IsType<Integer>(scores.Single(s => s.LinkId == "score-totaal").Answer[0].Value).Value);
        Assert.Equal(25, Assert.IsType<Integer>(scores.Single(s => s.LinkId == "score-cries-8").Answer[0].Value).Value);
        Assert.Equal("verwijzen voor diagnostiek en traumabehandeling", Assert.IsType<FhirString>(scores.Single(s => s.LinkId == "advies").Answer[0].Value).Value);

        var published = await _site.Browser().GetStringAsync(new Uri("/fhir/Questionnaire/cries-13", UriKind.Relative));
        Assert.Empty(ResponseChecker.Check(JsonSerializer.Deserialize<Questionnaire>(published, Fhir)!, qr));
        // Nothing of it is logged.
        await _site.Log.WaitForAsync("RequestPath=\"/screening/cries-13\" StatusCode=200");
        Assert.DoesNotContain("risicofactoren", _site.Log.All, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=fhir", _site.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_form_downloads_nothing_and_names_the_missing_items()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = await client.GetPageAsync("/screening/cries-13");
        var values = CriesForm(form, [.. Enumerable.Repeat("vaak", 12)]);
        using var content = new FormUrlEncodedContent(values);

        var response = await client.PostAsync(new Uri("/screening/cries-13?handler=fhir", UriKind.Relative), content);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Contains("Vraag 13:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_offers_the_download_in_the_same_form()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = await client.GetPageAsync("/screening/cries-13");
        Assert.Null(form.Document.QuerySelector("[data-fhir]"));

        var result = await SignIn.SubmitAsync(client, form, CriesForm(form, [.. Enumerable.Repeat("soms", 13)]).Where(v => v.Key != "__RequestVerificationToken"), "form[data-screening]");

        var button = result.Document.QuerySelector("button[data-fhir]")!;
        Assert.Equal("screening-formulier", button.GetAttribute("form"));
        Assert.Equal("/screening/cries-13?handler=fhir", button.GetAttribute("formaction"));
    }
}
