using TraumaGids.Core.Content;

namespace TraumaGids.Core.Screening;

/// <summary>Small pieces of Dutch the screening texts are built from.</summary>
public static class DutchText
{
    /// <summary>"8 tot en met 18 jaar", or "vanaf 18 jaar" for an open upper end.</summary>
    public static string Ages(AgeRange ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        return ages.To >= 99 ? $"vanaf {ages.From} jaar" : $"{ages.From} tot en met {ages.To} jaar";
    }

    /// <summary>
    /// Who a practitioner treats, read from the ages: "kinderen, jongeren en volwassenen van 8 tot en met 65 jaar".
    /// Children are under 12, young people 12 to 18 (youth care runs up to and including 18), adults from 19,
    /// or from 18 when the range starts there.
    /// </summary>
    public static string AgeGroups(AgeRange ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        var groups = new List<string>();
        if (ages.From < 12)
        {
            groups.Add("kinderen");
        }
        if (ages.From <= 18 && ages.To >= 12 && !(ages.From == 18 && ages.To > 18))
        {
            groups.Add("jongeren");
        }
        if (ages.To > 18)
        {
            groups.Add("volwassenen");
        }
        return $"{List(groups)} {(ages.To >= 99 ? $"vanaf {ages.From} jaar" : $"van {ages.From} tot en met {ages.To} jaar")}";
    }

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1];
    }
}
