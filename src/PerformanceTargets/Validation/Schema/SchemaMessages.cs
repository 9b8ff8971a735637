using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Schema;

/// <summary>Readable messages, in English and Chinese, for NJsonSchema's error kinds.</summary>
internal static class SchemaMessages
{
    public static Text Describe(ValidationError error, string pointer)
    {
        var property = error.Property ?? LastSegment(pointer);
        var value = Show(error.Token);
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired:
                return new Text(
                    $"The required property \"{property}\" is missing.",
                    $"缺少必填属性 \"{property}\"。",
                    $"Add \"{property}\" (it may not be null).",
                    $"请补上 \"{property}\"（不能为 null）。");

            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                return new Text(
                    $"Unknown property \"{property}\".",
                    $"未知属性 \"{property}\"。",
                    "Check its spelling against the exchange format; a property of your own must start with \"x-\".",
                    "请对照交换格式检查拼写；自定义属性须以 \"x-\" 开头。");

            case ValidationErrorKind.NotInEnumeration:
                var allowed = string.Join(", ", (error.Schema?.Enumeration ?? []).Where(v => v is not null).Select(v => "\"" + v + "\""));
                return new Text(
                    $"{value} is not one of the allowed values: {allowed}.",
                    $"{value} 不是允许的取值之一：{allowed}。",
                    $"Use one of {allowed}, or leave the property out.",
                    $"请使用 {allowed} 之一，或省略该属性。");

            case ValidationErrorKind.PatternMismatch:
                var (expected, expectedZh) = property switch
                {
                    "schemaVersion" => ("a version such as \"1.0\"", "形如 \"1.0\" 的版本号"),
                    "start" or "end" => ("a month written yyyy-MM, such as \"2024-07\"", "yyyy-MM 格式的月份，如 \"2024-07\""),
                    _ => ("of the form " + error.Schema?.Pattern, "符合格式 " + error.Schema?.Pattern),
                };
                return new Text($"{value} is not {expected}.", $"{value} 不是{expectedZh}。", $"Write {expected}.", $"请写成{expectedZh}。");

            case ValidationErrorKind.StringTooShort:
                return new Text(
                    $"\"{property}\" is empty.",
                    $"\"{property}\" 为空。",
                    "Give the text from the table.",
                    "请填写表中的内容。");

            case ValidationErrorKind.NumberTooSmall:
            case ValidationErrorKind.NumberTooBig:
                var small = error.Kind == ValidationErrorKind.NumberTooSmall;
                var limit = (small ? error.Schema?.Minimum : error.Schema?.Maximum)?.ToString(CultureInfo.InvariantCulture) ?? "?";
                return new Text(
                    small ? $"{value} is less than the minimum {limit}." : $"{value} is greater than the maximum {limit}.",
                    small ? $"{value} 小于最小值 {limit}。" : $"{value} 大于最大值 {limit}。",
                    small ? $"Give a number of at least {limit}." : $"Give a number of at most {limit}.",
                    small ? $"请填写不小于 {limit} 的数。" : $"请填写不大于 {limit} 的数。");

            case ValidationErrorKind.NotOneOf:
                return new Text(
                    "A targetValue is either {\"kind\": \"quantitative\", \"value\": <number>, …} or {\"kind\": \"qualitative\", \"text\": <string>}: this one is neither.",
                    "targetValue 须为 {\"kind\": \"quantitative\", \"value\": 数值, …} 或 {\"kind\": \"qualitative\", \"text\": 文字} 之一，此处两者都不是。",
                    "Give the value of a quantitative target or the text of a qualitative one, or re-run the normaliser.",
                    "请给出定量目标的 value 或定性目标的 text，或重新规范化。");

            default:
                if (ExpectedType(error.Kind) is { } type)
                {
                    var found = Found(error.Token);
                    return new Text(
                        $"Expected {type.En} but found {found.En}.",
                        $"应为{type.Zh}，实际为{found.Zh}。",
                        $"Write {type.En} here.",
                        $"此处请填写{type.Zh}。");
                }

                return new Text(
                    $"The value violates the schema ({error.Kind}).",
                    $"该值不符合 Schema（{error.Kind}）。",
                    "Compare the value with schema/performance-targets.schema.json.",
                    "请对照 schema/performance-targets.schema.json 检查该值。");
        }
    }

    private static (string En, string Zh)? ExpectedType(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => ("a string", "字符串"),
        ValidationErrorKind.NumberExpected => ("a number", "数值"),
        ValidationErrorKind.IntegerExpected => ("an integer", "整数"),
        ValidationErrorKind.BooleanExpected => ("a boolean", "布尔值"),
        ValidationErrorKind.ObjectExpected => ("an object", "对象"),
        ValidationErrorKind.ArrayExpected => ("an array", "数组"),
        ValidationErrorKind.NullExpected => ("null", "null"),
        _ => null,
    };

    private static (string En, string Zh) Found(JToken? token) => token?.Type switch
    {
        JTokenType.String => ("a string", "字符串"),
        JTokenType.Integer or JTokenType.Float => ("a number", "数值"),
        JTokenType.Boolean => ("a boolean", "布尔值"),
        JTokenType.Null => ("null", "null"),
        JTokenType.Object => ("an object", "对象"),
        JTokenType.Array => ("an array", "数组"),
        _ => ("a value", "值"),
    };

    private static string Show(JToken? token)
    {
        if (token is JProperty property)
        {
            token = property.Value;
        }

        var text = token switch
        {
            null => "(none)",
            JValue { Type: JTokenType.String } v => "\"" + (string?)v + "\"",
            JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "null",
            _ => token.Type.ToString().ToLowerInvariant(),
        };
        return text.Length > 80 ? text.Substring(0, 77) + "…" : text;
    }

    private static string LastSegment(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? pointer : Json.JsonPointer.Unescape(pointer.Substring(slash + 1));
    }
}
