using System.Text;
using System.Text.Json;
using NJsonSchema;
using PerformanceTargets.Json;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Schema;

/// <summary>
/// Every constraint of the schema, found by walking the schema itself, is violated on its own in a copy of a full
/// document; NJsonSchema and the fast reader must both reject that copy, and the reader must say where. Documents on
/// the edge of a constraint (enum values, bounds, null, extensions) must be accepted by both.
/// </summary>
public class SchemaConstraintTests(ITestOutputHelper output)
{
    /// <summary>
    /// The number of constraints (keyword × location in the full document) found when these tests were written.
    /// The schema may gain constraints; losing some must be a decision, so lower this number only on purpose.
    /// </summary>
    private const int KnownConstraintCount = 185;

    private static readonly string[] ConstraintKeywords =
        ["type", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "additionalProperties", "oneOf", "anyOf"];

    private static readonly Lazy<string> FullDocumentJson = new(() => File.ReadAllText(FullDocumentPath, Encoding.UTF8));

    private static readonly Lazy<SchemaWalk> Walk = new(() => SchemaConstraintWalker.Walk(TargetSchema.Text, FullDocumentJson.Value));

    private static readonly Lazy<Dictionary<string, SchemaMutation>> RejectedByName = new(() => ByName(Walk.Value.Rejected));

    private static readonly Lazy<Dictionary<string, SchemaMutation>> AcceptedByName = new(() => ByName(Walk.Value.Accepted));

    // One parsed schema for the ~800 rows of this class, which xunit runs one after another.
    private static readonly Lazy<JsonSchema> SharedSchema = new(TargetSchema.CreateJsonSchema);

    private readonly JsonSchema _schema = SharedSchema.Value;

    public static string FullDocumentPath => TestPaths.TestData("Schema", "full-document.json");

    public static TheoryData<SchemaCase> RejectedCases() => [.. RejectedByName.Value.Keys.Select(k => new SchemaCase(k))];

    public static TheoryData<SchemaCase> AcceptedCases() => [.. AcceptedByName.Value.Keys.Select(k => new SchemaCase(k))];

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public void Both_validators_reject_a_document_violating_one_constraint(SchemaCase @case)
    {
        var mutation = RejectedByName.Value[@case.Name];
        var schemaErrors = _schema.Validate(mutation.Json);
        var result = TargetJson.Read(mutation.Json);

        Assert.True(schemaErrors.Count > 0, $"NJsonSchema accepts the document, which violates {mutation.Name} [{mutation.Constraint.SchemaPath}]:\n{mutation.Json}");
        Assert.False(result.Success, $"TargetJson.Read accepts the document, which violates {mutation.Name} (NJsonSchema: {Describe(schemaErrors)}):\n{mutation.Json}");
        Assert.True(
            result.Errors.Any(e => e.Kind == JsonReadErrorKind.Schema && mutation.IsNamedBy(e.Pointer)),
            $"TargetJson.Read rejects the document but no Schema error names {mutation.Pointer}{(mutation.ParentPointer is null ? string.Empty : " or " + Show(mutation.ParentPointer))}; its errors:\n"
                + string.Join("\n", result.Errors.Select(e => $"{e.Kind} {e.Keyword} {Show(e.Pointer)}: {e.Text.English}")));
    }

    [Theory]
    [MemberData(nameof(AcceptedCases))]
    public void Both_validators_accept_a_document_on_the_edge_of_a_constraint(SchemaCase @case)
    {
        var mutation = AcceptedByName.Value[@case.Name];
        var schemaErrors = _schema.Validate(mutation.Json);
        var result = TargetJson.Read(mutation.Json);

        Assert.True(schemaErrors.Count == 0, $"NJsonSchema rejects {mutation.Name}: {Describe(schemaErrors)}\n{mutation.Json}");
        Assert.True(result.Success, $"TargetJson.Read rejects {mutation.Name}, which NJsonSchema accepts:\n" + string.Join("\n", result.Errors) + "\n" + mutation.Json);
    }

    [Fact]
    public void Every_constraint_of_the_schema_is_found_and_gets_a_violating_document()
    {
        var walk = Walk.Value;
        output.WriteLine($"Constraints found: {walk.Constraints.Count} (at least {KnownConstraintCount} expected)");
        output.WriteLine($"Rejected documents: {walk.Rejected.Count()}; accepted edge documents: {walk.Accepted.Count()}");
        foreach (var group in walk.Constraints.GroupBy(c => c.Keyword).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key}: {group.Count()} constraints, {group.Sum(c => c.Rejected.Count)} rejected documents");
        }

        Assert.True(walk.Problems.Count == 0, "The walk could not handle parts of the schema:\n" + string.Join("\n", walk.Problems));
        var skipped = walk.Constraints.Where(c => c.Rejected.Count == 0).ToList();
        Assert.True(skipped.Count == 0, "No violating document could be made for:\n" + string.Join("\n", skipped));
        Assert.True(walk.Constraints.Count >= KnownConstraintCount, $"Only {walk.Constraints.Count} constraints found; there were {KnownConstraintCount}.");
        foreach (var keyword in new[] { "required", "type", "enum", "pattern", "minimum", "maximum", "minLength", "additionalProperties", "oneOf", "anyOf" })
        {
            Assert.Contains(walk.Constraints, c => c.Keyword == keyword);
        }
    }

    [Fact]
    public void The_walk_reaches_every_part_and_every_constraint_written_in_the_schema()
    {
        // Independently of the base document, list every schema position and every constraint keyword of the schema,
        // and check the walk met each one with a value of the full document: so every property, every extension
        // pattern and every array's items occur somewhere in it. The branches of anyOf and oneOf are the exception:
        // they are exercised through their anyOf or oneOf, which is violated and satisfied on purpose.
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        var walk = Walk.Value;
        var reached = walk.Constraints.Select(c => c.SchemaPath + (c.Detail is null ? string.Empty : "|" + c.Detail)).ToHashSet(StringComparer.Ordinal);
        var positions = SchemaPositions.All(schema.RootElement).Where(p => !p.InOneOfBranch && p.Via != "anyOf").ToList();
        var written = new List<string>();
        foreach (var position in positions.Where(p => p.Schema.ValueKind == JsonValueKind.Object))
        {
            foreach (var keyword in position.Schema.EnumerateObject())
            {
                if (keyword.Name == "required")
                {
                    written.AddRange(keyword.Value.EnumerateArray().Select(r => position.Path + "/required|" + r.GetString()));
                }
                else if (Array.IndexOf(ConstraintKeywords, keyword.Name) >= 0 && !(keyword.Name == "additionalProperties" && keyword.Value.ValueKind == JsonValueKind.True))
                {
                    written.Add(position.Path + "/" + keyword.Name);
                }
            }
        }

        output.WriteLine($"Schema positions: {positions.Count}; constraints written in the schema: {written.Count}; constraints met in the full document: {walk.Constraints.Count}");
        var unvisited = positions.Where(p => !walk.Visited.Contains(p.Path)).Select(p => p.Path).ToList();
        Assert.True(unvisited.Count == 0, "The full document has no value for:\n" + string.Join("\n", unvisited));
        var missed = written.Where(w => !reached.Contains(w)).ToList();
        Assert.True(missed.Count == 0, "The walk never reached:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void Full_document_sets_every_optional_property_and_is_valid_for_both_validators()
    {
        var json = FullDocumentJson.Value;
        Assert.Empty(_schema.Validate(json));
        var result = TargetJson.Read(json);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var project = result.Document!.Projects[0];
        Assert.NotNull(result.Document.DepartmentBudget);
        Assert.NotNull(project.ImplementationPeriod);
        Assert.NotEmpty(project.PeriodIndicators);
        Assert.Contains(project.Indicators, i => i.TargetValue?.Kind == PerformanceTargets.Model.TargetValueKind.Quantitative);
        Assert.Contains(project.Indicators, i => i.TargetValue?.Kind == PerformanceTargets.Model.TargetValueKind.Qualitative);
    }

    [Fact]
    public void Every_sample_is_valid_for_both_validators()
    {
        var samples = Directory.GetFiles(TestPaths.Samples, "*.json");
        Assert.Contains(samples, s => s == TestPaths.Excerpt);
        foreach (var sample in samples)
        {
            var json = File.ReadAllText(sample, Encoding.UTF8);
            Assert.True(_schema.Validate(json).Count == 0, $"{Path.GetFileName(sample)}: {Describe(_schema.Validate(json))}");
            var result = TargetJson.ReadFile(sample);
            Assert.True(result.Success, Path.GetFileName(sample) + ": " + string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public void Invalid_document_used_by_the_ajv_check_is_invalid_for_both_validators()
    {
        var json = File.ReadAllText(TestPaths.TestData("Schema", "invalid-document.json"), Encoding.UTF8);
        Assert.NotEmpty(_schema.Validate(json));
        Assert.False(TargetJson.Read(json).Success);
    }

    private static Dictionary<string, SchemaMutation> ByName(IEnumerable<SchemaMutation> mutations)
    {
        var byName = new Dictionary<string, SchemaMutation>(StringComparer.Ordinal);
        foreach (var mutation in mutations)
        {
            var name = mutation.Name;
            for (var n = 2; byName.ContainsKey(name); n++)
            {
                name = mutation.Name + " #" + n;
            }

            byName.Add(name, mutation);
        }

        return byName;
    }

    private static string Show(string pointer) => pointer.Length == 0 ? "(document)" : pointer;

    private static string Describe(ICollection<NJsonSchema.Validation.ValidationError> errors) =>
        errors.Count == 0 ? "no errors" : string.Join("; ", errors.Select(e => $"{e.Kind} at {e.Path}"));
}
