using TraumaGids.Core.Content;

namespace TraumaGids.Web.Pages;

/// <summary>What the short practitioner summary (in lists and results) needs.</summary>
public sealed record PractitionerCard(Practitioner Practitioner, Vocabularies Vocabularies, DateOnly Today);
