using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using PerformanceTargets.Json;
using PerformanceTargets.Json.Codec;
using PerformanceTargets.Schema;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Schema;

/// <summary>
/// Stage 1: turns the reader's errors into findings (PT001 syntax and encoding, PT002 schema, PT003 version, PT901
/// limits), each with the reader's pointer, location, message and hint. With the full schema report the validator also
/// runs NJsonSchema, the reference implementation of the published schema, and its list (in the same words, from
/// <see cref="ReadMessages"/>) stands for the reader's PT002 findings.
/// </summary>
internal static class SchemaStage
{
    private static readonly object SchemaGate = new();

    /// <summary>Reports why the reader refused the input; with <paramref name="fullReport"/>, NJsonSchema's list stands for the schema errors.</summary>
    public static void Explain(ReadOnlySpan<byte> utf8Json, ImmutableArray<JsonReadError> errors, Language culture, FindingSet findings, bool fullReport)
    {
        var before = findings.Count;
        if (fullReport && errors.Any(e => e.Kind == JsonReadErrorKind.Schema))
        {
            FullReport(utf8Json, culture, findings);
        }

        var replaced = findings.Count > before;
        foreach (var error in errors)
        {
            if (error.Kind == JsonReadErrorKind.Schema && replaced)
            {
                continue;
            }

            findings.Add(FromReadError(error, culture, findings.Scope));
        }
    }

    /// <summary>Runs NJsonSchema over the text and reports every violation as PT002.</summary>
    public static void FullReport(ReadOnlySpan<byte> utf8Json, Language culture, FindingSet findings)
    {
        var rule = RuleCatalog.Get("PT002");
        foreach (var violation in Validate(utf8Json))
        {
            var text = new FindingText(findings.Scope, PointerSpec.Literal(violation.Pointer), violation.Message.Text, violation.Message.Hint, null, null, null, culture, literal: true);
            findings.Add(new Finding(rule.Id, rule.DefaultSeverity, rule.Category, text));
        }
    }

    /// <summary>Validates UTF-8 JSON with NJsonSchema and returns the violations, flattened to their causes, in document order.</summary>
    internal static List<SchemaViolation> Validate(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        var text = Encoding.UTF8.GetString(utf8Json.ToArray());
        ICollection<ValidationError> errors;
        try
        {
            // The shared schema object is not documented as thread-safe for validation: one validation at a time.
            lock (SchemaGate)
            {
                errors = TargetSchema.SharedJsonSchema.Validate(text);
            }
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidCastException or OverflowException or FormatException)
        {
            // Text our reader read but Newtonsoft's cannot (a 400-digit number becomes a BigInteger, a 38-digit integer
            // where the schema wants another type throws): NJsonSchema gives no list then, and the reader's errors stand.
            return [];
        }

        var result = new List<SchemaViolation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            Flatten(error, result, seen);
        }

        return result;
    }

    private static Finding FromReadError(JsonReadError error, Language culture, ValidationScope scope)
    {
        var rule = RuleCatalog.Get(error.Code);
        var text = new FindingText(scope, PointerSpec.Literal(error.Pointer), error.Text, error.HintText, null, null, null, culture, literal: true);
        var finding = new Finding(rule.Id, rule.DefaultSeverity, rule.Category, text);
        return error.Location is { } location ? finding with { Location = location } : finding;
    }

    private static void Flatten(ValidationError error, List<SchemaViolation> result, HashSet<string> seen)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
                // ["array", "null"] and the like: the value is not null, so the non-null type's errors are the cause.
                foreach (var pair in multi.Errors)
                {
                    if (pair.Key != NJsonSchema.JsonObjectType.Null)
                    {
                        foreach (var child in pair.Value)
                        {
                            Flatten(child, result, seen);
                        }

                        return;
                    }
                }

                Add(error, result, seen);
                return;

            case ChildSchemaValidationError child when error.Kind == ValidationErrorKind.NotOneOf:
                // targetValue: neither quantitative with a value nor qualitative with a text.
                Add(error, result, seen);
                return;

            case ChildSchemaValidationError child:
                foreach (var branch in child.Errors.Values)
                {
                    // In anyOf [null, object], the null branch only says the value is not null.
                    if (error.Kind == ValidationErrorKind.NotAnyOf && branch.All(e => e.Kind == ValidationErrorKind.NullExpected))
                    {
                        continue;
                    }

                    foreach (var nested in branch)
                    {
                        Flatten(nested, result, seen);
                    }
                }

                return;

            default:
                Add(error, result, seen);
                return;
        }
    }

    private static void Add(ValidationError error, List<SchemaViolation> result, HashSet<string> seen)
    {
        var pointer = error.Kind == ValidationErrorKind.PropertyRequired && error.Token is not null
            ? JsonPointer.Append(PointerOf(error.Token), error.Property ?? string.Empty)
            : error.Token is not null ? PointerOf(error.Token) : string.Empty;
        if (!seen.Add(pointer + "\u0000" + error.Kind.ToString()))
        {
            return;
        }

        result.Add(new SchemaViolation(pointer, error.HasLineInfo ? error.LineNumber : 0, error.HasLineInfo ? error.LinePosition : 0, SchemaMessages.Describe(error, pointer)));
    }

    /// <summary>Builds the JSON Pointer of a token by walking up its parents: exact for any property name.</summary>
    private static string PointerOf(JToken token)
    {
        var segments = new List<string>();
        var current = token;
        while (current is not null)
        {
            var parent = current.Parent;
            switch (current)
            {
                case JProperty property:
                    segments.Add(JsonPointer.Escape(property.Name));
                    break;
                default:
                    if (parent is JArray array)
                    {
                        segments.Add(array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
                    }

                    break;
            }

            current = parent;
        }

        if (segments.Count == 0)
        {
            return string.Empty;
        }

        segments.Reverse();
        return "/" + string.Join("/", segments);
    }
}

/// <summary>One violation NJsonSchema found: where, and what in both languages.</summary>
internal sealed record SchemaViolation(string Pointer, int Line, int Column, ReadMessage Message);
