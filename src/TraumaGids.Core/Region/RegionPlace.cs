namespace TraumaGids.Core.Region;

/// <summary>A column of the region overview: a municipality, online treatment, or the whole region.</summary>
public sealed record RegionPlace(string Key, string Label, RegionPlaceKind Kind)
{
    public const string OnlineKey = "online";
    public const string RegionKey = "regio";

    public static RegionPlace Online { get; } = new(OnlineKey, "Online", RegionPlaceKind.Online);

    public static RegionPlace Region { get; } = new(RegionKey, "Hele regio", RegionPlaceKind.Region);
}

public enum RegionPlaceKind
{
    /// <summary>Practitioners who list the municipality in <c>gemeenten</c> (where they see clients).</summary>
    Municipality,

    /// <summary>Practitioners who also treat online (<c>online: true</c>), wherever they are.</summary>
    Online,

    /// <summary>Every practitioner in the directory, each counted once.</summary>
    Region,
}
