using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TraumaGids.Web.Tests.OpenData;

/// <summary>
/// The official HSDS 3.0 JSON schemas (copied unchanged into hsds-3.0/, see its README), ready to validate
/// the API's answers with JsonSchema.Net, formats included (uuid, uri, email, date-time). Two sets:
/// <list type="bullet">
/// <item>as published: open objects, as an importer that follows the spec sees them;</item>
/// <item>strict: every object closed (<c>additionalProperties: false</c>), as the upstream example check
/// (<c>--set-additional-properties-false-everywhere</c>) does, so a misspelt or invented field fails.
/// Only the two nestings the official examples show but the per-object files do not declare are added:
/// <c>organization.services</c> and <c>service_at_location.service</c>.</item>
/// </list>
/// </summary>
internal sealed class HsdsSchemas
{
    private static readonly Lazy<HsdsSchemas> Shared = new(() => new HsdsSchemas());

    public static HsdsSchemas Instance => Shared.Value;

    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "TraumaGids.Web.Tests", "OpenData", "hsds-3.0", "schema");
    private const string OpenBase = "https://hsds.test/open/";
    private const string StrictBase = "https://hsds.test/strict/";

    /// <summary>Draft 2020-12 (the OpenAPI description's dialect), which lets the files' extra keys (name, example, constraints) pass as annotations.</summary>
    private static BuildOptions NewBuildOptions() => new() { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };

    private readonly BuildOptions _build = NewBuildOptions();
    private readonly EvaluationOptions _evaluate = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private HsdsSchemas()
    {
        var files = Directory.GetFiles(Folder, "*.json").Where(f => Path.GetFileName(f) != "openapi.json").ToList();
        var texts = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        foreach (var (name, text) in texts)
        {
            _schemas[OpenBase + name] = Build(JsonNode.Parse(text)!, new Uri(OpenBase + name + ".json"));
        }
        foreach (var (name, text) in texts)
        {
            var node = JsonNode.Parse(text)!;
            Close(node);
            if (name == "organization")
            {
                node["properties"]!["services"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "service.json" } };
            }
            if (name == "service_at_location")
            {
                node["properties"]!["service"] = new JsonObject { ["$ref"] = "service.json" };
            }
            _schemas[StrictBase + name] = Build(node, new Uri(StrictBase + name + ".json"));
        }
        var openapi = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "openapi.json")))!;
        // The HSDA paging envelope (components.schemas.Page) with all its fields required and the contents added.
        _page = openapi["components"]!["schemas"]!["Page"]!.DeepClone();
        _root = openapi["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone();
    }

    private readonly JsonNode _page;
    private readonly JsonNode _root;

    private JsonSchema Build(JsonNode node, Uri id)
    {
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["$id"] = id.ToString();
        return JsonSchema.FromText(node.ToJsonString(), _build, id);
    }

    /// <summary>additionalProperties: false on every object schema that lists its properties.</summary>
    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }
                foreach (var (_, child) in obj.ToList())
                {
                    Close(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Close(child);
                }
                break;
        }
    }

    /// <summary>Problems of one object against the named schema (e.g. <c>service</c>), strict and as published; empty when valid.</summary>
    public IReadOnlyList<string> Check(string schema, JsonElement instance)
    {
        var problems = new List<string>();
        foreach (var prefix in new[] { OpenBase, StrictBase })
        {
            var results = _schemas[prefix + schema].Evaluate(instance, _evaluate);
            if (!results.IsValid)
            {
                problems.AddRange(Describe(prefix == StrictBase ? "strict " + schema : schema, results));
            }
        }
        return problems;
    }

    /// <summary>An HSDA page: the envelope (all eight fields, nothing else) and each item against the named schema.</summary>
    public IReadOnlyList<string> CheckPage(string itemSchema, JsonElement page)
    {
        var envelope = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["allOf"] = new JsonArray(_page.DeepClone()),
            ["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"),
            ["properties"] = new JsonObject { ["contents"] = new JsonObject { ["type"] = "array" } },
            ["unevaluatedProperties"] = false,
        };
        var problems = new List<string>();
        var results = JsonSchema.FromText(envelope.ToJsonString(), NewBuildOptions()).Evaluate(page, _evaluate);
        if (!results.IsValid)
        {
            problems.AddRange(Describe("page envelope", results));
        }
        if (page.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in contents.EnumerateArray())
            {
                problems.AddRange(Check(itemSchema, item));
            }
        }
        return problems;
    }

    /// <summary>The answer of <c>/</c> against the OpenAPI description's schema, with its three fields required.</summary>
    public IReadOnlyList<string> CheckRoot(JsonElement root)
    {
        var schema = _root.DeepClone().AsObject();
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["required"] = new JsonArray("version", "profile", "openapi_url");
        schema["additionalProperties"] = false;
        var results = JsonSchema.FromText(schema.ToJsonString(), NewBuildOptions()).Evaluate(root, _evaluate);
        return results.IsValid ? [] : Describe("root", results).ToList();
    }

    private static IEnumerable<string> Describe(string schema, EvaluationResults results) =>
        (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{schema}: {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty($"{schema}: invalid");
}
