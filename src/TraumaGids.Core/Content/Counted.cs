namespace TraumaGids.Core.Content;

/// <summary>Counts in Dutch that read right: "1 probleem", "2 problemen", "geen problemen".</summary>
public static class Counted
{
    /// <summary>"1 probleem", "2 problemen"; "geen problemen" for zero.</summary>
    public static string Problems(int count) => count == 0 ? "geen problemen" : Of(count, "probleem", "problemen");

    /// <summary>The number with the singular or the plural: "1 behandelaar", "0 behandelaars", "3 behandelaars".</summary>
    public static string Of(int count, string one, string more) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : more);
}
