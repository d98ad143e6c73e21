using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The start-up index kept on disk, by a key of what it was built from, so that a start with unchanged
/// content (a restart, a crash, a second replica on the same volume) copies the index into memory instead
/// of analysing every document again. The key (<see cref="Key"/>) hashes the code that writes the index
/// (this assembly's and Lucene.Net's module ids, the runtime) with exactly what is written: every
/// document's fields in index order and the search words the analysis is made of. Content that changes
/// in any way that reaches the index, including what only today's date decides, gives another key.
/// <para>
/// One folder per key, <c>&lt;key&gt;/</c>, with the index files and a manifest naming each file's length
/// and hash. It is written after the first answer (<see cref="Save"/>) into a temporary folder that is
/// then renamed: a reader sees a whole folder or none, and of two replicas writing the same key one
/// rename wins and the other drops its copy. The newest <see cref="Kept"/> keys stay; older ones, and
/// temporary folders left by a process that died, are removed (only names this store makes).
/// A missing, partial, corrupt or unreadable folder is never fatal: <see cref="Open"/> reports it
/// (<see cref="OnNote"/>) and gives nothing, the index is built as without a store, and <see cref="Save"/>
/// replaces the folder. It holds public content only.
/// </para>
/// </summary>
public sealed class IndexStore
{
    /// <summary>How many keys stay on disk: the one in use and the one before it.</summary>
    public const int Kept = 2;

    private const string Format = "traumagids-index-store 1";
    private const string ManifestName = "manifest.txt";
    private const string TemporarySuffix = ".tmp";

    /// <summary>A temporary folder this old belongs to a process that died while writing it.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    private readonly System.Threading.Lock _gate = new();
    private readonly List<IndexStoreNote> _notes = [];
    private Action<IndexStoreNote>? _sink;
    private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);
    private int _opened;
    private int _saved;

    /// <param name="directory">The folder the keys are kept in; made when the first one is saved.</param>
    public IndexStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder the keys are kept in.</summary>
    public string Directory { get; }

    /// <summary>How many times an index was opened from this store (for tests and the log).</summary>
    public int Opened => Volatile.Read(ref _opened);

    /// <summary>How many times an index was saved into this store.</summary>
    public int Saved => Volatile.Read(ref _saved);

    /// <summary>
    /// Sends what the store did and what went wrong to <paramref name="sink"/>: first what happened
    /// before (the store is used before the site's logger exists), then each new note as it happens.
    /// Notes name folders and files, never content.
    /// </summary>
    public void OnNote(Action<IndexStoreNote> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        lock (_gate)
        {
            foreach (var note in _notes)
            {
                sink(note);
            }
            _notes.Clear();
            _sink = sink;
        }
    }

    private void Note(bool warning, string message)
    {
        var note = new IndexStoreNote(warning, message);
        lock (_gate)
        {
            if (_sink is null)
            {
                _notes.Add(note);
            }
            else
            {
                _sink(note);
            }
        }
    }

    /// <summary>What the key says about the code: this assembly, Lucene.Net's and its analysis, and the runtime.</summary>
    internal static readonly string CodeKey = string.Join('\n',
        Format,
        typeof(IndexStore).Assembly.ManifestModule.ModuleVersionId,
        typeof(IndexWriter).Assembly.ManifestModule.ModuleVersionId,
        typeof(Lucene.Net.Analysis.Nl.DutchAnalyzer).Assembly.ManifestModule.ModuleVersionId,
        typeof(J2N.Character).Assembly.ManifestModule.ModuleVersionId,
        RuntimeInformation.FrameworkDescription);

    /// <summary>
    /// The key of the index these documents (in this order) make with the analysis of these search words,
    /// written by the code <paramref name="code"/> stands for (<see cref="CodeKey"/>; tests pass another):
    /// 32 hexadecimal digits. Each document is made and its fields hashed (in parallel): names and values
    /// exactly as the writer gets them.
    /// </summary>
    internal static string Key(string code, SearchWords words, IReadOnlyList<IndexBuilder.Source> documents)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(documents);
        var hashes = new UInt128[documents.Count];
        Parallel.For(0, documents.Count, n => hashes[n] = Hash(documents[n].Make()));
        var all = new XxHash128();
        Append(all, code);
        // Every property of the search words, also ones the analysis does not read today.
        Append(all, JsonSerializer.Serialize(words));
        Append(all, documents.Count);
        all.Append(MemoryMarshal.AsBytes(hashes.AsSpan()));
        return Convert.ToHexStringLower(all.GetCurrentHash());
    }

    /// <summary>
    /// The key (<see cref="Key"/>) of these documents, or null when it cannot be made (reported: the index is
    /// then written and not stored, as without a store).
    /// </summary>
    internal string? TryKey(SearchWords words, IReadOnlyList<IndexBuilder.Source> documents)
    {
        try
        {
            return Key(CodeKey, words, documents);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Note(warning: true, $"No key for the stored search index ({ex.GetType().Name}: {ex.Message}): building it, not storing it");
            return null;
        }
    }

    private static UInt128 Hash(Document document)
    {
        var hash = new XxHash128();
        foreach (var field in document.Fields)
        {
            Append(hash, field.Name);
            if (field.GetStringValue(CultureInfo.InvariantCulture) is { } text)
            {
                hash.Append([1]);
                Append(hash, text);
            }
            else if (field.GetBinaryValue() is { } bytes)
            {
                hash.Append([2]);
                Append(hash, bytes.Length);
                hash.Append(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
            }
            else if (field.GetInt64Value() is { } number)
            {
                hash.Append([3]);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)));
            }
            else
            {
                throw new InvalidOperationException($"Field {field.Name} has a value the index store cannot key");
            }
        }
        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, string text)
    {
        Append(hash, text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static void Append(XxHash128 hash, int number) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)));

    /// <summary>
    /// Whether any index is kept here. When none is (the first start on a new volume), start-up need not make
    /// the key before it writes the index: the key is made when the index is stored, after the first answer.
    /// In doubt (the folder cannot be read), yes.
    /// </summary>
    internal bool HoldsAny()
    {
        try
        {
            return System.IO.Directory.Exists(Directory) && System.IO.Directory.EnumerateDirectories(Directory).Any(d => IsKey(Path.GetFileName(d)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// The index stored under this key, copied into memory, or null when there is none or it cannot be used
    /// (reported, and replaced by the next <see cref="Save"/>). Every file is checked against the manifest
    /// (length and hash) and the index must hold this many documents.
    /// </summary>
    internal RAMDirectory? Open(string key, int documents)
    {
        var folder = Path.Combine(Directory, key);
        if (!System.IO.Directory.Exists(folder))
        {
            Note(warning: false, $"No stored search index {key} in {Directory}: building it");
            return null;
        }
        var copy = new RAMDirectory();
        try
        {
            var manifest = Manifest.Read(Path.Combine(folder, ManifestName));
            if (manifest.Key != key || manifest.Documents != documents)
            {
                throw new InvalidDataException($"{ManifestName} is of another index");
            }
            var buffer = new byte[1 << 16];
            foreach (var (name, length, hash) in manifest.Files)
            {
                using var input = new FileStream(Path.Combine(folder, name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);
                if (input.Length != length)
                {
                    throw new InvalidDataException($"{name} has {input.Length} bytes instead of {length}");
                }
                using var output = copy.CreateOutput(name, IOContext.DEFAULT);
                var check = new XxHash128();
                int read;
                while ((read = input.Read(buffer)) > 0)
                {
                    output.WriteBytes(buffer, 0, read);
                    check.Append(buffer.AsSpan(0, read));
                }
                if (Convert.ToHexStringLower(check.GetCurrentHash()) != hash)
                {
                    throw new InvalidDataException($"{name} is damaged (its hash differs)");
                }
            }
            using (var reader = DirectoryReader.Open(copy))
            {
                if (reader.MaxDoc != documents || reader.NumDocs != documents)
                {
                    throw new InvalidDataException($"the index holds {reader.NumDocs} documents instead of {documents}");
                }
            }
            Touch(folder);
            Interlocked.Increment(ref _opened);
            Note(warning: false, $"Search index opened from {folder}");
            return copy;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            copy.Dispose();
            lock (_gate)
            {
                _unusable.Add(key);
            }
            Note(warning: true, $"The stored search index {folder} cannot be used ({ex.GetType().Name}: {ex.Message}): building it instead");
            return null;
        }
    }

    /// <summary>
    /// Stores the index under its key, unless another process stored it meanwhile; then removes older keys.
    /// Never throws: a failure is reported (<see cref="OnNote"/>) and the next start builds the index again.
    /// </summary>
    internal void Save(string key, Lucene.Net.Store.Directory index, int documents)
    {
        var folder = Path.Combine(Directory, key);
        string? temporary = null;
        try
        {
            bool replace;
            lock (_gate)
            {
                replace = _unusable.Contains(key);
            }
            if (System.IO.Directory.Exists(folder) && !replace)
            {
                // Another replica stored the same content while this one built it.
                Prune(key);
                return;
            }
            System.IO.Directory.CreateDirectory(Directory);
            temporary = Path.Combine(Directory, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}");
            System.IO.Directory.CreateDirectory(temporary);
            var files = new List<(string Name, long Length, string Hash)>();
            var buffer = new byte[1 << 16];
            foreach (var name in index.ListAll().Order(StringComparer.Ordinal))
            {
                using var input = index.OpenInput(name, IOContext.READ_ONCE);
                using var output = new FileStream(Path.Combine(temporary, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
                var hash = new XxHash128();
                var left = input.Length;
                while (left > 0)
                {
                    var chunk = (int)Math.Min(buffer.Length, left);
                    input.ReadBytes(buffer, 0, chunk);
                    output.Write(buffer, 0, chunk);
                    hash.Append(buffer.AsSpan(0, chunk));
                    left -= chunk;
                }
                output.Flush(flushToDisk: true);
                files.Add((name, input.Length, Convert.ToHexStringLower(hash.GetCurrentHash())));
            }
            new Manifest(key, documents, files).Write(Path.Combine(temporary, ManifestName));
            if (replace && System.IO.Directory.Exists(folder))
            {
                // The folder under this key could not be used: moved aside (one rename) and removed.
                var aside = temporary + ".old";
                try
                {
                    System.IO.Directory.Move(folder, aside);
                    System.IO.Directory.Delete(aside, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another replica replaced it first: its rename below fails or replaces that one, both whole.
                }
            }
            try
            {
                System.IO.Directory.Move(temporary, folder);
                temporary = null;
                Interlocked.Increment(ref _saved);
                lock (_gate)
                {
                    _unusable.Remove(key);
                }
                Note(warning: false, $"Search index stored in {folder}");
            }
            catch (IOException) when (System.IO.Directory.Exists(folder))
            {
                // Another replica renamed its copy of the same index first: that one stays.
            }
            Prune(key);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Note(warning: true, $"The search index could not be stored in {folder} ({ex.GetType().Name}: {ex.Message}): the next start builds it again");
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Removes all but the newest <see cref="Kept"/> keys (always keeping <paramref name="current"/>) and abandoned temporary folders.</summary>
    private void Prune(string current)
    {
        var keys = new List<DirectoryInfo>();
        foreach (var folder in new DirectoryInfo(Directory).EnumerateDirectories())
        {
            if (IsKey(folder.Name))
            {
                if (folder.Name != current)
                {
                    keys.Add(folder);
                }
            }
            else if (folder.Name.StartsWith('.') && (folder.Name.EndsWith(TemporarySuffix, StringComparison.Ordinal) || folder.Name.EndsWith(TemporarySuffix + ".old", StringComparison.Ordinal)) &&
                DateTime.UtcNow - folder.LastWriteTimeUtc > Abandoned)
            {
                TryDelete(folder.FullName);
            }
        }
        foreach (var old in keys.OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept - 1))
        {
            TryDelete(old.FullName);
        }
    }

    private static bool IsKey(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);

    /// <summary>Marks a key as used now: pruning keeps the keys used last.</summary>
    private static void Touch(string folder)
    {
        try
        {
            System.IO.Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only volume: pruning goes by when it was written.
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Gone already: another replica removed or renamed it between listing and deleting.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Note(warning: true, $"Could not remove {folder} ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>The manifest of a stored index: its format, key, number of documents, and each file's name, length and hash.</summary>
    private sealed record Manifest(string Key, int Documents, List<(string Name, long Length, string Hash)> Files)
    {
        public static Manifest Read(string path)
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length < 4 || lines[0] != Format || !lines[1].StartsWith("key ", StringComparison.Ordinal) ||
                !lines[2].StartsWith("documents ", StringComparison.Ordinal) || lines[^1] != "end")
            {
                throw new InvalidDataException($"{ManifestName} is incomplete or of another format");
            }
            var files = new List<(string, long, string)>();
            foreach (var line in lines[3..^1])
            {
                var parts = line.Split(' ');
                if (parts.Length != 3 || parts[0].Length == 0 || parts[0].Contains('/', StringComparison.Ordinal) || parts[0].Contains('\\', StringComparison.Ordinal) || parts[0].StartsWith('.'))
                {
                    throw new InvalidDataException($"{ManifestName} has an unreadable line");
                }
                files.Add((parts[0], long.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]));
            }
            return new Manifest(lines[1]["key ".Length..], int.Parse(lines[2]["documents ".Length..], CultureInfo.InvariantCulture), files);
        }

        public void Write(string path)
        {
            var text = new StringBuilder();
            text.Append(Format).Append('\n').Append("key ").Append(Key).Append('\n')
                .Append("documents ").Append(Documents.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (name, length, hash) in Files)
            {
                text.Append(name).Append(' ').Append(length.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(hash).Append('\n');
            }
            // The last line: a manifest cut short is refused.
            text.Append("end\n");
            using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            output.Write(Encoding.UTF8.GetBytes(text.ToString()));
            output.Flush(flushToDisk: true);
        }
    }
}

/// <summary>Something the <see cref="IndexStore"/> did or could not do, for the log (folder and file names only).</summary>
public sealed record IndexStoreNote(bool Warning, string Message);
