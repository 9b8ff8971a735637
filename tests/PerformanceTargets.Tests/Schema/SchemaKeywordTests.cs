using System.Text.Json;
using PerformanceTargets.Schema;

namespace PerformanceTargets.Tests.Schema;

/// <summary>
/// The schema uses only keywords that NJsonSchema enforces or that are annotations, so that what it says is what
/// every validator checks. Keywords NJsonSchema ignores or reads differently from ajv and Python's jsonschema, and
/// keywords that carry URLs, are refused.
/// </summary>
public class SchemaKeywordTests
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "title", "description", "type", "properties", "required", "additionalProperties", "patternProperties", "items",
        "enum", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "oneOf", "anyOf",
        "allOf", "$ref", "definitions", "$id",
    };

    private static readonly string[] Forbidden = ["const", "contains", "if", "then", "else", "propertyNames", "dependencies", "$schema"];

    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal) { "null", "boolean", "integer", "number", "string", "array", "object" };

    [Fact]
    public void The_forbidden_keywords_are_not_in_the_allow_list()
    {
        foreach (var keyword in Forbidden)
        {
            Assert.DoesNotContain(keyword, Allowed);
        }
    }

    [Fact]
    public void Every_schema_in_the_document_uses_only_allowed_keywords()
    {
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        var positions = SchemaPositions.All(schema.RootElement);
        var notObjects = positions.Where(p => p.Schema.ValueKind != JsonValueKind.Object).Select(p => p.Path).ToList();
        Assert.True(notObjects.Count == 0, "Boolean or malformed schemas: " + string.Join(", ", notObjects));
        var used = positions.SelectMany(p => p.Schema.EnumerateObject().Select(k => (p.Path, Keyword: k.Name))).ToList();

        var forbidden = used.Where(u => Forbidden.Contains(u.Keyword, StringComparer.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, "Forbidden keywords: " + string.Join(", ", forbidden.Select(u => u.Path + "/" + u.Keyword)));
        var unknown = used.Where(u => !Allowed.Contains(u.Keyword)).ToList();
        Assert.True(unknown.Count == 0, "Keywords outside the allow list: " + string.Join(", ", unknown.Select(u => u.Path + "/" + u.Keyword)));
        Assert.True(positions.Count > 100, $"Only {positions.Count} schemas found: the walk over the schema is broken.");
    }

    [Fact]
    public void Definitions_appear_only_at_the_root_and_every_reference_is_a_local_definition()
    {
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        var root = schema.RootElement;
        var definitions = root.GetProperty("definitions");
        foreach (var position in SchemaPositions.All(root))
        {
            if (position.Path != "#")
            {
                Assert.False(position.Schema.TryGetProperty("definitions", out _), position.Path + " has definitions below the root.");
            }

            if (position.Schema.TryGetProperty("$ref", out var reference))
            {
                var target = reference.GetString()!;
                Assert.StartsWith("#/definitions/", target, StringComparison.Ordinal);
                Assert.True(definitions.TryGetProperty(target.Substring("#/definitions/".Length), out _), $"{position.Path}: {target} does not exist.");
                Assert.True(position.Schema.EnumerateObject().Count() == 1, $"{position.Path}: draft-07 ignores keywords beside $ref.");
            }
        }
    }

    [Fact]
    public void Every_type_is_a_json_schema_type_name_listed_once()
    {
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        foreach (var position in SchemaPositions.All(schema.RootElement))
        {
            if (!position.Schema.TryGetProperty("type", out var type))
            {
                continue;
            }

            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            Assert.All(names, n => Assert.Contains(n, TypeNames));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void The_schema_has_an_id_that_is_a_name_not_an_address_and_no_url()
    {
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        Assert.False(schema.RootElement.TryGetProperty("$schema", out _));
        Assert.Equal(TargetSchema.Id, schema.RootElement.GetProperty("$id").GetString());
        Assert.StartsWith("urn:", TargetSchema.Id, StringComparison.Ordinal);
        foreach (var position in SchemaPositions.All(schema.RootElement).Where(p => p.Path != "#"))
        {
            Assert.False(position.Schema.TryGetProperty("$id", out _), position.Path + " has an $id below the root.");
        }

        Assert.DoesNotContain("://", TargetSchema.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.", TargetSchema.Text, StringComparison.OrdinalIgnoreCase);
    }
}
