using System.Globalization;

namespace TraumaGids.Core.Content;

/// <summary>What a practitioner may change about their own profile, as entered in the update form.</summary>
public sealed record PractitionerUpdate
{
    public required int WaitingWeeks { get; init; }
    public bool ReferralStop { get; init; }

    /// <summary>Kept only with a referral stop.</summary>
    public string? ReferralStopNote { get; init; }

    /// <summary>Kept only with a referral stop.</summary>
    public DateOnly? ReferralStopUntil { get; init; }

    /// <summary>Null removes the <c>verwijzen</c> block.</summary>
    public HowToRefer? HowToRefer { get; init; }

    /// <summary>"Mijn gegevens kloppen nog": sets <c>laatst-beoordeeld</c> to today.</summary>
    public bool StillCorrect { get; init; }
}

/// <summary>One field that changed, with its values as written in the file (null: absent).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// Turns an update into edits of the file's front matter: only fields whose value changes are touched,
/// through <see cref="FrontMatterEditor"/>, so the rest of the file stays as it was. Saving always
/// confirms the waiting time: <c>wachttijd.gecontroleerd</c> becomes today.
/// </summary>
public static class PractitionerUpdater
{
    // Where a field goes when the file does not have it yet: after the first of these that exists.
    private static readonly string[] AfterStop = ["wachttijd"];
    private static readonly string[] AfterNote = ["aanmeldstop", "wachttijd"];
    private static readonly string[] AfterUntil = ["aanmeldstop-toelichting", "aanmeldstop", "wachttijd"];
    private static readonly string[] AfterRefer = ["aanmeldstop-tot", "aanmeldstop-toelichting", "aanmeldstop", "wachttijd"];

    /// <param name="text">The file as read.</param>
    /// <param name="current">The same file, loaded (<see cref="ContentLoader.LoadPractitioner"/>).</param>
    public static (string Text, IReadOnlyList<FieldChange> Changes) Apply(string text, Practitioner current, PractitionerUpdate update, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(update);
        var editor = FrontMatterEditor.Open(text);
        var changes = new List<FieldChange>();

        void Change(string field, string? old, string? value, string? yaml, string[] after)
        {
            if (old == value)
            {
                return;
            }
            changes.Add(new FieldChange(field, old, value));
            if (yaml is null)
            {
                editor.Remove(field);
            }
            else
            {
                editor.Set(field, yaml, after);
            }
        }
        void Text(string field, string? old, string? value, string[] after) =>
            Change(field, old, value, value is null ? null : FrontMatterEditor.Scalar(value), after);
        void Date(string field, DateOnly? old, DateOnly? value, string[] after) =>
            Change(field, Iso(old), Iso(value), value is null ? null : FrontMatterEditor.Scalar(value.Value), after);

        Change("wachttijd.weken", Number(current.WaitingTime.Weeks), Number(update.WaitingWeeks), FrontMatterEditor.Scalar(update.WaitingWeeks), AfterStop);
        Date("wachttijd.gecontroleerd", current.WaitingTime.CheckedOn, today, AfterStop);
        Change("aanmeldstop", Bool(current.ReferralStop), Bool(update.ReferralStop), FrontMatterEditor.Scalar(update.ReferralStop), AfterStop);
        Text("aanmeldstop-toelichting", current.ReferralStopNote, update.ReferralStop ? update.ReferralStopNote : null, AfterNote);
        Date("aanmeldstop-tot", current.ReferralStopUntil, update.ReferralStop ? update.ReferralStopUntil : null, AfterUntil);

        var (old, refer) = (current.HowToRefer, update.HowToRefer);
        if (refer is null && old is not null)
        {
            changes.Add(new FieldChange("verwijzen", Describe(old), null));
            editor.Remove("verwijzen");
        }
        else if (refer is not null)
        {
            // The same routes in another order (a form lists them in the vocabulary's order) are no change.
            if (old is not null && old.Routes.Count == refer.Routes.Count && !old.Routes.Except(refer.Routes, StringComparer.Ordinal).Any())
            {
                refer = refer with { Routes = old.Routes };
            }
            Change("verwijzen.routes", old is null ? null : string.Join(", ", old.Routes), string.Join(", ", refer.Routes), FrontMatterEditor.List(refer.Routes), AfterRefer);
            Text("verwijzen.telefoon", old?.Phone, refer.Phone, AfterRefer);
            Text("verwijzen.email", old?.Email, refer.Email, AfterRefer);
            Text("verwijzen.bereikbaar", old?.Reachable, refer.Reachable, AfterRefer);
        }

        if (update.StillCorrect)
        {
            Date("laatst-beoordeeld", current.LastReviewed, today, []);
        }
        return (editor.Text, changes);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(HowToRefer refer) => string.Join("; ",
        new[] { "routes: " + string.Join(", ", refer.Routes), refer.Phone, refer.Email, refer.Reachable }.Where(v => v is not null));
}
