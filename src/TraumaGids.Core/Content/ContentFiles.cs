using System.Collections.Concurrent;
using System.Text;

namespace TraumaGids.Core.Content;

/// <summary>
/// The text of every file the loader reads from a content directory (<c>vocabulaires.yml</c>,
/// <c>zoekwoorden.yml</c>, <c>behandelaars/*.md</c>, <c>aanbod/*.md</c>, <c>informatie/*.md</c>,
/// <c>instrumenten/*.yml</c>), read once, in parallel, by relative path with '/' separators. Immutable:
/// a reload reads a new one, re-reading only the files whose size or write time changed.
/// </summary>
public sealed class ContentFiles
{
    /// <summary>The folders with one file per item, and the extension of their files.</summary>
    public static readonly IReadOnlyList<(string Folder, string Extension)> Folders =
    [
        (ContentLoader.PractitionersFolder, ".md"),
        (ContentLoader.OffersFolder, ".md"),
        (ContentLoader.InfoPagesFolder, ".md"),
        (ContentLoader.InstrumentsFolder, ".yml"),
    ];

    /// <summary>The single files at the top of the directory.</summary>
    public static readonly IReadOnlyList<string> TopFiles = [Vocabularies.FileName, SearchWords.FileName];

    private readonly Dictionary<string, ContentFile> _files;
    private readonly HashSet<string> _folders;

    private ContentFiles(string root, Dictionary<string, ContentFile> files, HashSet<string> folders, string fingerprint)
    {
        Root = root;
        _files = files;
        _folders = folders;
        _fingerprint = fingerprint;
    }

    private readonly string _fingerprint;

    /// <summary>No files: for checking one file's text on its own (<see cref="ContentLoader.LoadPractitioner"/>).</summary>
    public static ContentFiles None { get; } = new(string.Empty, new Dictionary<string, ContentFile>(StringComparer.Ordinal), [], string.Empty);

    /// <summary>
    /// A file written this recently may be written again within the same tick of a coarse file-system
    /// clock (some shared volumes keep seconds) without its size changing: it is always read again, and
    /// its text counts in the fingerprint.
    /// </summary>
    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(3);

    /// <summary>The full path of the directory.</summary>
    public string Root { get; }

    /// <summary>Every file by relative path.</summary>
    public IReadOnlyDictionary<string, ContentFile> Files => _files;

    /// <summary>Whether the folder exists in the directory.</summary>
    public bool HasFolder(string folder) => _folders.Contains(folder);

    /// <summary>The relative paths of the files in a folder, in ordinal order.</summary>
    public IEnumerable<string> In(string folder) =>
        _files.Keys.Where(path => path.Length > folder.Length && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == '/')
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Reads the directory. Files whose size and write time equal those in <paramref name="previous"/>
    /// keep their text from it without being read again. Throws only for a missing directory.
    /// </summary>
    public static ContentFiles Read(string directory, ContentFiles? previous = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Content directory not found: {root}");
        }
        var recent = DateTime.UtcNow - Recent;
        var stamps = Stamps(root, out var folders);
        var files = new ConcurrentDictionary<string, ContentFile>(StringComparer.Ordinal);
        Parallel.ForEach(stamps, stamp =>
        {
            var (relative, length, written) = stamp;
            files[relative] = previous is not null && previous._files.TryGetValue(relative, out var known) && known.Length == length && known.Written == written && written < recent
                ? known
                : ReadOne(Path.Combine(root, relative), relative, length, written);
        });
        var read = new Dictionary<string, ContentFile>(files, StringComparer.Ordinal);
        return new ContentFiles(root, read, folders, Fingerprint(stamps, folders));
    }

    /// <summary>The fingerprint of the files as read: their names, sizes and write times.</summary>
    public string Fingerprint() => _fingerprint;

    /// <summary>
    /// Whether these files hold exactly what <paramref name="previous"/> held: the same names, sizes and
    /// write times, and the same text for every file that was read again (recently written ones are).
    /// </summary>
    public bool SameAs(ContentFiles? previous) =>
        previous is not null && previous._fingerprint == _fingerprint &&
        _files.All(f => previous._files.TryGetValue(f.Key, out var known) &&
            (ReferenceEquals(known, f.Value) || (string.Equals(known.Text, f.Value.Text, StringComparison.Ordinal) && known.Error == f.Value.Error)));

    private static string Fingerprint(List<(string Relative, long Length, DateTime Written)> stamps, HashSet<string> folders)
    {
        var text = new StringBuilder();
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            text.Append(folder).Append("/\n");
        }
        foreach (var (relative, length, written) in stamps.OrderBy(s => s.Relative, StringComparer.Ordinal))
        {
            text.Append(relative).Append('|').Append(length).Append('|').Append(written.Ticks).Append('\n');
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The same files, one of them with other text (the last good version of a broken file).</summary>
    public ContentFiles With(string relativePath, string text)
    {
        var files = new Dictionary<string, ContentFile>(_files, StringComparer.Ordinal);
        var known = files[relativePath];
        files[relativePath] = known with { Text = text, Error = null };
        return new ContentFiles(Root, files, _folders, _fingerprint);
    }

    private static List<(string Relative, long Length, DateTime Written)> Stamps(string root, out HashSet<string> folders)
    {
        var stamps = new List<(string, long, DateTime)>();
        folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in TopFiles)
        {
            var info = new FileInfo(Path.Combine(root, name));
            if (info.Exists)
            {
                stamps.Add((name, info.Length, info.LastWriteTimeUtc));
            }
        }
        foreach (var (folder, extension) in Folders)
        {
            var path = new DirectoryInfo(Path.Combine(root, folder));
            if (!path.Exists)
            {
                continue;
            }
            folders.Add(folder);
            try
            {
                foreach (var info in path.EnumerateFiles("*" + extension))
                {
                    // EnumerateFiles("*.md") also matches "x.mdx" on some platforms: the loader reads exactly *.md.
                    if (info.Name.EndsWith(extension, StringComparison.Ordinal))
                    {
                        stamps.Add((folder + "/" + info.Name, info.Length, info.LastWriteTimeUtc));
                    }
                }
            }
            catch (DirectoryNotFoundException)
            {
                // Removed while being listed: as if it was never there.
                folders.Remove(folder);
            }
        }
        return stamps;
    }

    private static ContentFile ReadOne(string path, string relative, long length, DateTime written)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes)
                .TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
            return new ContentFile(relative, text, null, length, written);
        }
        catch (DecoderFallbackException)
        {
            return new ContentFile(relative, null, "is geen geldige UTF-8-tekst; sla het bestand op als UTF-8", length, written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Also a file removed between listing and reading: reported, and the next reload no longer lists it.
            return new ContentFile(relative, null, $"kan niet gelezen worden ({ex.Message})", length, written);
        }
    }
}

/// <summary>One file of a <see cref="ContentFiles"/>: its text, or why it could not be read.</summary>
public sealed record ContentFile(string RelativePath, string? Text, string? Error, long Length, DateTime Written);
