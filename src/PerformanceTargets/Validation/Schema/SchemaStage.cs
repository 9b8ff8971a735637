using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using PerformanceTargets.Json;
using PerformanceTargets.Schema;
using PerformanceTargets.Validation.Engine;
using PerformanceTargets.Validation.Rules.Format;

namespace PerformanceTargets.Validation.Schema;

/// <summary>
/// Stage 1: turns the reader's errors into findings (PT001 syntax and encoding, PT003 version, PT901 limits) and, for
/// structural errors, runs NJsonSchema for the complete schema report (PT002), its paths turned into JSON Pointers
/// and its error kinds into messages in both languages.
/// </summary>
internal static class SchemaStage
{
    private static readonly object SchemaGate = new();

    private static readonly Text SyntaxHint = new(string.Empty, string.Empty,
        "Fix the JSON at this place (a missing comma, quote or bracket is the usual cause), or export the document again.",
        "请修正此处的 JSON（通常是缺少逗号、引号或括号），或重新导出文档。");

    private static readonly Text EncodingHint = new(string.Empty, string.Empty,
        "Save the file as UTF-8; convert GB18030 or UTF-16 files with the importer.",
        "请将文件另存为 UTF-8；GB18030 或 UTF-16 文件可用导入器转换。");

    /// <summary>Reports why the reader refused the input.</summary>
    public static void Explain(ReadOnlySpan<byte> utf8Json, ImmutableArray<JsonReadError> errors, string? fileName, Language culture, FindingSet findings)
    {
        var schemaErrors = new List<JsonReadError>();
        foreach (var error in errors)
        {
            switch (error.Kind)
            {
                case JsonReadErrorKind.Encoding:
                    findings.Add(FromReadError(ReadStageRules.PT001, error, EncodingHint, fileName, culture, findings.Scope));
                    break;
                case JsonReadErrorKind.Syntax:
                    findings.Add(FromReadError(ReadStageRules.PT001, error, SyntaxHint, fileName, culture, findings.Scope));
                    break;
                case JsonReadErrorKind.UnsupportedVersion:
                    findings.Add(FromReadError(ReadStageRules.PT003, error, null, fileName, culture, findings.Scope));
                    break;
                case JsonReadErrorKind.LimitExceeded:
                    findings.Add(FromReadError(ReadStageRules.PT901, error, null, fileName, culture, findings.Scope));
                    break;
                default:
                    schemaErrors.Add(error);
                    break;
            }
        }

        if (schemaErrors.Count == 0)
        {
            return;
        }

        // The fast reader met a structural error: NJsonSchema gives the complete list. Where it finds nothing (a
        // number beyond decimal, which the schema's "number" allows), the reader's own errors stand.
        var before = findings.Count;
        FullReport(utf8Json, culture, findings);
        if (findings.Count == before)
        {
            foreach (var error in schemaErrors)
            {
                findings.Add(FromReadError(ReadStageRules.PT002, error, null, fileName, culture, findings.Scope));
            }
        }
    }

    /// <summary>Runs NJsonSchema over the text and reports every violation as PT002.</summary>
    public static void FullReport(ReadOnlySpan<byte> utf8Json, Language culture, FindingSet findings)
    {
        foreach (var violation in Validate(utf8Json))
        {
            var text = new FindingText(findings.Scope, PointerSpec.Literal(violation.Pointer), violation.Message.Message(culture), violation.Message.Hint(culture), null, null, null, literal: true);
            findings.Add(new Finding(ReadStageRules.PT002.Id, Severity.Error, RuleCategory.Format, text));
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
        catch (Newtonsoft.Json.JsonException ex)
        {
            return [new SchemaViolation(string.Empty, 0, 0, new Text("The text is not well-formed JSON: " + ex.Message, "文本不是格式正确的 JSON：" + ex.Message))];
        }
        catch (Exception ex) when (ex is InvalidCastException or OverflowException)
        {
            // NJsonSchema fails on an integer beyond 64 bits where the schema wants another type ("code": 99999999999999999999):
            // it gives no list then, and the fast reader's own errors stand (see Explain).
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

    private static Finding FromReadError(RuleDescriptor rule, JsonReadError error, Text? hint, string? fileName, Language culture, ValidationScope scope)
    {
        var message = culture == Language.English ? error.Message : error.MessageZh;
        var text = new FindingText(scope, PointerSpec.Literal(error.Pointer), message, hint?.Hint(culture), null, null, null, literal: true);
        var finding = new Finding(rule.Id, rule.DefaultSeverity, rule.Category, text);
        return error.Line > 0 ? finding with { Location = new SourceLocation { File = fileName, Line = error.Line, Column = error.Column } } : finding;
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
internal sealed record SchemaViolation(string Pointer, int Line, int Column, Text Message);
