namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// A query as residents and referrers type it, with the items that should come first, best first.
/// Items are page paths without the leading slash, e.g. <c>aanbod/emdr</c>.
/// </summary>
public sealed record JudgedQuery(string Text, IReadOnlyList<string> Expected, string Who);

/// <summary>
/// The judged query set for the example content. Judged by reading the content, not by looking at what
/// the engine returns: when a change makes a query worse, the change is wrong, not the judgement.
/// </summary>
public static class JudgedQueries
{
    private const string Resident = "inwoner";
    private const string Referrer = "verwijzer";

    public static IReadOnlyList<JudgedQuery> All { get; } =
    [
        // Residents: plain words, feelings, situations.
        new("wat is trauma", ["informatie/wat-is-trauma", "informatie/tekenen-bij-volwassenen"], Resident),
        new("mijn kind slaapt slecht na ruzie thuis", ["informatie/tekenen-bij-kinderen", "informatie/kinderen-helpen-na-geweld", "informatie/wat-is-huiselijk-geweld"], Resident),
        new("huiselijk geweld", ["informatie/wat-is-huiselijk-geweld", "informatie/na-je-melding-bij-veilig-thuis"], Resident),
        new("geweld thuis", ["informatie/wat-is-huiselijk-geweld", "informatie/na-je-melding-bij-veilig-thuis"], Resident),
        new("veilig thuis bellen", ["informatie/na-je-melding-bij-veilig-thuis", "informatie/wat-is-huiselijk-geweld"], Resident),
        new("hoe krijg ik hulp", ["informatie/hulp-krijgen"], Resident),
        new("nachtmerries", ["informatie/tekenen-bij-volwassenen", "informatie/tekenen-bij-kinderen"], Resident),
        new("snel weg knop", ["informatie/veilig-internetten"], Resident),
        new("geschiedenis wissen browser", ["informatie/veilig-internetten"], Resident),
        new("praten met lotgenoten", ["aanbod/lotgenotencontact", "behandelaars/lotgenotengroep-gooi"], Resident),
        new("ptss", ["informatie/wat-is-trauma", "aanbod/imaginaire-exposure", "aanbod/bepp", "aanbod/cognitieve-therapie"], Resident),
        new("posttraumatische stress", ["informatie/wat-is-trauma", "aanbod/imaginaire-exposure"], Resident),
        new("mijn kind zag geweld tussen ons", ["informatie/wat-is-huiselijk-geweld", "aanbod/ouder-kindbehandeling", "informatie/kinderen-helpen-na-geweld"], Resident),
        new("hulp voor mijn peuter", ["behandelaars/lotte-jansen", "aanbod/ouder-kindbehandeling", "behandelaars/sanne-bakker"], Resident),
        new("speltherapie", ["aanbod/traumagerichte-speltherapie", "behandelaars/sanne-bakker", "behandelaars/marloes-visser"], Resident),
        new("gratis hulp", ["behandelaars/fatima-bouzid", "behandelaars/lotgenotengroep-gooi", "aanbod/lotgenotencontact"], Resident),
        new("iemand die het zelf heeft meegemaakt", ["aanbod/ervaringsdeskundige-ondersteuning", "behandelaars/fatima-bouzid"], Resident),
        new("opvoeden na geweld", ["aanbod/traumasensitieve-opvoedondersteuning", "informatie/kinderen-helpen-na-geweld"], Resident),
        new("seksueel misbruik", ["behandelaars/mirjam-hoekstra", "behandelaars/samira-el-idrissi", "behandelaars/ruben-mulder"], Resident),
        new("eerwraak", ["behandelaars/samira-el-idrissi", "behandelaars/youssef-el-amrani"], Resident),
        new("gevlucht uit oorlog", ["behandelaars/tesfay-gebremedhin", "aanbod/kidnet", "behandelaars/olena-kovalenko", "aanbod/net"], Resident),
        new("therapie via beeldbellen", ["behandelaars/carmen-martinez", "behandelaars/youssef-el-amrani"], Resident),
        new("mijn oma wordt mishandeld", ["behandelaars/ingrid-de-boer"], Resident),
        new("slecht slapen en schrikken", ["informatie/tekenen-bij-volwassenen", "informatie/wat-is-trauma", "informatie/tekenen-bij-kinderen"], Resident),
        new("mijn tiener trekt zich terug", ["informatie/tekenen-bij-kinderen"], Resident),
        new("wat gebeurt er als ik een melding doe", ["informatie/na-je-melding-bij-veilig-thuis"], Resident),

        // Referrers: methods, places, ages, languages, disciplines.
        new("emdr kind hilversum", ["behandelaars/anna-de-vries", "behandelaars/wim-brouwer", "behandelaars/lotte-jansen"], Referrer),
        new("emdr kind hilversum arabisch", ["behandelaars/youssef-el-amrani"], Referrer),
        new("tf-cbt huizen", ["behandelaars/olena-kovalenko", "behandelaars/ruben-mulder", "behandelaars/noor-hendriks"], Referrer),
        new("traumagerichte cognitieve gedragstherapie", ["aanbod/tf-cbt"], Referrer),
        new("kidnet", ["aanbod/kidnet", "behandelaars/tesfay-gebremedhin", "behandelaars/noor-hendriks", "behandelaars/ruben-mulder"], Referrer),
        new("psycholoog turks", ["behandelaars/deniz-yilmaz", "behandelaars/ahmet-kaya"], Referrer),
        new("psychiater", ["behandelaars/leila-rahimi", "behandelaars/wim-brouwer"], Referrer),
        new("orthopedagoog", ["behandelaars/ruben-mulder", "behandelaars/noor-hendriks"], Referrer),
        new("systeemtherapie", ["behandelaars/pieter-van-dijk"], Referrer),
        new("gezinstherapie", ["behandelaars/pieter-van-dijk", "aanbod/ouder-kindbehandeling"], Referrer),
        new("oekraiens", ["behandelaars/olena-kovalenko"], Referrer),
        new("pools", ["behandelaars/katarzyna-nowak"], Referrer),
        new("tigrinya", ["behandelaars/tesfay-gebremedhin"], Referrer),
        new("papiaments", ["behandelaars/shirley-martina"], Referrer),
        new("bepp", ["aanbod/bepp", "behandelaars/deniz-yilmaz", "behandelaars/hans-vermeulen"], Referrer),
        new("imaginaire exposure", ["aanbod/imaginaire-exposure", "behandelaars/mirjam-hoekstra", "behandelaars/jeroen-smit"], Referrer),
        new("schrijftherapie", ["aanbod/schrijftherapie", "behandelaars/jeroen-smit"], Referrer),
        new("basis ggz volwassenen hilversum", ["behandelaars/jeroen-smit", "behandelaars/shirley-martina"], Referrer),
        new("emdr 15 jaar huizen", ["behandelaars/olena-kovalenko", "behandelaars/ruben-mulder"], Referrer),
        new("kind van 5 eemnes", ["behandelaars/noor-hendriks", "behandelaars/pieter-van-dijk"], Referrer),
        new("emdr bussum", ["behandelaars/mirjam-hoekstra", "behandelaars/ruben-mulder", "behandelaars/samira-el-idrissi"], Referrer),
        new("loosdrecht", ["behandelaars/marloes-visser"], Referrer),
        new("meldcode", ["informatie/voor-verwijzers", "informatie/traumascreening-bij-kinderen"], Referrer),
        new("hoe verwijs ik", ["informatie/voor-verwijzers", "informatie/hulp-krijgen"], Referrer),
        new("cries-13", ["informatie/traumascreening-bij-kinderen"], Referrer),
        new("jeugdwet", ["informatie/hulp-krijgen", "informatie/voor-verwijzers"], Referrer),

        // Misspellings.
        new("traumateraphie", ["aanbod/traumagerichte-speltherapie", "informatie/wat-is-trauma"], Resident),
        new("lotgenotencontakt", ["aanbod/lotgenotencontact"], Resident),
        new("nachtmeries", ["informatie/tekenen-bij-volwassenen", "informatie/tekenen-bij-kinderen"], Resident),
        new("huiselijk gewelt", ["informatie/wat-is-huiselijk-geweld"], Resident),
        new("psycholoog hilversim", ["behandelaars/anna-de-vries", "behandelaars/jeroen-smit", "behandelaars/youssef-el-amrani"], Referrer),
        new("ortopedagoog", ["behandelaars/ruben-mulder", "behandelaars/noor-hendriks"], Referrer),
    ];
}
