using System.Net;
using AngleSharp.Html.Dom;

namespace TraumaGids.Web.Tests;

/// <summary>
/// Professional sign-in and the screening through the real pipeline: the site's OpenID Connect handler
/// against the development identity provider, no fake authentication.
/// </summary>
public sealed class ScreeningTests(ScreeningTests.Site fixture) : IClassFixture<ScreeningTests.Site>
{
    /// <summary>One site for all screening tests; each test signs in with its own client and cookies.</summary>
    public sealed class Site : IDisposable
    {
        internal SiteFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly SiteFactory _site = fixture.Factory;

    /// <summary>A complete child form: item n answered with the weights given (default all "Helemaal niet").</summary>
    private static Dictionary<string, string> Form(int age = 12, string municipality = "hilversum", string weeks = "8", params string[] answers)
    {
        var form = new Dictionary<string, string>
        {
            ["versie"] = "kind",
            ["leeftijd"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gemeente"] = municipality,
            ["weken"] = weeks,
        };
        for (var n = 1; n <= 13; n++)
        {
            form[$"v{n}"] = n <= answers.Length ? answers[n - 1] : "helemaal-niet";
        }
        return form;
    }

    private static string[] Repeat(string answer, int count) => [.. Enumerable.Repeat(answer, count)];

    /// <summary>Signs in and opens one instrument's form.</summary>
    private async Task<(HttpClient Client, Page Form)> FormAsync(string instrument = "cries-13")
    {
        var (client, start) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        return (client, await client.GetPageAsync($"/screening/{instrument}"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_provider_with_code_flow_and_pkce()
    {
        var client = _site.Browser(followRedirects: false);

        var response = await client.GetAsync(new Uri("/screening", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("https://localhost/dev-idp/connect/authorize", location.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("traumagids-dev", query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.False(string.IsNullOrEmpty(query["state"]));
    }

    [Fact]
    public async Task Signed_in_without_the_role_gets_a_dutch_403_that_says_whom_to_ask()
    {
        var (_, landing) = await _site.SignedInAsync(SignIn.WithoutRole, SignIn.WithoutRolePassword);

        Assert.Equal(HttpStatusCode.Forbidden, landing.Status);
        Assert.Equal("Geen toegang tot de traumascreening", landing.H1);
        Assert.Contains("Kim Collega", landing.Text, StringComparison.Ordinal);
        Assert.Contains("de functioneel beheerder van Veilig Thuis Gooi en Vechtstreek", landing.Text, StringComparison.Ordinal);
        await _site.Log.WaitForAsync("Access denied to \"/screening\"");
    }

    [Fact]
    public async Task With_the_role_the_form_is_shown_uncached_in_a_host_prefixed_secure_session()
    {
        var (_, response, cookies) = await _site.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/screening", response.RequestMessage!.RequestUri!.AbsolutePath);
        var session = Assert.Single(cookies, c => c.StartsWith("__Host-TraumaGids=", StringComparison.Ordinal));
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.CacheControl?.NoStore);
        await _site.Log.WaitForAsync("Professional signed in: \"triage\"");
    }

    [Fact]
    public async Task A_complete_form_is_scored_with_cutoff_advice_and_suggested_practitioners()
    {
        var (client, form) = await FormAsync();
        Assert.Equal(HttpStatusCode.OK, form.Status);

        // 6 x Vaak (30) + 1 x Soms (3): total 33, above the child cut-off of 30.
        var result = await SignIn.SubmitAsync(client, form, Form(age: 9, answers: [.. Repeat("vaak", 6), "soms"]), "form[data-screening]");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.True(result.Response.Headers.CacheControl?.NoStore);
        var scores = result.Document.QuerySelectorAll("table.scores tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("33", scores["CRIES-13-totaalscore"]);
        Assert.Equal("10", scores["Herbeleving (intrusie)"]);
        Assert.Equal("13", scores["Vermijding"]);
        Assert.Equal("10", scores["Verhoogde prikkelbaarheid (arousal)"]);
        Assert.Equal("23", scores["CRIES-8-score (herbeleving + vermijding)"]);
        var text = Html.Squash(result.Text);
        Assert.Contains("CRIES-13-totaalscore: 33, afkappunt 30: afkappunt bereikt", text, StringComparison.Ordinal);
        Assert.Contains("Bron: Perrin", text, StringComparison.Ordinal);
        Assert.Contains("Advies: verwijzen voor diagnostiek en traumabehandeling", text, StringComparison.Ordinal);
        Assert.Contains("Wacht niet tot de situatie veilig is.", text, StringComparison.Ordinal);
        Assert.Contains("Een screening is geen diagnose.", text, StringComparison.Ordinal);
        Assert.Contains("meldcode", text, StringComparison.Ordinal);
        var suggestions = result.Document.QuerySelectorAll(".suggestion");
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Contains("Geen aanmeldstop.", s.TextContent, StringComparison.Ordinal));
        Assert.NotNull(result.Document.QuerySelector("a[href='/informatie/kinderen-helpen-na-geweld']"));
        Assert.Null(result.Document.QuerySelector("input[name='naam'], input[name='name']"));
    }

    [Fact]
    public async Task An_incomplete_form_is_not_scored_and_names_the_missing_items()
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13));
        values.Remove("v4");
        values.Remove("v11");

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        var missing = result.Document.QuerySelectorAll(".error-summary li").Select(li => Html.Squash(li.TextContent)).ToList();
        Assert.Equal(2, missing.Count);
        Assert.StartsWith("Vraag 4:", missing[0], StringComparison.Ordinal);
        Assert.StartsWith("Vraag 11:", missing[1], StringComparison.Ordinal);
        // What was entered is kept.
        Assert.True(((IHtmlInputElement)result.Document.QuerySelector("#v1-vaak")!).IsChecked);
    }

    [Theory]
    [InlineData("v3", "2", "Vraag 3: dit antwoord bestaat niet")]
    [InlineData("v14", "vaak", "Vraag 14 bestaat niet")]
    [InlineData("versie", "buurman", "Kies welke versie is ingevuld")]
    [InlineData("leeftijd", "twaalf", "Vul de leeftijd in")]
    [InlineData("gemeente", "amsterdam", "Kies een gemeente uit de lijst")]
    [InlineData("signalen", "zomaar", "Een van de signalen bestaat niet")]
    public async Task Tampered_values_get_a_clear_error_and_no_score(string field, string value, string message)
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13));
        values[field] = value;

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        Assert.Contains(result.Document.QuerySelectorAll(".error-summary a"), a => a.TextContent.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_8_to_18_the_sums_are_shown_marked_and_another_instrument_is_advised()
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(age: 6, answers: Repeat("vaak", 13)), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.Contains("Niet gevalideerd voor 6 jaar.", text, StringComparison.Ordinal);
        Assert.Contains("Scores (alleen een optelling)", text, StringComparison.Ordinal);
        Assert.Contains("geldt niet voor deze leeftijd", text, StringComparison.Ordinal);
        Assert.Contains("Advies: een andere vragenlijst gebruiken", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("V1")]
    public async Task A_repeated_answer_field_is_refused_not_resolved_by_order(string second)
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13)).ToList();
        values.Add(new(second, "helemaal-niet"));

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        Assert.Contains(result.Document.QuerySelectorAll(".error-summary a"),
            a => a.TextContent.StartsWith("Vraag 1 is meer dan één keer verstuurd", StringComparison.Ordinal) && a.GetAttribute("href") == "#vraag-1");
        // Refused, so not also listed as missing.
        Assert.DoesNotContain(result.Document.QuerySelectorAll(".error-summary li"), li => li.TextContent.Contains("Vraag 1:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("v01")]
    [InlineData("v1 ")]
    [InlineData("V14")]
    [InlineData("v0")]
    public async Task An_answer_field_the_form_never_makes_is_refused(string field)
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13));
        values[field] = "helemaal-niet";

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        Assert.Contains(result.Document.QuerySelectorAll(".error-summary a"), a => a.TextContent.StartsWith("Onbekend antwoordveld", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_repeated_age_is_refused()
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13)).ToList();
        values.Add(new("leeftijd", "7"));

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        Assert.Contains(result.Document.QuerySelectorAll(".error-summary a"), a => a.TextContent.StartsWith("Het veld 'leeftijd' is meer dan één keer verstuurd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_age_and_missing_items_are_all_named_at_once()
    {
        var (client, form) = await FormAsync();
        var values = Form(answers: Repeat("vaak", 13));
        values.Remove("leeftijd");
        values.Remove("versie");
        values.Remove("v4");
        values.Remove("v11");

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("table.scores"));
        var listed = result.Document.QuerySelectorAll(".error-summary li").Select(li => Html.Squash(li.TextContent)).ToList();
        Assert.Contains(listed, l => l.StartsWith("Kies welke versie", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.StartsWith("Vul de leeftijd in", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.StartsWith("Vraag 4:", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.StartsWith("Vraag 11:", StringComparison.Ordinal));
        Assert.Equal(4, listed.Count);
    }

    [Theory]
    [InlineData(3, "2")]
    [InlineData(4, "10")]
    public async Task A_child_of_0_to_4_is_referred_now_to_a_practitioner_for_young_children(int age, string weeks)
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(age: age, municipality: "", weeks: weeks, answers: Repeat("zelden", 3)), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.Contains("Advies: verwijzen voor diagnostiek en traumabehandeling", text, StringComparison.Ordinal);
        Assert.Contains($"Het kind is {age} jaar.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("opnieuw screenen", text, StringComparison.Ordinal);
        var suggestions = result.Document.QuerySelectorAll(".suggestion");
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            var ages = System.Text.RegularExpressions.Regex.Match(s.TextContent, @"Behandelt [a-z, ]+ van (\d+) tot en met (\d+) jaar");
            Assert.True(ages.Success);
            Assert.InRange(age, int.Parse(ages.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(ages.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task Above_the_cutoff_three_weeks_after_is_screened_again_and_the_page_says_to_tick_a_sign()
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(weeks: "3", answers: Repeat("vaak", 8)), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.Contains("Advies: over 4 weken opnieuw screenen", text, StringComparison.Ordinal);
        Assert.Contains("CRIES-13-totaalscore: 40, afkappunt 30: afkappunt bereikt", text, StringComparison.Ordinal);
        Assert.Contains("Vink dan dat signaal aan", text, StringComparison.Ordinal);
        Assert.Contains("psycho-educatie", text, StringComparison.Ordinal);
        Assert.Empty(result.Document.QuerySelectorAll(".suggestion"));
    }

    [Fact]
    public async Task Cries8_of_17_with_a_total_below_30_is_borderline_never_no_referral()
    {
        var (client, form) = await FormAsync();
        // Items 1, 2, 4 Vaak (15), 6 and 7 Zelden (2): CRIES-8 17, total 17.
        var answers = new[] { "vaak", "vaak", "helemaal-niet", "vaak", "helemaal-niet", "zelden", "zelden" };

        var result = await SignIn.SubmitAsync(client, form, Form(weeks: "6", answers: answers), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.Contains("Advies: grensgeval: over 4 weken opnieuw screenen en bespreken in het team", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nu niet verwijzen", text, StringComparison.Ordinal);
        Assert.Contains("bespreek de uitslag in het team", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_reads_right_and_explains_the_suggestions_and_their_waiting_times()
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(age: 9, answers: Repeat("vaak", 13)), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.DoesNotMatch(@"(?i)\bde kind\b", text);
        Assert.Contains("Afkappunten: Kind (zelfrapportage)", text, StringComparison.Ordinal);
        Assert.Contains("Volgorde: eerst wie het best past, daarna de kortste wachttijd.", text, StringComparison.Ordinal);
        var suggestions = result.Document.QuerySelectorAll(".suggestion").ToList();
        Assert.NotEmpty(suggestions);
        foreach (var s in suggestions)
        {
            var wait = Html.Squash(s.QuerySelector(".suggestion__wait")!.TextContent);
            var weeks = System.Text.RegularExpressions.Regex.Match(wait, @"Wachttijd: (\d+) we").Groups[1].Value;
            var marked = wait.Contains("langer dan de Treeknorm (14 weken)", StringComparison.Ordinal);
            Assert.Equal(weeks.Length > 0 && int.Parse(weeks, System.Globalization.CultureInfo.InvariantCulture) > 14, marked);
        }
        // Wim Brouwer (example data: Hilversum, 20 weeks) is suggested, and marked.
        Assert.Contains(suggestions, s => s.TextContent.Contains("langer dan de Treeknorm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recent_event_below_the_cutoff_is_screened_again_after_four_weeks()
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(weeks: "2", answers: Repeat("soms", 5)), "form[data-screening]");

        var text = Html.Squash(result.Text);
        Assert.Contains("Advies: over 4 weken opnieuw screenen", text, StringComparison.Ordinal);
        Assert.Empty(result.Document.QuerySelectorAll(".suggestion"));
    }

    [Theory]
    [InlineData("3", "cats-3-6", "CATS (3 tot en met 6 jaar)", new string[0])]
    [InlineData("5", "cats-3-6", "CATS (3 tot en met 6 jaar)", new string[0])]
    [InlineData("7", "cats-7-17", "CATS (7 tot en met 17 jaar)", new string[0])]
    [InlineData("8", "cries-13", "CRIES-13 (8 tot en met 18 jaar)", new[] { "cats-7-17" })]
    [InlineData("18", "cries-13", "CRIES-13 (8 tot en met 18 jaar)", new[] { "pcl-5" })]
    [InlineData("19", "pcl-5", "PCL-5 (vanaf 18 jaar)", new string[0])]
    public async Task The_start_page_opens_the_instrument_that_fits_the_age(string age, string id, string heading, string[] alsoOffered)
    {
        var (client, start) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        Assert.Equal("Traumascreening", start.H1);
        Assert.Equal(["/screening/cries-13", "/screening/cats-3-6", "/screening/cats-7-17", "/screening/pcl-5"],
            start.Document.QuerySelectorAll("ul.instruments a").Select(a => a.GetAttribute("href")));

        var form = await SignIn.SubmitAsync(client, start, new Dictionary<string, string> { ["leeftijd"] = age }, "form[data-choose]");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.True(form.Response.Headers.CacheControl?.NoStore);
        Assert.Equal($"Traumascreening: {heading}", form.H1);
        Assert.Equal($"/screening/{id}", form.Document.QuerySelector("form[data-screening]")!.GetAttribute("action"));
        Assert.Equal(age, ((IHtmlInputElement)form.Document.QuerySelector("#leeftijd")!).Value);
        Assert.Equal(alsoOffered, form.Document.QuerySelectorAll(".fitting__other input[name='instrument']").Select(i => i.GetAttribute("value")));

        // Another fitting instrument opens with the age kept.
        if (alsoOffered.Length > 0)
        {
            var other = await SignIn.SubmitAsync(client, form, [], ".fitting__other");
            Assert.Equal($"/screening/{alsoOffered[0]}", other.Document.QuerySelector("form[data-screening]")!.GetAttribute("action"));
            Assert.Equal(age, ((IHtmlInputElement)other.Document.QuerySelector("#leeftijd")!).Value);
        }
    }

    [Fact]
    public async Task For_an_age_without_an_instrument_the_start_page_says_so_and_refers_young_children()
    {
        var (client, start) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);

        var result = await SignIn.SubmitAsync(client, start, new Dictionary<string, string> { ["leeftijd"] = "2" }, "form[data-choose]");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Null(result.Document.QuerySelector("form[data-screening]"));
        var text = Html.Squash(result.Text);
        Assert.Contains("Voor 2 jaar is er geen vragenlijst.", text, StringComparison.Ordinal);
        Assert.Contains("Verwijs nu naar een behandelaar die jonge kinderen behandelt.", text, StringComparison.Ordinal);

        var missing = await SignIn.SubmitAsync(client, start, new Dictionary<string, string> { ["leeftijd"] = "" }, "form[data-choose]");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains(missing.Document.QuerySelectorAll(".error-summary a"), a => a.TextContent.StartsWith("Vul de leeftijd in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cries_result_outside_its_ages_offers_the_instrument_that_fits()
    {
        var (client, form) = await FormAsync();

        var result = await SignIn.SubmitAsync(client, form, Form(age: 6, answers: Repeat("vaak", 13)), "form[data-screening]");

        Assert.Contains("Gebruik voor 6 jaar: CATS (3 tot en met 6 jaar).", Html.Squash(result.Text), StringComparison.Ordinal);
        foreach (var advice in result.Document.QuerySelectorAll(".result .alert--stale, .result ol.advice, .result ul.reasons"))
        {
            Assert.DoesNotContain("ouderversie", advice.TextContent, StringComparison.Ordinal);
        }
        var cats = await SignIn.SubmitAsync(client, result, [], ".result .fitting__other");
        Assert.Equal("Traumascreening: CATS (3 tot en met 6 jaar)", cats.H1);
        Assert.Equal("6", ((IHtmlInputElement)cats.Document.QuerySelector("#leeftijd")!).Value);
    }

    [Fact]
    public async Task An_unknown_instrument_is_not_found()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);

        var page = await client.GetPageAsync("/screening/cries-14");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        using var content = new FormUrlEncodedContent(Form(answers: Repeat("vaak", 13)));

        var response = await client.PostAsync(new Uri("/screening/cries-13", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("CRIES-13-totaalscore", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_in_the_url_are_never_scored()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var query = string.Join('&', Form(answers: Repeat("vaak", 13)).Select(p => $"{p.Key}={p.Value}"));

        var page = await client.GetPageAsync($"/screening/cries-13?{query}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("table.scores"));
        Assert.Null(page.Document.QuerySelector("#v1-vaak[checked]"));
    }

    [Fact]
    public async Task A_full_screening_leaves_none_of_its_values_in_the_log()
    {
        var (client, form) = await FormAsync();
        var answers = new[] { "vaak", "zelden", "soms", "vaak", "helemaal-niet", "soms", "zelden", "vaak", "soms", "vaak", "zelden", "soms", "vaak" };
        var values = Form(age: 13, municipality: "wijdemeren", weeks: "37", answers: answers);
        values["signalen"] = "comorbiditeit";

        var result = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        var total = Html.Squash(result.Document.QuerySelector("table.scores tr.scores__total:last-child td")!.TextContent);
        await _site.Log.WaitForAsync("RequestPath=\"/screening\" StatusCode=200");

        var log = _site.Log.All;
        Assert.Contains("RequestMethod=\"POST\"", log, StringComparison.Ordinal);
        foreach (var secret in new[] { "wijdemeren", "Wijdemeren", "comorbiditeit", "helemaal-niet", "zelden", "soms", "vaak", "leeftijd", "weken", "versie" })
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
        // No property holds the total score (status codes and timings aside).
        Assert.DoesNotMatch($@"(?<!StatusCode)(?<!Elapsed)={total}(?![\d.])", log);
        foreach (var line in _site.Log.Lines)
        {
            Assert.DoesNotContain("v1=", line, StringComparison.Ordinal);
            Assert.DoesNotContain("?", line.Split("RequestPath=")[^1].Split(' ')[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_the_provider()
    {
        var (client, form) = await FormAsync();

        var signedOut = await SignIn.SubmitAsync(client, form, new Dictionary<string, string>(), "form.signed-in__form");
        var again = await client.GetPageAsync("/screening");

        Assert.Equal("/uitgelogd", signedOut.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Je bent uitgelogd", signedOut.H1);
        // The provider's own session ended too: the login page is shown again, not a silent sign-in.
        Assert.Equal("/dev-idp/inloggen", again.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
