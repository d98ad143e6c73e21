namespace TraumaGids.Core.Region;

/// <summary>
/// One figure of the overview: how many practitioners take new clients (<see cref="Available"/>), how
/// many have a referral stop, and the median waiting time of the available ones (null when there are none).
/// </summary>
public readonly record struct RegionCell(int Available, int Stopped, double? MedianWeeks)
{
    public int Total => Available + Stopped;

    /// <summary>The middle value of the sorted weeks, or the mean of the two middle values; null for none.</summary>
    public static double? Median(List<int> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (weeks.Count == 0)
        {
            return null;
        }
        weeks.Sort();
        var middle = weeks.Count / 2;
        return weeks.Count % 2 == 1 ? weeks[middle] : (weeks[middle - 1] + weeks[middle]) / 2.0;
    }
}
