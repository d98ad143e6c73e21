using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TraumaGids.Core.Content;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>
/// The append-only record of every profile change: one JSON line per changed field with the time, the
/// sign-in subject id, the file, the field and its old and new value. No names or e-mail addresses
/// beyond the subject id.
/// </summary>
public sealed class AuditTrail(string path)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    /// <summary>One JSON line of the audit file.</summary>
    public sealed record Line(
        [property: JsonPropertyName("time")] DateTimeOffset Time,
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("field")] string Field,
        [property: JsonPropertyName("old")] string? Old,
        [property: JsonPropertyName("new")] string? New);

    /// <summary>Appends the lines of one change in a single write, flushed to disk before it returns.</summary>
    public void Append(DateTimeOffset time, string subject, string file, IReadOnlyList<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(JsonSerializer.Serialize(new Line(time, subject, file, change.Field, change.Old, change.New), Json)).Append('\n');
        }
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }
}
