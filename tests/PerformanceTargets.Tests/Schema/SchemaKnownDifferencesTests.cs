using System.Text.Json.Nodes;
using NJsonSchema;
using PerformanceTargets.Json;
using PerformanceTargets.Schema;

namespace PerformanceTargets.Tests.Schema;

/// <summary>
/// Where validators read the schema differently, pinned so that a change is noticed. Every case here was checked by
/// hand against ajv 8 (ajv-cli 5.0.0) and Python's jsonschema 4.
/// </summary>
public class SchemaKnownDifferencesTests
{
    private readonly JsonSchema _schema = TargetSchema.CreateJsonSchema();

    [Theory]
    [InlineData("/fiscalYear", "2024.0")]
    [InlineData("/projects/0/sequence", "1.0")]
    [InlineData("/projects/0/spendingPlan/0/month", "6.0")]
    public void An_integer_written_with_a_fraction_part_is_rejected_by_both_dotnet_validators(string pointer, string number)
    {
        // Draft-07 counts 2024.0 as an integer, and so do ajv and Python's jsonschema. NJsonSchema looks at the
        // token (Newtonsoft reads 2024.0 as a float) and rejects it; the reader, which maps integers to int, agrees.
        var json = Replace(pointer, number);
        Assert.NotEmpty(_schema.Validate(json));
        var result = TargetJson.Read(json);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Kind == JsonReadErrorKind.Schema && e.Pointer == pointer);
    }

    [Theory]
    [InlineData("/projects/0/budget/total", "1e30")]
    [InlineData("/projects/0/indicators/0/targetValue/value", "-1e40")]
    [InlineData("/projects/0/spendingPlan/0/month", "3000000000")]
    public void A_number_beyond_the_models_range_is_valid_by_the_schema_but_rejected_by_the_reader(string pointer, string number)
    {
        // The schema sets no upper bound on amounts or months; the model holds amounts as decimal (±7.9e28) and
        // months as int. The reader says so with a Schema error of keyword "type" at the number, rather than
        // losing precision. A documented limitation, not a disagreement about the format.
        var json = Replace(pointer, number);
        Assert.Empty(_schema.Validate(json));
        var result = TargetJson.Read(json);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Kind == JsonReadErrorKind.Schema && e.Keyword == "type" && e.Pointer == pointer);
    }

    private static string Replace(string pointer, string number)
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaConstraintTests.FullDocumentPath))!;
        var tokens = pointer.Substring(1).Split('/');
        JsonNode node = root;
        foreach (var token in tokens[..^1])
        {
            node = int.TryParse(token, out var i) ? node[i]! : node[token]!;
        }

        node[tokens[^1]] = JsonNode.Parse(number);
        return root.ToJsonString();
    }
}
