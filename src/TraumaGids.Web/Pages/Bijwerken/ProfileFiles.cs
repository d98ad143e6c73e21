using System.Security.Cryptography;
using System.Text;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>A practitioner file as read from disk: its text, the version (hash) the form carries, and what loads from it.</summary>
public sealed record ProfileFile(string RelativePath, string Text, string Version, Practitioner? Current, IReadOnlyList<ContentIssue> Issues);

public enum SaveOutcome
{
    Saved,
    /// <summary>The file changed after the form was opened: nothing written.</summary>
    Conflict,
    /// <summary>The result does not load (or the file did not): nothing written.</summary>
    Invalid,
}

public sealed record SaveResult(SaveOutcome Outcome, IReadOnlyList<FieldChange> Changes, IReadOnlyList<ContentIssue> Issues);

/// <summary>
/// Reads and writes practitioner files for the update form. A write changes only the form's fields
/// (<see cref="PractitionerUpdater"/>), is checked with the loader first, refused when the file is not
/// the version the form was made from, recorded in the <see cref="AuditTrail"/>, and replaces the file
/// atomically (a temporary file in the same directory, then a rename). The site shows the change once
/// its content is reloaded from disk.
/// </summary>
public sealed class ProfileFiles(string contentDirectory, ContentStore store, AuditTrail audit, ILogger<ProfileFiles> logger)
{
    // One writer at a time in this process: the version check and the rename belong together.
    private readonly Lock _write = new();

    public ProfileFile Read(Practitioner served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var bytes = File.ReadAllBytes(FullPath(served.SourceFile));
        return Load(served.SourceFile, bytes);
    }

    public SaveResult Save(Practitioner served, string version, PractitionerUpdate update, string subject)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(update);
        var path = FullPath(served.SourceFile);
        lock (_write)
        {
            var file = Load(served.SourceFile, File.ReadAllBytes(path));
            if (!string.Equals(file.Version, version, StringComparison.Ordinal))
            {
                return new SaveResult(SaveOutcome.Conflict, [], []);
            }
            if (file.Current is null)
            {
                return new SaveResult(SaveOutcome.Invalid, [], file.Issues);
            }
            var today = store.Today;
            var (text, changes) = PractitionerUpdater.Apply(file.Text, file.Current, update, today);
            var (_, issues) = ContentLoader.LoadPractitioner(served.SourceFile, text, store.Content, today);
            if (issues.Count > 0)
            {
                return new SaveResult(SaveOutcome.Invalid, changes, issues);
            }
            if (changes.Count == 0)
            {
                return new SaveResult(SaveOutcome.Saved, changes, []);
            }
            var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(Utf8.GetBytes(text));
                    stream.Flush(flushToDisk: true);
                }
                // Recorded before it takes effect: a change that is not in the audit is never made.
                audit.Append(store.Time.GetUtcNow(), subject, served.SourceFile, changes);
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                File.Delete(temp); // nothing left behind when writing failed; a no-op after the move
            }
            logger.LogInformation("Profile file updated: {File}, {Fields} field(s) by {Subject}", served.SourceFile, changes.Count, subject);
            return new SaveResult(SaveOutcome.Saved, changes, []);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ProfileFile Load(string relativePath, byte[] bytes)
    {
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string text;
        try
        {
            // The byte order mark, if any, stays a character of the text, so it is written back as it was.
            text = Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new ProfileFile(relativePath, "", version, null, [new ContentIssue(relativePath, 1, "bestand", "is geen geldige UTF-8-tekst")]);
        }
        var (current, issues) = ContentLoader.LoadPractitioner(relativePath, text, store.Content, store.Today);
        return new ProfileFile(relativePath, text, version, current, issues);
    }

    private string FullPath(string relativePath) => Path.Combine(contentDirectory, relativePath);
}
