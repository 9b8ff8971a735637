using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerformanceTargets.Tests.Schema;

/// <summary>The JSON kinds a mutation can put in place of a value. Integer and Fraction split JSON numbers.</summary>
public enum JsonKind
{
    Null,
    Boolean,
    Integer,
    Fraction,
    String,
    Array,
    Object,
}

/// <summary>One constraint of the schema, at one location of the full base document.</summary>
public sealed class SchemaConstraint(string keyword, string pointer, string schemaPath, string? detail)
{
    /// <summary>Gets the schema keyword: required, type, enum, pattern, minimum, maximum, minLength, additionalProperties, oneOf, anyOf…</summary>
    public string Keyword { get; } = keyword;

    /// <summary>Gets the JSON Pointer, in the base document, of the value the constraint applies to.</summary>
    public string Pointer { get; } = pointer;

    /// <summary>Gets where the keyword sits in the schema, such as #/definitions/indicator/properties/weight.</summary>
    public string SchemaPath { get; } = schemaPath;

    /// <summary>Gets what distinguishes constraints with the same keyword at one location (the required property's name).</summary>
    public string? Detail { get; } = detail;

    /// <summary>Gets documents that violate this constraint and nothing else.</summary>
    public List<SchemaMutation> Rejected { get; } = [];

    /// <summary>Gets documents that sit on the edge of this constraint and are valid (enum values, bounds, null).</summary>
    public List<SchemaMutation> Accepted { get; } = [];

    public string Name => $"{(Pointer.Length == 0 ? "(document)" : Pointer)}: {Keyword}{(Detail is null ? string.Empty : " " + Detail)}";

    public override string ToString() => Name + " [" + SchemaPath + "]";
}

/// <summary>The full base document changed in one place.</summary>
/// <param name="Constraint">The constraint the change is about.</param>
/// <param name="Change">What was changed, for the case name.</param>
/// <param name="Pointer">The location that was changed (for an added or removed property: the property's own pointer).</param>
/// <param name="ParentPointer">For required and additionalProperties: the object holding the property, which a validator may name instead; otherwise null.</param>
/// <param name="Json">The changed document.</param>
public sealed record SchemaMutation(SchemaConstraint Constraint, string Change, string Pointer, string? ParentPointer, string Json)
{
    public string Name => $"{Constraint.Name} ({Change})";

    /// <summary>True when a reader's error at <paramref name="pointer"/> names the changed location.</summary>
    public bool IsNamedBy(string pointer) => pointer == Pointer || (ParentPointer is not null && pointer == ParentPointer);
}

/// <summary>The result of walking the schema: every constraint reached, and what could not be walked.</summary>
public sealed class SchemaWalk
{
    public List<SchemaConstraint> Constraints { get; } = [];

    /// <summary>Gets what the walk could not handle: unknown keywords, unsupported forms, parts of the schema the base document does not reach.</summary>
    public List<string> Problems { get; } = [];

    public HashSet<string> ReachedDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the schema positions (such as #/definitions/project/properties/unit) the walk entered with a value of the base document.</summary>
    public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);

    public IEnumerable<SchemaMutation> Rejected => Constraints.SelectMany(c => c.Rejected);

    public IEnumerable<SchemaMutation> Accepted => Constraints.SelectMany(c => c.Accepted);
}

/// <summary>
/// Walks a JSON Schema (the draft-07 subset this project uses) together with a valid base document, and for every
/// constraint met on the way synthesises documents that violate exactly that constraint. The walk is generic: it knows
/// keywords, not the exchange format, so a constraint added to the schema is picked up without changing the tests.
/// Anything it does not understand is reported in <see cref="SchemaWalk.Problems"/>, never skipped silently.
/// </summary>
public sealed class SchemaConstraintWalker
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonKind[] AllKinds = Enum.GetValues<JsonKind>();

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "title", "description", "$id" };

    private readonly JsonElement _schemaRoot;
    private readonly string _baseJson;
    private readonly SchemaWalk _walk = new();

    private SchemaConstraintWalker(JsonElement schemaRoot, string baseJson)
    {
        _schemaRoot = schemaRoot;
        _baseJson = baseJson;
    }

    public static SchemaWalk Walk(string schemaText, string baseJson)
    {
        using var schema = JsonDocument.Parse(schemaText);
        var walker = new SchemaConstraintWalker(schema.RootElement.Clone(), baseJson);
        var instance = JsonNode.Parse(baseJson);
        walker.Visit(walker._schemaRoot, "#", instance, string.Empty, new HashSet<JsonKind>(), edges: true);
        if (walker._schemaRoot.TryGetProperty("definitions", out var definitions))
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                if (!walker._walk.ReachedDefinitions.Contains(definition.Name))
                {
                    walker._walk.Problems.Add($"#/definitions/{definition.Name} is never reached from the base document.");
                }
            }
        }

        return walker._walk;
    }

    /// <summary>
    /// Whether <paramref name="value"/> matches a schema pattern with ECMA-262 semantics, which draft-07 prescribes:
    /// <c>$</c> matches only at the very end (in .NET and Python it also matches before a final newline).
    /// </summary>
    public static bool EcmaMatches(string pattern, string value) => Regex.IsMatch(value, ToEndAnchored(pattern), RegexOptions.CultureInvariant);

    public static JsonKind KindOf(JsonNode? node)
    {
        if (node is null)
        {
            return JsonKind.Null;
        }

        if (node is JsonObject)
        {
            return JsonKind.Object;
        }

        if (node is JsonArray)
        {
            return JsonKind.Array;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => JsonKind.String,
            JsonValueKind.True or JsonValueKind.False => JsonKind.Boolean,
            JsonValueKind.Null => JsonKind.Null,
            JsonValueKind.Number => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) % 1 == 0 ? JsonKind.Integer : JsonKind.Fraction,
            _ => throw new InvalidOperationException("Unexpected JSON value " + node.ToJsonString()),
        };
    }

    private static string ToEndAnchored(string pattern)
    {
        var builder = new System.Text.StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                builder.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            builder.Append(c == '$' && !inClass ? "\\z" : c.ToString());
        }

        return builder.ToString();
    }

    // edges: whether valid edge documents (null, enum values, bounds) may be made here; false for properties a oneOf
    // of the enclosing object constrains further, where a locally valid value can still break the oneOf.
    private void Visit(JsonElement schema, string schemaPath, JsonNode? instance, string pointer, IReadOnlySet<JsonKind> alsoAllowed, bool edges)
    {
        _walk.Visited.Add(schemaPath);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            _walk.Problems.Add($"{schemaPath}: a boolean schema or a non-object where a schema was expected.");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var path = schemaPath + "/" + keyword.Name;
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "definitions":
                    if (schemaPath != "#")
                    {
                        _walk.Problems.Add($"{path}: definitions below the root are not supported.");
                    }

                    break;
                case "$ref":
                    VisitReference(schema, path, value.GetString()!, instance, pointer, alsoAllowed, edges);
                    break;
                case "type":
                    TypeConstraint(schema, path, pointer, alsoAllowed, edges);
                    break;
                case "enum":
                    EnumConstraint(schema, path, pointer, edges);
                    break;
                case "pattern":
                    PatternConstraint(path, value.GetString()!, instance, pointer);
                    break;
                case "minimum":
                case "maximum":
                    BoundConstraint(schema, path, keyword.Name, value.GetDecimal(), pointer, edges);
                    break;
                case "minLength":
                case "maxLength":
                    LengthConstraint(path, keyword.Name, value.GetInt32(), pointer, edges);
                    break;
                case "minItems":
                case "maxItems":
                    ItemCountConstraint(path, keyword.Name, value.GetInt32(), instance, pointer);
                    break;
                case "required":
                    foreach (var required in value.EnumerateArray())
                    {
                        RequiredConstraint(path, required.GetString()!, instance, pointer);
                    }

                    break;
                case "properties":
                    var constrainedByOneOf = NamesInOneOf(schema);
                    foreach (var property in value.EnumerateObject())
                    {
                        // A property the base value lacks here is walked where it is present; SchemaWalk.Visited
                        // lets the tests check that every property is present somewhere.
                        if (instance is JsonObject obj && obj.TryGetPropertyValue(property.Name, out var child))
                        {
                            Visit(property.Value, path + "/" + property.Name, child, pointer + "/" + Escape(property.Name), new HashSet<JsonKind>(), !constrainedByOneOf.Contains(property.Name));
                        }
                    }

                    break;
                case "patternProperties":
                    foreach (var pattern in value.EnumerateObject())
                    {
                        if (instance is not JsonObject obj)
                        {
                            continue;
                        }

                        foreach (var property in obj.Where(p => !IsDeclared(schema, p.Key) && EcmaMatches(pattern.Name, p.Key)))
                        {
                            Visit(pattern.Value, path + "/" + pattern.Name, property.Value, pointer + "/" + Escape(property.Key), new HashSet<JsonKind>(), edges: true);
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False)
                    {
                        AdditionalPropertiesConstraint(schema, path, instance, pointer);
                    }
                    else
                    {
                        _walk.Problems.Add($"{path}: only \"additionalProperties\": false is supported.");
                    }

                    break;
                case "items":
                    if (value.ValueKind != JsonValueKind.Object)
                    {
                        _walk.Problems.Add($"{path}: only a single items schema is supported.");
                    }
                    else if (instance is JsonArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Visit(value, path, array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), new HashSet<JsonKind>(), edges: true);
                        }
                    }

                    break;
                case "allOf":
                    var index = 0;
                    foreach (var branch in value.EnumerateArray())
                    {
                        Visit(branch, path + "/" + index++.ToString(CultureInfo.InvariantCulture), instance, pointer, alsoAllowed, edges);
                    }

                    break;
                case "anyOf":
                    AnyOfConstraint(path, value, instance, pointer, alsoAllowed, edges);
                    break;
                case "oneOf":
                    OneOfConstraint(schema, path, value, instance, pointer);
                    break;
                default:
                    _walk.Problems.Add($"{path}: the keyword \"{keyword.Name}\" is not understood by the constraint walker.");
                    break;
            }
        }
    }

    private void VisitReference(JsonElement schema, string path, string reference, JsonNode? instance, string pointer, IReadOnlySet<JsonKind> alsoAllowed, bool edges)
    {
        if (schema.EnumerateObject().Any(p => p.Name != "$ref"))
        {
            _walk.Problems.Add($"{path}: keywords beside $ref are ignored by draft-07; do not write them.");
        }

        if (Resolve(reference) is not { } target)
        {
            _walk.Problems.Add($"{path}: cannot resolve {reference}.");
            return;
        }

        _walk.ReachedDefinitions.Add(reference.Substring("#/definitions/".Length));
        Visit(target, reference, instance, pointer, alsoAllowed, edges);
    }

    private JsonElement? Resolve(string reference)
    {
        const string prefix = "#/definitions/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)
            || !_schemaRoot.TryGetProperty("definitions", out var definitions)
            || !definitions.TryGetProperty(reference.Substring(prefix.Length), out var target))
        {
            return null;
        }

        return target;
    }

    private SchemaConstraint Add(string keyword, string schemaPath, string pointer, string? detail = null)
    {
        var constraint = new SchemaConstraint(keyword, pointer, schemaPath, detail);
        _walk.Constraints.Add(constraint);
        return constraint;
    }

    private void TypeConstraint(JsonElement schema, string path, string pointer, IReadOnlySet<JsonKind> alsoAllowed, bool edges)
    {
        var constraint = Add("type", path, pointer);
        var allowed = KindsOf(schema);
        foreach (var kind in WrongKinds(allowed, alsoAllowed))
        {
            Reject(constraint, KindLabel(kind), pointer, null, Replace(pointer, Representative(kind)));
        }

        if (!edges)
        {
            return;
        }

        if (allowed.Contains(JsonKind.Null) && (!schema.TryGetProperty("enum", out var values) || values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null)))
        {
            Accept(constraint, "null", pointer, Replace(pointer, null));
        }

        if (allowed.Contains(JsonKind.Fraction) && !HasValueConstraints(schema))
        {
            Accept(constraint, "integer-valued number", pointer, Replace(pointer, JsonValue.Create(1)));
            Accept(constraint, "fraction", pointer, Replace(pointer, JsonValue.Create(1.25m)));
        }
    }

    private void EnumConstraint(JsonElement schema, string path, string pointer, bool edges)
    {
        var constraint = Add("enum", path, pointer);
        var values = schema.GetProperty("enum").EnumerateArray().Select(e => e.Clone()).ToList();
        var strings = values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
        var allowsString = KindsOf(schema).Contains(JsonKind.String);
        if (allowsString && strings.Count > 0)
        {
            var first = strings[0];
            var candidates = new[]
            {
                first.ToUpperInvariant(),
                first + " ",
                "\u3000" + first,
                "unknown",
            };
            foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Where(c => !strings.Contains(c, StringComparer.Ordinal)).Take(3))
            {
                Reject(constraint, JsonSerializer.Serialize(candidate, WriteOptions), pointer, null, Replace(pointer, JsonValue.Create(candidate)));
            }
        }
        else
        {
            _walk.Problems.Add($"{path}: only enums of strings (and null) are supported.");
        }

        foreach (var value in values.Where(_ => edges))
        {
            Accept(constraint, value.GetRawText(), pointer, Replace(pointer, JsonNode.Parse(value.GetRawText())));
        }
    }

    private void PatternConstraint(string path, string pattern, JsonNode? instance, string pointer)
    {
        var constraint = Add("pattern", path, pointer);
        if (KindOf(instance) != JsonKind.String)
        {
            return;
        }

        var current = instance!.GetValue<string>();
        var candidates = new[] { current + "\n", current + "x", " " + current, current.Substring(0, current.Length - 1), string.Empty };
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Where(c => !EcmaMatches(pattern, c)))
        {
            Reject(constraint, JsonSerializer.Serialize(candidate, WriteOptions), pointer, null, Replace(pointer, JsonValue.Create(candidate)));
        }
    }

    private void BoundConstraint(JsonElement schema, string path, string keyword, decimal bound, string pointer, bool edges)
    {
        var constraint = Add(keyword, path, pointer);
        var kinds = KindsOf(schema);
        var sign = keyword == "minimum" ? -1 : 1;
        if (kinds.Contains(JsonKind.Fraction))
        {
            Reject(constraint, Number(bound + (sign * 0.01m)), pointer, null, Replace(pointer, JsonValue.Create(bound + (sign * 0.01m))));
        }

        if (kinds.Contains(JsonKind.Integer))
        {
            Reject(constraint, Number(bound + sign), pointer, null, Replace(pointer, JsonValue.Create(bound + sign)));
        }

        if (edges)
        {
            Accept(constraint, Number(bound), pointer, Replace(pointer, JsonValue.Create(bound)));
        }
    }

    private void LengthConstraint(string path, string keyword, int length, string pointer, bool edges)
    {
        var constraint = Add(keyword, path, pointer);
        var wrong = keyword == "minLength" ? length - 1 : length + 1;
        if (wrong >= 0)
        {
            Reject(constraint, $"{wrong} characters", pointer, null, Replace(pointer, JsonValue.Create(new string('字', wrong))));
        }

        if (edges)
        {
            Accept(constraint, $"{length} characters", pointer, Replace(pointer, JsonValue.Create(new string('字', length))));
        }
    }

    private void ItemCountConstraint(string path, string keyword, int count, JsonNode? instance, string pointer)
    {
        var constraint = Add(keyword, path, pointer);
        if (instance is not JsonArray { Count: > 0 } array)
        {
            return;
        }

        var wrong = keyword == "minItems" ? count - 1 : count + 1;
        if (wrong >= 0)
        {
            var items = new JsonArray();
            for (var i = 0; i < wrong; i++)
            {
                items.Add(array[0]!.DeepClone());
            }

            Reject(constraint, $"{wrong} items", pointer, null, Replace(pointer, items));
        }
    }

    private void RequiredConstraint(string path, string name, JsonNode? instance, string pointer)
    {
        var constraint = Add("required", path, pointer, name);
        if (instance is JsonObject obj && obj.ContainsKey(name))
        {
            var child = pointer + "/" + Escape(name);
            Reject(constraint, "removed", child, pointer, Edit(pointer, node => ((JsonObject)node!).Remove(name)));
        }
    }

    private void AdditionalPropertiesConstraint(JsonElement schema, string path, JsonNode? instance, string pointer)
    {
        var constraint = Add("additionalProperties", path, pointer);
        if (instance is not JsonObject obj)
        {
            return;
        }

        var candidates = new List<string> { "unknownProperty", "X-upper-case-prefix", " x-leading-space" };
        if (schema.TryGetProperty("properties", out var properties))
        {
            var first = properties.EnumerateObject().First().Name;
            candidates.Insert(0, char.ToUpperInvariant(first[0]) + first.Substring(1));
        }

        foreach (var name in candidates.Where(n => !obj.ContainsKey(n) && !IsDeclared(schema, n) && !MatchesPatternProperty(schema, n)))
        {
            var child = pointer + "/" + Escape(name);
            Reject(constraint, JsonSerializer.Serialize(name, WriteOptions) + " added", child, pointer, Edit(pointer, node => ((JsonObject)node!)[name] = JsonValue.Create("值")));
        }

        if (schema.TryGetProperty("patternProperties", out _))
        {
            const string extension = "x-新扩展";
            if (MatchesPatternProperty(schema, extension))
            {
                var value = new JsonObject { ["a"] = new JsonArray(1, null, "二"), ["b"] = 1.500m };
                Accept(constraint, $"\"{extension}\" added", pointer + "/" + extension, Edit(pointer, node => ((JsonObject)node!)[extension] = value));
            }
        }
    }

    private void AnyOfConstraint(string path, JsonElement branches, JsonNode? instance, string pointer, IReadOnlySet<JsonKind> alsoAllowed, bool edges)
    {
        var constraint = Add("anyOf", path, pointer);
        var list = branches.EnumerateArray().ToList();
        var kinds = list.Select(KindsOf).ToList();
        var allowed = kinds.SelectMany(k => k).ToHashSet();
        foreach (var kind in WrongKinds(allowed, alsoAllowed))
        {
            Reject(constraint, KindLabel(kind), pointer, null, Replace(pointer, Representative(kind)));
        }

        if (allowed.Contains(JsonKind.Null) && edges)
        {
            Accept(constraint, "null", pointer, Replace(pointer, null));
        }

        // Walk into the branches the base value belongs to; the other branches' kinds stay allowed there.
        var instanceKind = KindOf(instance);
        var walked = false;
        for (var i = 0; i < list.Count; i++)
        {
            if (!kinds[i].Contains(instanceKind))
            {
                continue;
            }

            walked = true;
            var others = new HashSet<JsonKind>(alsoAllowed);
            for (var j = 0; j < list.Count; j++)
            {
                if (j != i)
                {
                    others.UnionWith(kinds[j]);
                }
            }

            Visit(list[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), instance, pointer, others, edges);
        }

        if (!walked)
        {
            _walk.Problems.Add($"{path}: the base value at {Show(pointer)} belongs to no branch, so no branch is walked.");
        }
    }

    private void OneOfConstraint(JsonElement schema, string path, JsonElement branches, JsonNode? instance, string pointer)
    {
        var constraint = Add("oneOf", path, pointer);
        if (instance is not JsonObject obj)
        {
            return;
        }

        var list = branches.EnumerateArray().ToList();
        if (CountMatches(list, obj, path) != 1)
        {
            _walk.Problems.Add($"{path}: the base value at {Show(pointer)} does not match exactly one branch.");
            return;
        }

        var outerRequired = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var outerProperties = schema.TryGetProperty("properties", out var p) ? p : default;
        var changes = new List<(string Change, Action<JsonObject> Apply)>();
        foreach (var branch in list)
        {
            if (branch.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(e => e.GetString()!))
                {
                    if (obj.ContainsKey(name) && !outerRequired.Contains(name))
                    {
                        changes.Add(($"\"{name}\" removed", o => o.Remove(name)));
                    }
                }
            }

            if (branch.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    var name = property.Name;
                    if (OuterAllows(outerProperties, name, null))
                    {
                        changes.Add(($"\"{name}\": null", o => o[name] = null));
                    }

                    if (property.Value.TryGetProperty("enum", out var values))
                    {
                        foreach (var value in values.EnumerateArray())
                        {
                            var node = JsonNode.Parse(value.GetRawText());
                            if (OuterAllows(outerProperties, name, node) && !JsonNode.DeepEquals(node, obj[name]))
                            {
                                changes.Add(($"\"{name}\": {value.GetRawText()}", o => o[name] = JsonNode.Parse(value.GetRawText())));
                            }
                        }
                    }
                }
            }
        }

        foreach (var (change, apply) in changes.DistinctBy(c => c.Change))
        {
            var copy = (JsonObject)obj.DeepClone();
            apply(copy);
            if (CountMatches(list, copy, path) != 1)
            {
                Reject(constraint, change + ", so no branch matches", pointer, null, Edit(pointer, node => apply((JsonObject)node!)));
            }
        }
    }

    private int CountMatches(List<JsonElement> branches, JsonObject obj, string path)
    {
        var count = 0;
        foreach (var branch in branches)
        {
            if (BranchMatches(branch, obj, path))
            {
                count++;
            }
        }

        return count;
    }

    // A small evaluator for the keywords a oneOf branch may use here: required, and properties with enum or type.
    private bool BranchMatches(JsonElement branch, JsonObject obj, string path)
    {
        var matches = true;
        foreach (var keyword in branch.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "required":
                    matches &= keyword.Value.EnumerateArray().All(e => obj.ContainsKey(e.GetString()!));
                    break;
                case "properties":
                    foreach (var property in keyword.Value.EnumerateObject())
                    {
                        if (obj.TryGetPropertyValue(property.Name, out var value))
                        {
                            matches &= LocallyValid(property.Value, value, path);
                        }
                    }

                    break;
                default:
                    _walk.Problems.Add($"{path}: the oneOf branch keyword \"{keyword.Name}\" is not understood by the constraint walker.");
                    return false;
            }
        }

        return matches;
    }

    private bool LocallyValid(JsonElement schema, JsonNode? value, string path)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "type":
                    if (!KindsOf(schema).Contains(KindOf(value)))
                    {
                        return false;
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonNode.DeepEquals(JsonNode.Parse(e.GetRawText()), value)))
                    {
                        return false;
                    }

                    break;
                default:
                    _walk.Problems.Add($"{path}: the keyword \"{keyword.Name}\" in a oneOf branch property is not understood by the constraint walker.");
                    return false;
            }
        }

        return true;
    }

    private bool OuterAllows(JsonElement outerProperties, string name, JsonNode? value) =>
        outerProperties.ValueKind == JsonValueKind.Object
        && outerProperties.TryGetProperty(name, out var schema)
        && LocallyValid(schema, value, "(outer property " + name + ")");

    private static HashSet<string> NamesInOneOf(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("oneOf", out var branches))
        {
            foreach (var branch in branches.EnumerateArray())
            {
                if (branch.TryGetProperty("required", out var required))
                {
                    names.UnionWith(required.EnumerateArray().Select(e => e.GetString()!));
                }

                if (branch.TryGetProperty("properties", out var properties))
                {
                    names.UnionWith(properties.EnumerateObject().Select(p => p.Name));
                }
            }
        }

        return names;
    }

    private static bool IsDeclared(JsonElement schema, string name) =>
        schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out _);

    private static bool MatchesPatternProperty(JsonElement schema, string name) =>
        schema.TryGetProperty("patternProperties", out var patterns) && patterns.EnumerateObject().Any(p => EcmaMatches(p.Name, name));

    private static bool HasValueConstraints(JsonElement schema) =>
        schema.EnumerateObject().Any(p => p.Name is "enum" or "pattern" or "minimum" or "maximum" or "minLength" or "maxLength");

    private HashSet<JsonKind> KindsOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(reference.GetString()!) is { } target ? KindsOf(target) : [];
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return [.. AllKinds];
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];
        var kinds = new HashSet<JsonKind>();
        foreach (var name in names)
        {
            switch (name)
            {
                case "null": kinds.Add(JsonKind.Null); break;
                case "boolean": kinds.Add(JsonKind.Boolean); break;
                case "integer": kinds.Add(JsonKind.Integer); break;
                case "number": kinds.Add(JsonKind.Integer); kinds.Add(JsonKind.Fraction); break;
                case "string": kinds.Add(JsonKind.String); break;
                case "array": kinds.Add(JsonKind.Array); break;
                case "object": kinds.Add(JsonKind.Object); break;
                default: _walk.Problems.Add($"Unknown type name \"{name}\"."); break;
            }
        }

        return kinds;
    }

    // One value of each kind the schema rejects. A fraction stands for "number" only where integers are allowed:
    // elsewhere the integer already shows that numbers are rejected.
    private static IEnumerable<JsonKind> WrongKinds(IReadOnlySet<JsonKind> allowed, IReadOnlySet<JsonKind> alsoAllowed) =>
        AllKinds.Where(k => !allowed.Contains(k) && !alsoAllowed.Contains(k))
            .Where(k => k != JsonKind.Fraction || allowed.Contains(JsonKind.Integer));

    private static JsonNode? Representative(JsonKind kind) => kind switch
    {
        JsonKind.Null => null,
        JsonKind.Boolean => JsonValue.Create(true),
        JsonKind.Integer => JsonValue.Create(7),
        JsonKind.Fraction => JsonValue.Create(2.5m),
        JsonKind.String => JsonValue.Create("文本"),
        JsonKind.Array => new JsonArray(),
        JsonKind.Object => new JsonObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string KindLabel(JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "true",
        JsonKind.Integer => "7",
        JsonKind.Fraction => "2.5",
        JsonKind.String => "\"文本\"",
        JsonKind.Array => "[]",
        JsonKind.Object => "{}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Show(string pointer) => pointer.Length == 0 ? "(document)" : pointer;

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0 ? [] : pointer.Substring(1).Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~"));

    private static void Reject(SchemaConstraint constraint, string change, string pointer, string? parent, string json) =>
        constraint.Rejected.Add(new SchemaMutation(constraint, change, pointer, parent, json));

    private static void Accept(SchemaConstraint constraint, string change, string pointer, string json) =>
        constraint.Accepted.Add(new SchemaMutation(constraint, change, pointer, null, json));

    private string Replace(string pointer, JsonNode? value)
    {
        if (pointer.Length == 0)
        {
            return value?.ToJsonString(WriteOptions) ?? "null";
        }

        var root = JsonNode.Parse(_baseJson)!;
        var tokens = Tokens(pointer).ToList();
        var parent = Navigate(root, tokens.Take(tokens.Count - 1));
        var last = tokens[^1];
        if (parent is JsonArray array)
        {
            array[int.Parse(last, CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            ((JsonObject)parent!)[last] = value;
        }

        return root.ToJsonString(WriteOptions);
    }

    private string Edit(string pointer, Action<JsonNode?> edit)
    {
        var root = JsonNode.Parse(_baseJson)!;
        edit(Navigate(root, Tokens(pointer)));
        return root.ToJsonString(WriteOptions);
    }

    private static JsonNode? Navigate(JsonNode root, IEnumerable<string> tokens)
    {
        JsonNode? node = root;
        foreach (var token in tokens)
        {
            node = node is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)] : node![token];
        }

        return node;
    }
}
