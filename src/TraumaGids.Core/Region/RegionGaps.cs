namespace TraumaGids.Core.Region;

/// <summary>
/// Where the offer for one age band is missing: combinations with no practitioner who takes new clients.
/// Only methods meant for the band (the offer's target groups) count as a gap; EMDR for toddlers is not missing.
/// </summary>
/// <param name="Nowhere">Methods no available practitioner offers anywhere, not even online.</param>
/// <param name="Municipalities">Per municipality (all of them, in vocabulary order): the other methods no available practitioner offers there.</param>
/// <param name="Languages">Languages no available practitioner who treats (not only supports) speaks, for this band, in the region or online.</param>
public sealed record RegionGaps(
    AgeBand Band,
    IReadOnlyList<string> Nowhere,
    IReadOnlyList<MunicipalityGaps> Municipalities,
    IReadOnlyList<string> Languages);

/// <param name="Methods">Methods meant for the band that no available practitioner offers in the municipality (the methods missing everywhere left out).</param>
/// <param name="OnlineMethods">Those of <paramref name="Methods"/> an available practitioner offers online.</param>
public sealed record MunicipalityGaps(RegionPlace Municipality, IReadOnlyList<string> Methods, IReadOnlyList<string> OnlineMethods);
