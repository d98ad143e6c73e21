using System.Text;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Lijst;

/// <summary>
/// The shortlist as plain text, to paste into a referral letter or an e-mail: per practitioner what a
/// referrer and a client need to get in touch, then the urgent numbers. Nothing about the client.
/// </summary>
public static class ShortlistText
{
    /// <param name="siteAddress">The site's own address ("https://traumagids.example/"), for the profile links.</param>
    public static string For(IReadOnlyList<Practitioner> practitioners, Vocabularies vocabularies, DateOnly today, Uri siteAddress)
    {
        ArgumentNullException.ThrowIfNull(practitioners);
        ArgumentNullException.ThrowIfNull(vocabularies);
        ArgumentNullException.ThrowIfNull(siteAddress);
        var v = vocabularies;
        var text = new StringBuilder();
        text.AppendLine("Behandelaars voor hulp na geweld of trauma in Gooi en Vechtstreek");
        text.AppendLine(Dutch.Culture, $"(uit TraumaGids, {Dutch.Date(today)})");
        for (var i = 0; i < practitioners.Count; i++)
        {
            var p = practitioners[i];
            text.AppendLine();
            text.AppendLine(Dutch.Culture, $"{i + 1}. {p.Name}: {v.Disciplines.Label(p.Discipline)}{(p.Organisation is null ? "" : ", " + p.Organisation)}");
            text.AppendLine(Dutch.Culture, $"   Leeftijd: {Dutch.Ages(p.Ages.From, p.Ages.To)}");
            text.AppendLine(Dutch.Culture, $"   Methoden: {Dutch.ListInSentence(p.Methods.Select(v.Methods.Label))}");
            text.AppendLine(Dutch.Culture, $"   Waar: {Compare.Places(p, v)}");
            text.AppendLine(Dutch.Culture, $"   Talen: {Dutch.List(p.Languages.Select(v.Languages.Label))}");
            text.AppendLine(Dutch.Culture, $"   Betaling: {Dutch.ListInSentence(p.Funding.Select(v.Funding.Label))}");
            text.AppendLine(Dutch.Culture, $"   {Compare.Waiting(p)}");
            if (p.HowToRefer is { } refer)
            {
                text.AppendLine(Dutch.Culture, $"   Verwijzen: {Dutch.ListInSentence(refer.Routes.Select(v.ReferralRoutes.Label))}");
                var intake = new[] { refer.Phone is null ? null : "telefoon " + refer.Phone, refer.Email is null ? null : "e-mail " + refer.Email }.OfType<string>().ToList();
                if (intake.Count > 0)
                {
                    text.AppendLine(Dutch.Culture, $"   Aanmelden: {Dutch.List(intake)}{(refer.Reachable is null ? "" : $"; bereikbaar: {refer.Reachable}")}");
                }
            }
            var contact = new[] { p.Contact.Phone is null ? null : "telefoon " + p.Contact.Phone, p.Contact.Email is null ? null : "e-mail " + p.Contact.Email, p.Contact.Website?.ToString() }.OfType<string>().ToList();
            text.AppendLine(Dutch.Culture, $"   Contact: {Dutch.List(contact)}");
            foreach (var location in p.Locations)
            {
                text.AppendLine(Dutch.Culture, $"   Adres: {location.Address}, {location.Postcode} {location.Place}");
            }
            text.AppendLine(Dutch.Culture, $"   Meer informatie: {new Uri(siteAddress, $"behandelaars/{p.Slug}")}");
        }
        text.AppendLine();
        text.AppendLine("Direct gevaar? Bel 112.");
        text.Append("Zorgen over geweld thuis? Bel Veilig Thuis: 0800-2000 (gratis en anoniem, dag en nacht).");
        return text.ToString();
    }
}
