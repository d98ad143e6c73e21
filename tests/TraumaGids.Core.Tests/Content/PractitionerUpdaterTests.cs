using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>An update becomes edits of exactly the fields that change, checked with the loader.</summary>
public sealed class PractitionerUpdaterTests
{
    private static readonly DateOnly Today = ContentTree.Today;

    private static (ContentSet Set, Practitioner Current) Load()
    {
        using var tree = ContentTree.Valid();
        var set = tree.Load();
        return (set, Assert.Single(set.Practitioners));
    }

    private static PractitionerUpdate Same(Practitioner p) => new()
    {
        WaitingWeeks = p.WaitingTime.Weeks,
        ReferralStop = p.ReferralStop,
        ReferralStopNote = p.ReferralStopNote,
        ReferralStopUntil = p.ReferralStopUntil,
        HowToRefer = p.HowToRefer,
    };

    [Fact]
    public void Saving_unchanged_values_only_confirms_the_waiting_time()
    {
        var (_, current) = Load();

        var (text, changes) = PractitionerUpdater.Apply(SampleContent.Practitioner, current, Same(current), Today);

        Assert.Equal([new FieldChange("wachttijd.gecontroleerd", "2026-10-01", "2026-11-01")], changes);
        Assert.Equal(SampleContent.Practitioner.Replace("  gecontroleerd: 2026-10-01", "  gecontroleerd: 2026-11-01", StringComparison.Ordinal), text);
    }

    [Fact]
    public void A_full_update_loads_back_as_entered()
    {
        var (set, current) = Load();
        var update = new PractitionerUpdate
        {
            WaitingWeeks = 3,
            ReferralStop = true,
            ReferralStopNote = "Tot de zomer: bel # voor advies",
            ReferralStopUntil = new DateOnly(2027, 6, 1),
            HowToRefer = new HowToRefer(["wijkteam", "zelf-aanmelden"], "035 123 4567", null, "ma: 9-12"),
            StillCorrect = true,
        };

        var (text, changes) = PractitionerUpdater.Apply(SampleContent.Practitioner, current, update, Today);
        var (loaded, issues) = ContentLoader.LoadPractitioner(SampleContent.PractitionerPath, text, set, Today);

        Assert.Empty(issues);
        Assert.Equal(3, loaded!.WaitingTime.Weeks);
        Assert.Equal(Today, loaded.WaitingTime.CheckedOn);
        Assert.Equal(update.ReferralStopNote, loaded.ReferralStopNote);
        Assert.Equal(update.ReferralStopUntil, loaded.ReferralStopUntil);
        Assert.Equal(update.HowToRefer.Routes, loaded.HowToRefer!.Routes);
        Assert.Equal(("035 123 4567", null, "ma: 9-12"), (loaded.HowToRefer.Phone, loaded.HowToRefer.Email, loaded.HowToRefer.Reachable));
        Assert.Equal(Today, loaded.LastReviewed);
        Assert.Equal(["wachttijd.weken", "wachttijd.gecontroleerd", "aanmeldstop-toelichting", "aanmeldstop-tot", "verwijzen.routes", "verwijzen.telefoon", "verwijzen.bereikbaar", "laatst-beoordeeld"],
            changes.Select(c => c.Field));
    }

    [Fact]
    public void Ending_the_stop_removes_its_note_and_end_date()
    {
        var withUntil = SampleContent.Practitioner.ReplaceOnce("aanmeldstop-toelichting: Tot 1 januari geen nieuwe aanmeldingen.\n",
            "aanmeldstop-toelichting: Tot 1 januari geen nieuwe aanmeldingen.\naanmeldstop-tot: 2027-01-01\n");
        using var tree = ContentTree.Valid().With(SampleContent.PractitionerPath, withUntil);
        var set = tree.Load();
        var current = Assert.Single(set.Practitioners);

        var (text, changes) = PractitionerUpdater.Apply(withUntil, current, Same(current) with { ReferralStop = false }, Today);

        Assert.Equal(
            SampleContent.Practitioner
                .Replace("aanmeldstop: true\naanmeldstop-toelichting: Tot 1 januari geen nieuwe aanmeldingen.\n", "aanmeldstop: false\n", StringComparison.Ordinal)
                .Replace("  gecontroleerd: 2026-10-01", "  gecontroleerd: 2026-11-01", StringComparison.Ordinal),
            text);
        Assert.Contains(new FieldChange("aanmeldstop-tot", "2027-01-01", null), changes);
        Assert.Empty(ContentLoader.LoadPractitioner(SampleContent.PractitionerPath, text, set, Today).Issues);
    }

    [Fact]
    public void LoadPractitioner_reports_what_the_directory_load_reports()
    {
        var (set, _) = Load();
        var broken = SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zes");

        var (practitioner, issues) = ContentLoader.LoadPractitioner(SampleContent.PractitionerPath, broken, set, Today);
        using var tree = ContentTree.Valid().With(SampleContent.PractitionerPath, broken);

        Assert.Null(practitioner);
        Assert.Equal(tree.Load().Issues, issues);
    }

    [Theory]
    [InlineData("8f3c-subject", null, true)]
    [InlineData("8F3C-SUBJECT", null, false)] // a subject id is matched exactly
    [InlineData(null, "A.Kaya@Example.org", true)] // an e-mail address in any letter case
    [InlineData("a.kaya@example.org", null, true)]
    [InlineData("iemand", "iemand@example.org", false)]
    [InlineData(null, null, false)]
    public void IsManagedBy_matches_subject_exactly_and_email_in_any_case(string? subject, string? email, bool expected)
    {
        var p = Load().Current with { Managers = ["a.kaya@example.org", "8f3c-subject"] };

        Assert.Equal(expected, p.IsManagedBy(subject, email));
    }
}
