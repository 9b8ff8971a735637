using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using PerformanceTargets.Json.Codec;
using PerformanceTargets.Json.Format;

namespace PerformanceTargets.Validation.Schema;

/// <summary>
/// NJsonSchema's error kinds in the reader's words (<see cref="ReadMessages"/>): the full schema report says what the
/// reader says for the same fault.
/// </summary>
internal static class SchemaMessages
{
    public static ReadMessage Describe(ValidationError error, string pointer)
    {
        var property = error.Property ?? LastSegment(pointer);
        var value = Show(error.Token);
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired:
                return ReadMessages.Required(property);

            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                return ReadMessages.Unknown(property);

            case ValidationErrorKind.NotInEnumeration:
                return ReadMessages.NotAllowed(value, (error.Schema?.Enumeration ?? []).Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!));

            case ValidationErrorKind.PatternMismatch:
                return property switch
                {
                    "schemaVersion" => ReadMessages.Pattern(value, ExchangeFormat.VersionPattern.Meaning),
                    "start" or "end" => ReadMessages.Pattern(value, ExchangeFormat.MonthPattern.Meaning),
                    _ => ReadMessages.Pattern(value, error.Schema?.Pattern ?? string.Empty),
                };

            case ValidationErrorKind.StringTooShort:
                return ReadMessages.Empty(property);

            case ValidationErrorKind.NumberTooSmall:
            case ValidationErrorKind.NumberTooBig:
                var small = error.Kind == ValidationErrorKind.NumberTooSmall;
                var limit = (small ? error.Schema?.Minimum : error.Schema?.Maximum)?.ToString(CultureInfo.InvariantCulture) ?? "?";
                return ReadMessages.OutOfRange(value, limit, small);

            case ValidationErrorKind.NotOneOf:
                var failed = ExchangeFormat.TargetValue.CasesFailed!.Value;
                return new ReadMessage(failed.Message, failed.Hint);

            default:
                if (ExpectedKind(error.Kind) is { } kind)
                {
                    return ReadMessages.WrongType(kind, Found(error.Token));
                }

                return new ReadMessage(
                    new LocalizedText($"该值不符合 Schema（{error.Kind}）。", $"The value violates the schema ({error.Kind})."),
                    new LocalizedText("请对照 schema/performance-targets.schema.json 检查该值。", "Compare the value with schema/performance-targets.schema.json."));
        }
    }

    private static JsonKind? ExpectedKind(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => JsonKind.String,
        ValidationErrorKind.NumberExpected => JsonKind.Number,
        ValidationErrorKind.IntegerExpected => JsonKind.Integer,
        ValidationErrorKind.ObjectExpected => JsonKind.Object,
        ValidationErrorKind.ArrayExpected => JsonKind.Array,
        _ => null,
    };

    private static string Found(JToken? token) => token?.Type switch
    {
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        _ => "a value",
    };

    private static string Show(JToken? token)
    {
        if (token is JProperty property)
        {
            token = property.Value;
        }

        return token switch
        {
            null => "(none)",
            JValue { Type: JTokenType.String } v => ReadMessages.Quote((string?)v ?? string.Empty),
            JValue v => ReadMessages.Excerpt(Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "null"),
            _ => token.Type.ToString().ToLowerInvariant(),
        };
    }

    private static string LastSegment(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? pointer : Json.JsonPointer.Unescape(pointer.Substring(slash + 1));
    }
}
