using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TraumaGids.Core.OpenData;

/// <summary>How the HSDS objects are written: snake_case names as in the schemas, no nulls, compact.</summary>
public static class HsdsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Dutch text (ë, é) as it is; HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
    };
}
