namespace TraumaGids.Core.Region;

/// <summary>
/// One figure of the overview: how many practitioners take new clients (<see cref="Available"/>), how
/// many have a referral stop, and the median waiting time of the available ones (null when there are none).
/// </summary>
public readonly record struct RegionCell(int Available, int Stopped, double? MedianWeeks)
{
    public int Total => Available + Stopped;
}
