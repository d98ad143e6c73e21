using TraumaGids.Core.Content;
using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>The repository's own content, with the real CRIES-13 definition the site uses.</summary>
public sealed class ExampleContent
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public ExampleContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                Content = ContentLoader.Load(Path.Combine(dir.FullName, "content"), Today);
                Cries = Load("cries-13");
                Cats36 = Load("cats-3-6");
                Cats717 = Load("cats-7-17");
                Pcl5 = Load("pcl-5");
                return;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }

    public ContentSet Content { get; } = null!;

    public Instrument Cries { get; } = null!;

    public Instrument Cats36 { get; } = null!;

    public Instrument Cats717 { get; } = null!;

    public Instrument Pcl5 { get; } = null!;

    private Instrument Load(string id) =>
        Content.FindInstrument(id) ?? throw new InvalidOperationException($"content/instrumenten/{id}.yml did not load: " +
            string.Join("; ", Content.Issues.Select(i => $"{i.File}:{i.Line}: {i.Field}: {i.Message}")));
}
