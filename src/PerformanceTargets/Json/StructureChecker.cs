using PerformanceTargets.Model;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerformanceTargets.Json;

/// <summary>
/// Checks a deserialised document against the same constraints as <c>schema/performance-targets.schema.json</c>,
/// so that the fast read path rejects exactly what NJsonSchema rejects. Keep the two in step: the schema tests
/// enumerate every constraint of the schema and check that both reject a document violating it.
/// </summary>
/// <remarks>
/// The checker keeps the current location as a stack of segments and builds a JSON Pointer string only when it
/// reports an error, so that checking a sound document allocates nothing.
/// </remarks>
internal sealed class StructureChecker
{
    // The schema's patterns, verbatim. "(?!\n)" before "$" keeps .NET (and NJsonSchema, and Python) from letting "$"
    // match before a final newline, so that "1.0\n" is rejected here as it is by ECMA-262 regexes (ajv).
    private static readonly Regex VersionPattern = new("^[0-9]+\\.[0-9]+(?!\\n)$", RegexOptions.CultureInvariant);
    private static readonly Regex MonthPattern = new("^[0-9]{4}-(0[1-9]|1[0-2])(?!\\n)$", RegexOptions.CultureInvariant);

    private readonly JsonReadOptions _options;
    private readonly List<JsonReadError> _errors = [];
    private readonly List<Segment> _path = [];
    private int _indicators;

    private StructureChecker(JsonReadOptions options) => _options = options;

    /// <summary>Gets whether a schemaVersion has the schema's pattern.</summary>
    public static bool IsVersion(string value) => VersionPattern.IsMatch(value);

    /// <summary>Gets whether the start or end of an implementation period has the schema's pattern (yyyy-MM).</summary>
    public static bool IsMonth(string value) => MonthPattern.IsMatch(value);

    public static List<JsonReadError> Check(DocumentDto document, JsonReadOptions options)
    {
        var checker = new StructureChecker(options);
        checker.CheckDocument(document);
        return checker._errors;
    }

    private void CheckDocument(DocumentDto d)
    {
        Extra(d.Extra);
        if (d.SchemaVersion is null)
        {
            Required("schemaVersion");
        }
        else
        {
            Pattern(d.SchemaVersion, VersionPattern, "schemaVersion", "a version such as \"1.0\"", "形如 \"1.0\" 的版本号");
        }

        Enum(d.Framework, "framework", "2020", "2021");
        Text(d.Title, "title");
        if (d.FiscalYear is null)
        {
            Required("fiscalYear");
        }
        else if (d.FiscalYear < TargetDocument.MinFiscalYear)
        {
            Minimum(d.FiscalYear.Value, TargetDocument.MinFiscalYear, "fiscalYear");
        }
        else if (d.FiscalYear > TargetDocument.MaxFiscalYear)
        {
            Maximum(d.FiscalYear.Value, TargetDocument.MaxFiscalYear, "fiscalYear");
        }

        Enum(d.Stage, "stage", "draft", "final");
        if (d.Department is { } department)
        {
            Enter("department");
            Extra(department.Extra);
            Text(department.Code, "code");
            Text(department.Name, "name");
            Strings(department.InternalUnits, "internalUnits");
            Leave();
        }

        Text(d.PreparedBy, "preparedBy");
        Text(d.ReviewedBy, "reviewedBy");
        Enum(d.AmountUnit, "amountUnit", "万元", "元");
        if (d.DepartmentBudget is { } departmentBudget)
        {
            Enter("departmentBudget");
            Budget(departmentBudget);
            Leave();
        }

        if (d.OverallTargets is { } overall)
        {
            Enter("overallTargets");
            Extra(overall.Extra);
            Strings(overall.Overall, "overall");
            Strings(overall.Itemized, "itemized");
            Strings(overall.Safeguards, "safeguards");
            Leave();
        }

        if (d.Projects is null)
        {
            Required("projects");
            return;
        }

        Enter("projects");
        if (d.Projects.Count > _options.Limits.MaxProjects)
        {
            Limit(null, $"The document has {d.Projects.Count} projects; the limit is {_options.Limits.MaxProjects}. Split it, or raise DocumentLimits.MaxProjects.", $"文档含 {d.Projects.Count} 个项目，超过上限 {_options.Limits.MaxProjects}。请拆分文档，或调高 DocumentLimits.MaxProjects。");
            Leave();
            return;
        }

        for (var i = 0; i < d.Projects.Count; i++)
        {
            Enter(i);
            if (d.Projects[i] is { } project)
            {
                Project(project);
            }
            else
            {
                NullNotAllowed("object");
            }

            Leave();
        }

        Leave();
    }

    private void Project(ProjectDto d)
    {
        Extra(d.Extra);
        if (d.Sequence is < 1)
        {
            Minimum(d.Sequence.Value, 1, "sequence");
        }

        if (d.Unit is { } unit)
        {
            Enter("unit");
            Extra(unit.Extra);
            Text(unit.Code, "code");
            Text(unit.Name, "name");
            Leave();
        }

        Text(d.Code, "code");
        if (d.Name is null)
        {
            Required("name");
        }
        else if (d.Name.Length == 0)
        {
            Add("minLength", "name", "The project name is empty; give the 项目名称 of the table.", "项目名称为空，请填写表中的项目名称。");
        }
        else
        {
            Text(d.Name, "name");
        }

        Text(d.FundingReference, "fundingReference");
        if (d.Budget is null)
        {
            Required("budget");
        }
        else
        {
            Enter("budget");
            Budget(d.Budget);
            Leave();
        }

        Text(d.FundUse, "fundUse");
        if (d.SpendingPlan is { } plan)
        {
            Enter("spendingPlan");
            for (var i = 0; i < plan.Count; i++)
            {
                Enter(i);
                if (plan[i] is { } point)
                {
                    Extra(point.Extra);
                    if (point.Month is null)
                    {
                        Required("month");
                    }

                    if (point.CumulativePercent is null)
                    {
                        Required("cumulativePercent");
                    }
                }
                else
                {
                    NullNotAllowed("object");
                }

                Leave();
            }

            Leave();
        }

        Strings(d.Goals, "goals");
        if (d.Indicators is null)
        {
            Required("indicators");
        }
        else
        {
            Indicators(d.Indicators, "indicators");
        }

        Enum(d.Attribute, "attribute", "new", "continuing");
        if (d.ImplementationPeriod is { } period)
        {
            Enter("implementationPeriod");
            Extra(period.Extra);
            if (period.Start is null)
            {
                Required("start");
            }
            else
            {
                Pattern(period.Start, MonthPattern, "start", "a month written yyyy-MM", "yyyy-MM 格式的月份");
            }

            if (period.End is null)
            {
                Required("end");
            }
            else
            {
                Pattern(period.End, MonthPattern, "end", "a month written yyyy-MM", "yyyy-MM 格式的月份");
            }

            Leave();
        }

        Strings(d.PeriodGoals, "periodGoals");
        if (d.PeriodIndicators is { } periodIndicators)
        {
            Indicators(periodIndicators, "periodIndicators");
        }

        Text(d.ReviewOpinion, "reviewOpinion");
    }

    private void Indicators(List<IndicatorDto?> list, string property)
    {
        Enter(property);
        _indicators += list.Count;
        if (_indicators > _options.Limits.MaxIndicators)
        {
            Limit(null, $"The document has more than {_options.Limits.MaxIndicators} indicators; split it, or raise DocumentLimits.MaxIndicators.", $"文档的指标数超过上限 {_options.Limits.MaxIndicators}。请拆分文档，或调高 DocumentLimits.MaxIndicators。");
            Leave();
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            Enter(i);
            if (list[i] is { } d)
            {
                Indicator(d);
            }
            else
            {
                NullNotAllowed("object");
            }

            Leave();
        }

        Leave();
    }

    private void Indicator(IndicatorDto d)
    {
        Extra(d.Extra);
        RequiredText(d.Level1, "level1");
        RequiredText(d.Level2, "level2");
        RequiredText(d.Name, "name");
        Text(d.Description, "description");
        RequiredText(d.Target, "target");
        Text(d.Basis, "basis");
        if (d.Weight is < 0)
        {
            Minimum(d.Weight.Value, 0, "weight");
        }
        else if (d.Weight is > 100)
        {
            Maximum(d.Weight.Value, 100, "weight");
        }

        Enum(d.Direction, "direction", "positive", "negative");
        if (d.TargetValue is { } value)
        {
            Enter("targetValue");
            TargetValue(value);
            Leave();
        }
    }

    private void TargetValue(TargetValueDto d)
    {
        Extra(d.Extra);
        if (d.Kind is null)
        {
            Required("kind");
        }
        else
        {
            Enum(d.Kind, "kind", "quantitative", "qualitative");
        }

        Enum(d.Comparator, "comparator", ">=", ">", "=", "<=", "<");
        Text(d.Unit, "unit");
        Text(d.Text, "text");
        var quantitative = string.Equals(d.Kind, "quantitative", StringComparison.Ordinal) && d.Value is not null;
        var qualitative = string.Equals(d.Kind, "qualitative", StringComparison.Ordinal) && d.Text is not null;
        if (!quantitative && !qualitative)
        {
            Add(
                "oneOf",
                null,
                "A targetValue is either {\"kind\": \"quantitative\", \"value\": <number>, …} or {\"kind\": \"qualitative\", \"text\": <string>}: this one is neither.",
                "targetValue 须为 {\"kind\": \"quantitative\", \"value\": 数值, …} 或 {\"kind\": \"qualitative\", \"text\": 文字} 之一，此处两者都不是。");
        }
    }

    private void Budget(BudgetDto d)
    {
        Extra(d.Extra);
        if (d.Total is null)
        {
            Required("total");
        }
        else if (d.Total < 0)
        {
            Minimum(d.Total.Value, 0, "total");
        }

        if (d.Fiscal is < 0)
        {
            Minimum(d.Fiscal.Value, 0, "fiscal");
        }

        if (d.Other is < 0)
        {
            Minimum(d.Other.Value, 0, "other");
        }
    }

    private void Strings(List<string?>? list, string property)
    {
        if (list is null)
        {
            return;
        }

        Enter(property);
        for (var i = 0; i < list.Count; i++)
        {
            Enter(i);
            if (list[i] is { } value)
            {
                Text(value, null);
            }
            else
            {
                NullNotAllowed("string");
            }

            Leave();
        }

        Leave();
    }

    private void RequiredText(string? value, string property)
    {
        if (value is null)
        {
            Required(property);
        }
        else
        {
            Text(value, property);
        }
    }

    private void Text(string? value, string? property)
    {
        if (value is not null && value.Length > _options.Limits.MaxStringLength)
        {
            Limit(property, $"The string has {value.Length} characters; the limit is {_options.Limits.MaxStringLength} (DocumentLimits.MaxStringLength).", $"字符串长度为 {value.Length}，超过上限 {_options.Limits.MaxStringLength}（DocumentLimits.MaxStringLength）。");
        }
    }

    private void Extra(Dictionary<string, JsonElement>? extra)
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
                    name,
                    $"Unknown property \"{name}\". Check its spelling against the exchange format; a property of your own must start with \"x-\".",
                    $"未知属性 \"{name}\"。请对照交换格式检查拼写；自定义属性须以 \"x-\" 开头。");
            }
        }
    }

    private void Required(string property) => Add(
        "required",
        property,
        $"The required property \"{property}\" is missing or null.",
        $"缺少必填属性 \"{property}\"（或其值为 null）。");

    private void NullNotAllowed(string expected) => Add(
        "type",
        null,
        $"null is not allowed here; expected {(expected == "object" ? "an object" : "a string")}.",
        $"此处不允许 null，应为{(expected == "object" ? "对象" : "字符串")}。");

    private void Enum(string? value, string property, params string[] allowed)
    {
        if (value is null || Array.IndexOf(allowed, value) >= 0)
        {
            return;
        }

        var list = string.Join(", ", allowed.Select(a => "\"" + a + "\""));
        Add("enum", property, $"\"{value}\" is not one of the allowed values: {list}.", $"\"{value}\" 不是允许的取值之一：{list}。");
    }

    private void Pattern(string value, Regex pattern, string property, string expected, string expectedZh)
    {
        if (!pattern.IsMatch(value))
        {
            Add("pattern", property, $"\"{value}\" is not {expected}.", $"\"{value}\" 不是{expectedZh}。");
        }
    }

    private void Minimum(decimal value, decimal minimum, string property) => Add(
        "minimum",
        property,
        string.Format(CultureInfo.InvariantCulture, "{0} is less than the minimum {1}.", value, minimum),
        string.Format(CultureInfo.InvariantCulture, "{0} 小于最小值 {1}。", value, minimum));

    private void Maximum(decimal value, decimal maximum, string property) => Add(
        "maximum",
        property,
        string.Format(CultureInfo.InvariantCulture, "{0} is greater than the maximum {1}.", value, maximum),
        string.Format(CultureInfo.InvariantCulture, "{0} 大于最大值 {1}。", value, maximum));

    private void Limit(string? property, string message, string messageZh) =>
        _errors.Add(new JsonReadError { Kind = JsonReadErrorKind.LimitExceeded, Pointer = PointerTo(property), Message = message, MessageZh = messageZh });

    private void Add(string keyword, string? property, string message, string messageZh) =>
        _errors.Add(new JsonReadError { Kind = JsonReadErrorKind.Schema, Keyword = keyword, Pointer = PointerTo(property), Message = message, MessageZh = messageZh });

    private void Enter(string name) => _path.Add(new Segment(name, -1));

    private void Enter(int index) => _path.Add(new Segment(null, index));

    private void Leave() => _path.RemoveAt(_path.Count - 1);

    private string PointerTo(string? property)
    {
        var builder = new StringBuilder();
        foreach (var segment in _path)
        {
            builder.Append('/');
            if (segment.Name is null)
            {
                builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(JsonPointer.Escape(segment.Name));
            }
        }

        if (property is not null)
        {
            builder.Append('/').Append(JsonPointer.Escape(property));
        }

        return builder.ToString();
    }

    private readonly record struct Segment(string? Name, int Index);
}
