using System.Text;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// A content directory built from strings in a fresh temporary folder, deleted on dispose.
/// <see cref="Valid"/> starts from <see cref="SampleContent"/>; tests then break one thing.
/// </summary>
internal sealed class ContentTree : IDisposable
{
    /// <summary>The "today" every test loads with, so dates in the samples never drift into the future.</summary>
    public static readonly DateOnly Today = new(2026, 11, 1);

    private ContentTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "traumagids-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>An empty directory: no vocabularies, no folders.</summary>
    public static ContentTree Empty() => new();

    /// <summary>The three folders and the vocabularies, but no content files.</summary>
    public static ContentTree Folders() => Empty()
        .With(Vocabularies.FileName, SampleContent.Vocabularies)
        .WithFolder(ContentLoader.PractitionersFolder)
        .WithFolder(ContentLoader.OffersFolder)
        .WithFolder(ContentLoader.InfoPagesFolder);

    /// <summary>A complete, valid tree: one practitioner, one offer, one information page.</summary>
    public static ContentTree Valid() => Folders()
        .With(SampleContent.PractitionerPath, SampleContent.Practitioner)
        .With(SampleContent.OfferPath, SampleContent.Offer)
        .With(SampleContent.InfoPagePath, SampleContent.InfoPage);

    /// <summary>Writes a file as UTF-8 without a byte order mark, creating folders as needed.</summary>
    public ContentTree With(string relativePath, string text) =>
        WithBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public ContentTree WithBytes(string relativePath, byte[] bytes)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public ContentTree WithFolder(string relativePath)
    {
        Directory.CreateDirectory(FullPath(relativePath));
        return this;
    }

    /// <summary>Deletes a file or a whole folder; fails when there is nothing to delete.</summary>
    public ContentTree Without(string relativePath)
    {
        var path = FullPath(relativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            throw new InvalidOperationException($"Nothing to delete at {relativePath}");
        }
        return this;
    }

    public ContentSet Load() => ContentLoader.Load(Root, Today);

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
