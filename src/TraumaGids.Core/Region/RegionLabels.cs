namespace TraumaGids.Core.Region;

/// <summary>Short forms of vocabulary labels for charts and narrow tables.</summary>
public static class RegionLabels
{
    /// <summary>"TF-CBT (traumagerichte cognitieve gedragstherapie)" → "TF-CBT": the label before its explanation in brackets.</summary>
    public static string WithoutExplanation(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var bracket = label.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? label[..bracket] : label;
    }
}
