using System.Globalization;
using System.Text.Json;

namespace PerformanceTargets.Tests.Schema;

/// <summary>One place in the schema where a schema (not a property name or a value) sits.</summary>
/// <param name="Path">Where it is, such as #/definitions/indicator/properties/weight.</param>
/// <param name="Schema">The schema object.</param>
/// <param name="Via">The keyword that holds it: root, definitions, properties, patternProperties, items, allOf, anyOf or oneOf.</param>
/// <param name="InOneOfBranch">True inside a oneOf branch (the branch itself and everything below it).</param>
public sealed record SchemaPosition(string Path, JsonElement Schema, string Via, bool InOneOfBranch);

/// <summary>Lists every schema position of a schema document, by keyword structure rather than by the instance.</summary>
public static class SchemaPositions
{
    /// <summary>Keywords whose value is a map from names to schemas.</summary>
    public static readonly string[] SchemaMaps = ["definitions", "properties", "patternProperties"];

    /// <summary>Keywords whose value is an array of schemas.</summary>
    public static readonly string[] SchemaArrays = ["allOf", "anyOf", "oneOf"];

    public static List<SchemaPosition> All(JsonElement root)
    {
        var list = new List<SchemaPosition>();
        Collect(root, "#", "root", inOneOf: false, list);
        return list;
    }

    private static void Collect(JsonElement schema, string path, string via, bool inOneOf, List<SchemaPosition> list)
    {
        list.Add(new SchemaPosition(path, schema, via, inOneOf));
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var name = keyword.Name;
            if (Array.IndexOf(SchemaMaps, name) >= 0 && keyword.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in keyword.Value.EnumerateObject())
                {
                    Collect(entry.Value, path + "/" + name + "/" + entry.Name, name, inOneOf, list);
                }
            }
            else if (Array.IndexOf(SchemaArrays, name) >= 0 && keyword.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var entry in keyword.Value.EnumerateArray())
                {
                    Collect(entry, path + "/" + name + "/" + i++.ToString(CultureInfo.InvariantCulture), name, inOneOf || name == "oneOf", list);
                }
            }
            else if (name == "items" && keyword.Value.ValueKind == JsonValueKind.Object)
            {
                Collect(keyword.Value, path + "/items", "items", inOneOf, list);
            }
        }
    }
}
