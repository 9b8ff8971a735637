using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerformanceTargets.Json;

/// <summary>
/// Checks a deserialised document against the same constraints as <c>schema/performance-targets.schema.json</c>,
/// so that the fast read path rejects exactly what NJsonSchema rejects. Keep the two in step: the schema tests
/// enumerate every constraint of the schema and check that both reject a document violating it.
/// </summary>
internal sealed class StructureChecker
{
    // The schema's patterns, verbatim. "(?!\n)" before "$" keeps .NET (and NJsonSchema, and Python) from letting "$"
    // match before a final newline, so that "1.0\n" is rejected here as it is by ECMA-262 regexes (ajv).
    private static readonly Regex VersionPattern = new("^[0-9]+\\.[0-9]+(?!\\n)$", RegexOptions.CultureInvariant);
    private static readonly Regex MonthPattern = new("^[0-9]{4}-(0[1-9]|1[0-2])(?!\\n)$", RegexOptions.CultureInvariant);

    private readonly JsonReadOptions _options;
    private readonly List<JsonReadError> _errors = [];
    private int _indicators;

    private StructureChecker(JsonReadOptions options) => _options = options;

    public static List<JsonReadError> Check(DocumentDto document, JsonReadOptions options)
    {
        var checker = new StructureChecker(options);
        checker.CheckDocument(document);
        return checker._errors;
    }

    private void CheckDocument(DocumentDto d)
    {
        const string p = "";
        Extra(d.Extra, p);
        if (d.SchemaVersion is null)
        {
            Required(p, "schemaVersion");
        }
        else
        {
            Pattern(d.SchemaVersion, VersionPattern, JsonPointer.Append(p, "schemaVersion"), "a version such as \"1.0\"", "形如 \"1.0\" 的版本号");
        }

        Enum(d.Framework, JsonPointer.Append(p, "framework"), "2020", "2021");
        Text(d.Title, JsonPointer.Append(p, "title"));
        if (d.FiscalYear is null)
        {
            Required(p, "fiscalYear");
        }
        else
        {
            Range(d.FiscalYear.Value, 1990, 2100, JsonPointer.Append(p, "fiscalYear"));
        }

        Enum(d.Stage, JsonPointer.Append(p, "stage"), "draft", "final");
        if (d.Department is { } department)
        {
            var dp = JsonPointer.Append(p, "department");
            Extra(department.Extra, dp);
            Text(department.Code, JsonPointer.Append(dp, "code"));
            Text(department.Name, JsonPointer.Append(dp, "name"));
            Strings(department.InternalUnits, JsonPointer.Append(dp, "internalUnits"));
        }

        Text(d.PreparedBy, JsonPointer.Append(p, "preparedBy"));
        Text(d.ReviewedBy, JsonPointer.Append(p, "reviewedBy"));
        Enum(d.AmountUnit, JsonPointer.Append(p, "amountUnit"), "万元", "元");
        if (d.DepartmentBudget is { } departmentBudget)
        {
            Budget(departmentBudget, JsonPointer.Append(p, "departmentBudget"));
        }

        if (d.OverallTargets is { } overall)
        {
            var op = JsonPointer.Append(p, "overallTargets");
            Extra(overall.Extra, op);
            Strings(overall.Overall, JsonPointer.Append(op, "overall"));
            Strings(overall.Itemized, JsonPointer.Append(op, "itemized"));
            Strings(overall.Safeguards, JsonPointer.Append(op, "safeguards"));
        }

        if (d.Projects is null)
        {
            Required(p, "projects");
            return;
        }

        var pp = JsonPointer.Append(p, "projects");
        if (d.Projects.Count > _options.MaxProjects)
        {
            Limit(pp, $"The document has {d.Projects.Count} projects; the limit is {_options.MaxProjects}. Split it, or raise JsonReadOptions.MaxProjects.", $"文档含 {d.Projects.Count} 个项目，超过上限 {_options.MaxProjects}。请拆分文档，或调高 JsonReadOptions.MaxProjects。");
            return;
        }

        for (var i = 0; i < d.Projects.Count; i++)
        {
            var item = JsonPointer.Append(pp, i);
            if (d.Projects[i] is { } project)
            {
                Project(project, item);
            }
            else
            {
                NullNotAllowed(item, "object");
            }
        }
    }

    private void Project(ProjectDto d, string p)
    {
        Extra(d.Extra, p);
        if (d.Sequence is { } sequence && sequence < 1)
        {
            Minimum(sequence, 1, JsonPointer.Append(p, "sequence"));
        }

        if (d.Unit is { } unit)
        {
            var up = JsonPointer.Append(p, "unit");
            Extra(unit.Extra, up);
            Text(unit.Code, JsonPointer.Append(up, "code"));
            Text(unit.Name, JsonPointer.Append(up, "name"));
        }

        Text(d.Code, JsonPointer.Append(p, "code"));
        if (d.Name is null)
        {
            Required(p, "name");
        }
        else if (d.Name.Length == 0)
        {
            Add("minLength", JsonPointer.Append(p, "name"), "The project name is empty; give the 项目名称 of the table.", "项目名称为空，请填写表中的项目名称。");
        }
        else
        {
            Text(d.Name, JsonPointer.Append(p, "name"));
        }

        Text(d.FundingReference, JsonPointer.Append(p, "fundingReference"));
        if (d.Budget is null)
        {
            Required(p, "budget");
        }
        else
        {
            Budget(d.Budget, JsonPointer.Append(p, "budget"));
        }

        Text(d.FundUse, JsonPointer.Append(p, "fundUse"));
        if (d.SpendingPlan is { } plan)
        {
            var sp = JsonPointer.Append(p, "spendingPlan");
            for (var i = 0; i < plan.Count; i++)
            {
                var item = JsonPointer.Append(sp, i);
                if (plan[i] is not { } point)
                {
                    NullNotAllowed(item, "object");
                    continue;
                }

                Extra(point.Extra, item);
                if (point.Month is null)
                {
                    Required(item, "month");
                }

                if (point.CumulativePercent is null)
                {
                    Required(item, "cumulativePercent");
                }
            }
        }

        Strings(d.Goals, JsonPointer.Append(p, "goals"));
        if (d.Indicators is null)
        {
            Required(p, "indicators");
        }
        else
        {
            Indicators(d.Indicators, JsonPointer.Append(p, "indicators"));
        }

        Enum(d.Attribute, JsonPointer.Append(p, "attribute"), "new", "continuing");
        if (d.ImplementationPeriod is { } period)
        {
            var ip = JsonPointer.Append(p, "implementationPeriod");
            Extra(period.Extra, ip);
            if (period.Start is null)
            {
                Required(ip, "start");
            }
            else
            {
                Pattern(period.Start, MonthPattern, JsonPointer.Append(ip, "start"), "a month written yyyy-MM", "yyyy-MM 格式的月份");
            }

            if (period.End is null)
            {
                Required(ip, "end");
            }
            else
            {
                Pattern(period.End, MonthPattern, JsonPointer.Append(ip, "end"), "a month written yyyy-MM", "yyyy-MM 格式的月份");
            }
        }

        Strings(d.PeriodGoals, JsonPointer.Append(p, "periodGoals"));
        if (d.PeriodIndicators is { } periodIndicators)
        {
            Indicators(periodIndicators, JsonPointer.Append(p, "periodIndicators"));
        }

        Text(d.ReviewOpinion, JsonPointer.Append(p, "reviewOpinion"));
    }

    private void Indicators(List<IndicatorDto?> list, string p)
    {
        _indicators += list.Count;
        if (_indicators > _options.MaxIndicators)
        {
            Limit(p, $"The document has more than {_options.MaxIndicators} indicators; split it, or raise JsonReadOptions.MaxIndicators.", $"文档的指标数超过上限 {_options.MaxIndicators}。请拆分文档，或调高 JsonReadOptions.MaxIndicators。");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var ip = JsonPointer.Append(p, i);
            if (list[i] is not { } d)
            {
                NullNotAllowed(ip, "object");
                continue;
            }

            Extra(d.Extra, ip);
            RequiredText(d.Level1, ip, "level1");
            RequiredText(d.Level2, ip, "level2");
            RequiredText(d.Name, ip, "name");
            Text(d.Description, JsonPointer.Append(ip, "description"));
            RequiredText(d.Target, ip, "target");
            Text(d.Basis, JsonPointer.Append(ip, "basis"));
            if (d.Weight is { } weight)
            {
                if (weight < 0)
                {
                    Minimum(weight, 0, JsonPointer.Append(ip, "weight"));
                }
                else if (weight > 100)
                {
                    Maximum(weight, 100, JsonPointer.Append(ip, "weight"));
                }
            }

            Enum(d.Direction, JsonPointer.Append(ip, "direction"), "positive", "negative");
            if (d.TargetValue is { } value)
            {
                TargetValue(value, JsonPointer.Append(ip, "targetValue"));
            }
        }
    }

    private void TargetValue(TargetValueDto d, string p)
    {
        Extra(d.Extra, p);
        if (d.Kind is null)
        {
            Required(p, "kind");
        }
        else
        {
            Enum(d.Kind, JsonPointer.Append(p, "kind"), "quantitative", "qualitative");
        }

        Enum(d.Comparator, JsonPointer.Append(p, "comparator"), ">=", ">", "=", "<=", "<");
        Text(d.Unit, JsonPointer.Append(p, "unit"));
        Text(d.Text, JsonPointer.Append(p, "text"));
        var quantitative = string.Equals(d.Kind, "quantitative", StringComparison.Ordinal) && d.Value is not null;
        var qualitative = string.Equals(d.Kind, "qualitative", StringComparison.Ordinal) && d.Text is not null;
        if (!quantitative && !qualitative)
        {
            Add(
                "oneOf",
                p,
                "A targetValue is either {\"kind\": \"quantitative\", \"value\": <number>, …} or {\"kind\": \"qualitative\", \"text\": <string>}: this one is neither.",
                "targetValue 须为 {\"kind\": \"quantitative\", \"value\": 数值, …} 或 {\"kind\": \"qualitative\", \"text\": 文字} 之一，此处两者都不是。");
        }
    }

    private void Budget(BudgetDto d, string p)
    {
        Extra(d.Extra, p);
        if (d.Total is null)
        {
            Required(p, "total");
        }
        else if (d.Total < 0)
        {
            Minimum(d.Total.Value, 0, JsonPointer.Append(p, "total"));
        }

        if (d.Fiscal is < 0)
        {
            Minimum(d.Fiscal.Value, 0, JsonPointer.Append(p, "fiscal"));
        }

        if (d.Other is < 0)
        {
            Minimum(d.Other.Value, 0, JsonPointer.Append(p, "other"));
        }
    }

    private void Strings(List<string?>? list, string p)
    {
        if (list is null)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var item = JsonPointer.Append(p, i);
            if (list[i] is null)
            {
                NullNotAllowed(item, "string");
            }
            else
            {
                Text(list[i], item);
            }
        }
    }

    private void RequiredText(string? value, string parent, string property)
    {
        if (value is null)
        {
            Required(parent, property);
        }
        else
        {
            Text(value, JsonPointer.Append(parent, property));
        }
    }

    private void Text(string? value, string pointer)
    {
        if (value is not null && value.Length > _options.MaxStringLength)
        {
            Limit(pointer, $"The string has {value.Length} characters; the limit is {_options.MaxStringLength} (JsonReadOptions.MaxStringLength).", $"字符串长度为 {value.Length}，超过上限 {_options.MaxStringLength}（JsonReadOptions.MaxStringLength）。");
        }
    }

    private void Extra(Dictionary<string, JsonElement>? extra, string p)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var name in extra.Keys)
        {
            if (!Model.ExtensionData.IsExtensionName(name))
            {
                Add(
                    "additionalProperties",
                    JsonPointer.Append(p, name),
                    $"Unknown property \"{name}\". Check its spelling against the exchange format; a property of your own must start with \"x-\".",
                    $"未知属性 \"{name}\"。请对照交换格式检查拼写；自定义属性须以 \"x-\" 开头。");
            }
        }
    }

    private void Required(string parent, string property) => Add(
        "required",
        JsonPointer.Append(parent, property),
        $"The required property \"{property}\" is missing or null.",
        $"缺少必填属性 \"{property}\"（或其值为 null）。");

    private void NullNotAllowed(string pointer, string expected) => Add(
        "type",
        pointer,
        $"null is not allowed here; expected {(expected == "object" ? "an object" : "a string")}.",
        $"此处不允许 null，应为{(expected == "object" ? "对象" : "字符串")}。");

    private void Enum(string? value, string pointer, params string[] allowed)
    {
        if (value is null || Array.IndexOf(allowed, value) >= 0)
        {
            return;
        }

        var list = string.Join(", ", allowed.Select(a => "\"" + a + "\""));
        Add("enum", pointer, $"\"{value}\" is not one of the allowed values: {list}.", $"\"{value}\" 不是允许的取值之一：{list}。");
    }

    private void Pattern(string value, Regex pattern, string pointer, string expected, string expectedZh)
    {
        if (!pattern.IsMatch(value))
        {
            Add("pattern", pointer, $"\"{value}\" is not {expected}.", $"\"{value}\" 不是{expectedZh}。");
        }
    }

    private void Range(int value, int minimum, int maximum, string pointer)
    {
        if (value < minimum)
        {
            Minimum(value, minimum, pointer);
        }
        else if (value > maximum)
        {
            Maximum(value, maximum, pointer);
        }
    }

    private void Minimum(decimal value, decimal minimum, string pointer) => Add(
        "minimum",
        pointer,
        string.Format(CultureInfo.InvariantCulture, "{0} is less than the minimum {1}.", value, minimum),
        string.Format(CultureInfo.InvariantCulture, "{0} 小于最小值 {1}。", value, minimum));

    private void Maximum(decimal value, decimal maximum, string pointer) => Add(
        "maximum",
        pointer,
        string.Format(CultureInfo.InvariantCulture, "{0} is greater than the maximum {1}.", value, maximum),
        string.Format(CultureInfo.InvariantCulture, "{0} 大于最大值 {1}。", value, maximum));

    private void Limit(string pointer, string message, string messageZh) =>
        _errors.Add(new JsonReadError { Kind = JsonReadErrorKind.LimitExceeded, Pointer = pointer, Message = message, MessageZh = messageZh });

    private void Add(string keyword, string pointer, string message, string messageZh) =>
        _errors.Add(new JsonReadError { Kind = JsonReadErrorKind.Schema, Keyword = keyword, Pointer = pointer, Message = message, MessageZh = messageZh });
}
