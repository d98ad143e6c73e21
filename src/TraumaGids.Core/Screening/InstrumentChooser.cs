namespace TraumaGids.Core.Screening;

/// <summary>Which instruments fit an age: those validated for it, in the order the content gives (<c>volgorde</c>).</summary>
public static class InstrumentChooser
{
    public static IReadOnlyList<Instrument> Fitting(IEnumerable<Instrument> instruments, int age)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        return [.. instruments.Where(i => i.ValidAges.Contains(age)).OrderBy(i => i.Order).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }
}
