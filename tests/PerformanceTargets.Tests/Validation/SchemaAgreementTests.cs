using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Schema;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// The codec (one reader, driven by the description of the format the schema is generated from) must reject exactly what NJsonSchema rejects: generated valid
/// documents are mutated once (a required property dropped or nulled, a wrong type, a bad enum value, a bad pattern,
/// a number below its minimum, an unknown property, an empty name, a broken targetValue — or a harmless change)
/// and both verdicts are compared.
/// </summary>
public class SchemaAgreementTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(MutationArbitraries)])]
    public void The_reader_rejects_exactly_what_NJsonSchema_rejects(MutatedDocument mutated)
    {
        var bytes = Encoding.UTF8.GetBytes(mutated.Json);
        var fast = TargetJson.Read(bytes);
        var schema = SchemaStage.Validate(bytes);
        Assert.True(
            fast.Success == (schema.Count == 0),
            $"{mutated.Description}: fast path {(fast.Success ? "accepts" : "rejects: " + string.Join("; ", fast.Errors))}, NJsonSchema {(schema.Count == 0 ? "accepts" : "rejects: " + string.Join("; ", schema.Select(s => s.Pointer + " " + s.Message.Text.English)))}");
        Assert.All(fast.Errors, e => Assert.Equal(JsonReadErrorKind.Schema, e.Kind));

        // The validator's stage 1 says the same; every place the reader names is a place NJsonSchema names (NJsonSchema
        // may name more for one fault: a oneOf beside a type error, a type beside a range).
        var report = TargetValidator.Default.Validate(bytes);
        Assert.Equal(schema.Count == 0, report.Hits("PT002").Count == 0);
        Assert.Equal(fast.Success, report.Document is not null);
        var named = schema.Select(s => s.Pointer).ToHashSet(StringComparer.Ordinal);
        Assert.All(fast.Errors, e => Assert.True(named.Contains(e.Pointer), $"{mutated.Description}: the reader names {e.Pointer}, NJsonSchema names {string.Join(", ", named)}"));
    }

    [Fact]
    public void Every_mutation_kind_is_exercised_on_the_seed()
    {
        foreach (var mutation in Mutations.All)
        {
            // The seed, with a normalised target, an implementation period and the blocks of format 1.1 so that every kind of object occurs.
            var seed = SeedData.WithNumbers([.. SeedData.Document.Projects.Take(11), LifecycleData.Evaluated, LifecycleData.Monitored]);
            var first = seed.Projects[0];
            var enriched = seed with
            {
                Projects = seed.Projects.SetItem(0, first with
                {
                    ImplementationPeriod = new ImplementationPeriod { Start = "2024-01", End = "2024-12" },
                    Indicators = first.Indicators.SetItem(0, first.Indicators[0] with { TargetValue = first.Indicators[0].ParseTarget().ToTargetValue() }),
                }),
            };
            var node = JsonNode.Parse(TargetJson.WriteToString(enriched))!;
            var sites = Mutations.Sites(node).Where(s => mutation.Applies(s)).ToList();
            Assert.NotEmpty(sites);
            mutation.Apply(sites[sites.Count / 2]);
            var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
            Assert.Equal(mutation.Valid, TargetJson.Read(bytes).Success);
            Assert.Equal(mutation.Valid, SchemaStage.Validate(bytes).Count == 0);
        }
    }
}

/// <summary>A mutated document and what was done to it.</summary>
public sealed record MutatedDocument(string Json, string Description)
{
    public override string ToString() => Description;
}

public static class MutationArbitraries
{
    public static Arbitrary<MutatedDocument> Mutated() => Arb.From(
        from document in DocumentArbitraries.DocumentGen()
        from pick in Gen.Choose(0, int.MaxValue)
        from which in Gen.Choose(0, Mutations.All.Length - 1)
        select Mutate(document, pick, which));

    private static MutatedDocument Mutate(TargetDocument document, int pick, int which)
    {
        var node = JsonNode.Parse(TargetJson.WriteToString(document))!;
        var mutation = Mutations.All[which];
        var sites = Mutations.Sites(node).Where(s => mutation.Applies(s)).ToList();
        if (sites.Count == 0)
        {
            return new MutatedDocument(node.ToJsonString(), "unchanged (no site for " + mutation.Name + ")");
        }

        var site = sites[pick % sites.Count];
        mutation.Apply(site);
        return new MutatedDocument(node.ToJsonString(), mutation.Name + " at " + site.Object.GetPath() + (site.Property is null ? string.Empty : "." + site.Property));
    }
}

/// <summary>A place to mutate: an object of a known schema type, and one of its properties (or none).</summary>
public sealed record Site(JsonObject Object, string Type, string? Property);

/// <summary>One kind of mutation, the sites it applies to, and whether the result is still valid.</summary>
public sealed record Mutation(string Name, bool Valid, Func<Site, bool> Applies, Action<Site> Apply);

public static class Mutations
{
    // What the schema says about each object type: required properties, and properties by kind.
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["document"] = ["schemaVersion", "fiscalYear", "projects"],
        ["project"] = ["name", "budget", "indicators"],
        ["budget"] = ["total"],
        ["spendingPoint"] = ["month", "cumulativePercent"],
        ["implementationPeriod"] = ["start", "end"],
        ["indicator"] = ["level1", "level2", "name", "target"],
        ["targetValue"] = ["kind"],
        ["projectMonitoring"] = ["asOf"],
    };

    private static readonly Dictionary<string, string[]> Strings = new()
    {
        ["document"] = ["schemaVersion", "title", "preparedBy", "reviewedBy"],
        ["department"] = ["code", "name"],
        ["unit"] = ["code", "name"],
        ["project"] = ["code", "name", "fundingReference", "fundUse", "reviewOpinion"],
        ["implementationPeriod"] = ["start", "end"],
        ["indicator"] = ["level1", "level2", "name", "description", "target", "basis"],
        ["targetValue"] = ["unit", "text"],
        ["projectMonitoring"] = ["asOf", "note", "deviationReason", "remedy"],
        ["indicatorMonitoring"] = ["progress", "expectedYearEnd", "deviationReason", "remedy", "note"],
        ["projectEvaluation"] = ["conclusion", "problems", "improvements"],
        ["indicatorEvaluation"] = ["actual", "deviationReason"],
    };

    private static readonly Dictionary<string, string[]> Numbers = new()
    {
        ["document"] = ["fiscalYear"],
        ["project"] = ["sequence"],
        ["budget"] = ["total", "fiscal", "other"],
        ["spendingPoint"] = ["month", "cumulativePercent"],
        ["indicator"] = ["weight"],
        ["targetValue"] = ["value"],
        ["projectMonitoring"] = ["initialBudget", "budget", "spent"],
        ["projectEvaluation"] = ["initialBudget", "budget", "spent", "executionPoints", "executionRate", "executionScore", "totalScore"],
        ["indicatorEvaluation"] = ["points", "score"],
    };

    private static readonly Dictionary<string, string[]> Enums = new()
    {
        ["document"] = ["framework", "stage", "amountUnit"],
        ["project"] = ["attribute"],
        ["indicator"] = ["direction"],
        ["targetValue"] = ["kind", "comparator"],
        ["indicatorMonitoring"] = ["likelihood", "deviationCauses"],
        ["projectEvaluation"] = ["grade"],
        ["indicatorEvaluation"] = ["achievement"],
    };

    private static readonly Dictionary<string, string[]> Minimums = new()
    {
        ["document"] = ["fiscalYear"],
        ["project"] = ["sequence"],
        ["budget"] = ["total", "fiscal", "other"],
        ["indicator"] = ["weight"],
        ["projectMonitoring"] = ["initialBudget", "budget", "spent"],
        ["projectEvaluation"] = ["initialBudget", "budget", "spent", "executionPoints", "executionRate", "executionScore", "totalScore"],
        ["indicatorEvaluation"] = ["points", "score"],
    };

    public static Mutation[] All { get; } =
    [
        new("drop a required property", false, s => s.Property is not null && Has(Required, s) && s.Object.ContainsKey(s.Property), s => s.Object.Remove(s.Property!)),
        new("null a required property", false, s => s.Property is not null && Has(Required, s) && s.Object.ContainsKey(s.Property), s => s.Object[s.Property!] = null),
        new("a number for a string", false, s => s.Property is not null && Has(Strings, s) && s.Object[s.Property] is not null, s => s.Object[s.Property!] = 7),
        new("a string for a number", false, s => s.Property is not null && Has(Numbers, s) && s.Object[s.Property] is not null, s => s.Object[s.Property!] = "7"),
        new("a fraction for an integer", false, s => s.Property is "fiscalYear" or "sequence" or "month" && s.Object[s.Property] is not null, s => s.Object[s.Property!] = 2.5m),
        new("an array for an object", false, s => s.Property is "department" or "budget" or "unit" or "overallTargets" or "targetValue" && s.Object[s.Property] is not null, s => s.Object[s.Property!] = new JsonArray()),
        new("an object for an array", false, s => s.Property is "projects" or "indicators" or "goals" or "spendingPlan" or "deviationCauses" or "goalOutcomes", s => s.Object[s.Property!] = new JsonObject()),
        new("an array for a block", false, s => s.Property is "monitoring" or "evaluation" && s.Object[s.Property] is not null, s => s.Object[s.Property!] = new JsonArray()),
        new("a value outside an enum", false, s => s.Property is not null && Has(Enums, s), s => s.Object[s.Property!] = "bogus"),
        new("a bad pattern", false, s => s.Property is "schemaVersion" or "start" or "end" or "asOf", s => s.Object[s.Property!] = "1.0.0x"),
        new("a date beyond the 31st", false, s => s.Property == "asOf", s => s.Object["asOf"] = "2024-07-32"),
        new("a value outside an enum in a list", false, s => s.Property == "deviationCauses", s => s.Object["deviationCauses"] = new JsonArray("funding", "money")),
        new("a number in a list of spellings", false, s => s.Property == "deviationCauses", s => s.Object["deviationCauses"] = new JsonArray("other", 1)),
        new("below a minimum", false, s => s.Property is not null && Has(Minimums, s), s => s.Object[s.Property!] = s.Property == "fiscalYear" ? 1989 : s.Property == "sequence" ? 0 : -1),
        new("above a maximum", false, s => s.Property is "fiscalYear" or "weight", s => s.Object[s.Property!] = s.Property == "fiscalYear" ? 2101 : 100.5m),
        new("an empty project name", false, s => s.Type == "project" && s.Property == "name", s => s.Object["name"] = string.Empty),
        new("an unknown property", false, s => s.Property is null, s => s.Object["zzz"] = 1),
        new("null in a list of strings", false, s => s.Property is "goals" or "internalUnits" or "overall" or "goalOutcomes" or "deviationCauses" && s.Object[s.Property] is JsonArray, s => s.Object[s.Property!]!.AsArray().Add(null)),
        new("a targetValue without value or text", false, s => s.Type == "targetValue" && s.Property is null, s => { s.Object.Remove("value"); s.Object.Remove("text"); }),
        new("an extension property", true, s => s.Property is null, s => s.Object["x-added"] = new JsonObject { ["deep"] = new JsonArray(1, "two", null) }),
        new("an optional property nulled", true, s => s.Property is "title" or "stage" or "fundUse" or "description" or "weight" or "department" or "unit" or "monitoring" or "likelihood" or "deviationCauses" or "score" or "grade", s => s.Object[s.Property!] = null),
        new("an optional property dropped", true, s => s.Property is "framework" or "code" or "spendingPlan" or "goals" or "basis" or "targetValue" or "evaluation" or "actual" or "spent", s => s.Object.Remove(s.Property!)),
    ];

    /// <summary>Every object of the document with its schema type, alone and with each of its properties (present or not).</summary>
    public static IEnumerable<Site> Sites(JsonNode root)
    {
        var list = new List<Site>();
        Visit(root.AsObject(), "document", list);
        return list;
    }

    private static bool Has(Dictionary<string, string[]> table, Site site) =>
        table.TryGetValue(site.Type, out var names) && names.Contains(site.Property);

    private static void Visit(JsonObject obj, string type, List<Site> sites)
    {
        sites.Add(new Site(obj, type, null));
        var names = new HashSet<string>(obj.Select(p => p.Key));
        foreach (var table in new[] { Required, Strings, Numbers, Enums, Minimums })
        {
            if (table.TryGetValue(type, out var known))
            {
                names.UnionWith(known);
            }
        }

        foreach (var name in names.Where(n => !n.StartsWith("x-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            sites.Add(new Site(obj, type, name));
        }

        foreach (var (name, value) in obj.ToList())
        {
            var childType = (type, name) switch
            {
                ("document", "department") => "department",
                ("document", "departmentBudget") or ("project", "budget") => "budget",
                ("document", "overallTargets") => "overallTargets",
                ("project", "unit") => "unit",
                ("project", "implementationPeriod") => "implementationPeriod",
                ("indicator", "targetValue") => "targetValue",
                ("project", "monitoring") => "projectMonitoring",
                ("project", "evaluation") => "projectEvaluation",
                ("indicator", "monitoring") => "indicatorMonitoring",
                ("indicator", "evaluation") => "indicatorEvaluation",
                _ => null,
            };
            if (childType is not null && value is JsonObject child)
            {
                Visit(child, childType, sites);
            }

            var itemType = (type, name) switch
            {
                ("document", "projects") => "project",
                ("project", "spendingPlan") => "spendingPoint",
                ("project", "indicators") or ("project", "periodIndicators") => "indicator",
                _ => null,
            };
            if (itemType is not null && value is JsonArray array)
            {
                foreach (var item in array.OfType<JsonObject>())
                {
                    Visit(item, itemType, sites);
                }
            }
        }
    }
}
