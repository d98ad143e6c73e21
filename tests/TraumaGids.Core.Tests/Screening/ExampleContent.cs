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
                Cries = Content.FindInstrument("cries-13") ?? throw new InvalidOperationException("content/instrumenten/cries-13.yml did not load");
                return;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }

    public ContentSet Content { get; } = null!;

    public Instrument Cries { get; } = null!;
}
