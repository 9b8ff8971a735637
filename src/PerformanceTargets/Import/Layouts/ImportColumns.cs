using System.Collections.Immutable;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Layouts;

/// <summary>What a labelled cell or a table column holds: a field of the document, of a project or of an indicator.</summary>
internal enum ImportField
{
    /// <summary>Not a known field.</summary>
    None,

    /// <summary>A column that is known and deliberately not imported (序号).</summary>
    Ignored,

    UnitName,
    UnitCode,
    ProjectCode,
    ProjectName,
    Total,
    Fiscal,
    Other,
    FundUse,
    Goals,
    PeriodGoals,
    Attribute,
    Period,
    Review,
    Year,
    Level1,
    Level2,
    Name,
    Description,
    Comparator,
    Target,
    MeasureUnit,
    Weight,
    Direction,
    Basis,

    // Format 1.1: the self-evaluation and monitoring columns of an indicator row (docs/lifecycle.md).
    Actual,
    Points,
    Score,
    DeviationReason,
    Progress,
    ExpectedYearEnd,
    Likelihood,
    Remedy,

    // Format 1.1: the project's money and figures in a self-evaluation or monitoring table.
    InitialBudget,
    YearBudget,
    Spent,
    TotalScore,
    Grade,
    AsOf,
}

/// <summary>Which part of the model a field belongs to.</summary>
internal enum ImportFieldScope
{
    Document,
    Project,
    Indicator,
}

/// <summary>One field with its canonical header text (what a writer puts in a header row) and every name it is known by.</summary>
internal sealed record ImportColumn(ImportField Field, ImportFieldScope Scope, string Header, ImmutableArray<string> Names);

/// <summary>
/// The one catalogue of field names: the header names of flat-table columns, the labels of a project table's rows and
/// the names of its indicator columns, with the variants seen in provincial tables (docs/import.md lists them). Every
/// reader and layout maps labels and headers through it, and a writer of the flat layout takes its header texts and
/// column order from <see cref="Columns"/>, so that what is written is read back by the same mapping.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ImportColumns
{
    /// <summary>
    /// Gets every field in the order of a flat table's columns, each with its canonical header first among its names.
    /// </summary>
    public static ImmutableArray<ImportColumn> Columns { get; } =
    [
        Project(ImportField.UnitName, "单位名称", "预算单位", "预算单位名称", "部门名称", "预算部门", "预算部门名称", "主管部门", "单位（部门）名称"),
        Project(ImportField.UnitCode, "单位编码", "单位代码", "预算单位编码", "预算单位代码", "部门编码", "部门代码"),
        Project(ImportField.ProjectCode, "项目编码", "项目代码", "项目编号"),
        Project(ImportField.ProjectName, "项目名称", "项目"),
        Project(ImportField.Total, "预算数", "预算金额", "年度预算数", "资金总额", "年度资金总额", "项目金额", "预算资金", "项目预算", "项目预算数", "总金额", "预算总额", "金额", "年度预算", "总预算"),
        Project(ImportField.Fiscal, "财政资金", "其中：财政资金", "财政拨款", "其中：财政拨款", "财政性资金", "其中财政资金", "其中：财政性资金"),
        Project(ImportField.Other, "其他资金", "其中：其他资金", "其他来源资金", "其中其他资金"),
        Project(ImportField.FundUse, "资金用途", "项目资金用途", "资金主要用途"),
        Project(ImportField.Goals, "年度目标", "年度绩效目标", "绩效目标", "项目绩效目标", "年度总体目标", "年度总目标", "年度绩效总目标"),
        Project(ImportField.PeriodGoals, "实施期目标", "实施期绩效目标", "长期目标", "长期绩效目标", "总体目标", "实施期总体目标", "中长期目标"),
        Project(ImportField.Attribute, "项目属性"),
        Project(ImportField.Period, "项目实施期", "实施期", "项目期限", "项目周期"),
        new(ImportField.Year, ImportFieldScope.Document, "年度", ["年度", "预算年度", "年份"]),
        Indicator(ImportField.Level1, "一级指标", "一级指标名称", "一级"),
        Indicator(ImportField.Level2, "二级指标", "二级指标名称", "二级"),
        Indicator(ImportField.Name, "三级指标", "三级指标名称", "三级", "指标名称", "绩效指标", "具体指标"),
        Indicator(ImportField.Description, "指标解释", "绩效指标描述", "指标描述", "指标说明", "指标内容", "指标定义", "指标内涵"),
        Indicator(ImportField.Comparator, "指标性质", "比较符", "运算符", "符号", "指标值性质", "比较方式"),
        Indicator(ImportField.Target, "指标值", "目标值", "年度指标值", "指标值（年度）", "年度目标值", "绩效指标值", "指标目标值", "预期目标值", "指标值（数值）"),
        Indicator(ImportField.MeasureUnit, "度量单位", "计量单位", "指标单位", "单位（计量）", "指标值单位"),
        Indicator(ImportField.Weight, "权重", "权重（%）", "权重%", "指标权重", "分值", "分值（分）", "权重分值", "权重（分）"),
        Indicator(ImportField.Direction, "指标方向性", "指标方向", "方向", "方向性", "指标方向（正向/反向）"),
        Indicator(ImportField.Basis, "指标值确定依据", "指标值设定依据", "确定依据", "设定依据", "绩效标准", "评价标准", "指标值依据", "依据"),
        Project(ImportField.Review, "财政部门审核意见", "审核意见", "财政审核意见", "财政部门意见"),
        Indicator(ImportField.Actual, "实际完成值", "全年实际值", "全年完成值", "实际值", "完成值", "全年实际完成值", "实际完成指标值"),
        Indicator(ImportField.Points, "指标分值", "指标得分分值"),
        Indicator(ImportField.Score, "得分", "自评得分", "指标得分", "评分"),
        Indicator(ImportField.DeviationReason, "偏差原因分析及改进措施", "未完成原因及拟采取的改进措施", "偏差原因分析", "偏差原因", "未完成原因", "原因分析", "偏差原因及改进措施"),
        Indicator(ImportField.Progress, "执行情况", "1-7月执行情况", "截至目前执行情况", "目前完成情况", "实际执行情况"),
        Indicator(ImportField.ExpectedYearEnd, "全年预计完成情况", "预计全年完成情况", "全年预计完成值", "预计完成情况", "预计年底完成情况"),
        Indicator(ImportField.Likelihood, "完成目标可能性", "完成可能性", "完成目标的可能性", "能否完成目标"),
        Indicator(ImportField.Remedy, "改进措施", "拟采取的改进措施", "纠偏措施", "整改措施"),
        Project(ImportField.InitialBudget, "年初预算数", "年初预算", "年初预算金额"),
        Project(ImportField.YearBudget, "全年预算数", "调整后预算数", "全年预算", "调整后预算"),
        Project(ImportField.Spent, "全年执行数", "执行数", "1-7月执行数", "实际支出", "已支出金额", "全年实际支出"),
        Project(ImportField.TotalScore, "总分", "自评总分", "项目总分"),
        Project(ImportField.Grade, "评价等级", "自评等级", "等级"),
        Project(ImportField.AsOf, "监控时点", "监控日期", "截至日期", "监控截止日期"),
        new(ImportField.Ignored, ImportFieldScope.Document, "序号", ["序号", "编号", "行号"]),
    ];

    /// <summary>The indicator fields a table must have: 一级指标, 二级指标, 三级指标, 指标值.</summary>
    public static readonly ImportField[] RequiredIndicatorFields = [ImportField.Level1, ImportField.Level2, ImportField.Name, ImportField.Target];

    private static readonly Dictionary<string, ImportField> Names = BuildNames();

    private static readonly Dictionary<ImportField, ImportColumn> ByField = Columns.ToDictionary(c => c.Field);

    /// <summary>Gets the canonical header text of a field (such as 预算数 or 指标值).</summary>
    public static string Header(ImportField field) => ByField.TryGetValue(field, out var column) ? column.Header : field.ToString();

    /// <summary>Gets the scope of a field.</summary>
    public static ImportFieldScope Scope(ImportField field) => ByField.TryGetValue(field, out var column) ? column.Scope : ImportFieldScope.Document;

    /// <summary>Gets whether the field is one of an indicator.</summary>
    public static bool IsIndicatorField(ImportField field) => field is >= ImportField.Level1 and <= ImportField.Remedy;

    /// <summary>Gets whether the field is a self-evaluation or monitoring column (format 1.1), of a project or of an indicator.</summary>
    public static bool IsLifecycleField(ImportField field) => field >= ImportField.Actual;

    /// <summary>Gets whether the field is a monitoring column: 1–N月执行情况, 全年预计完成情况, 完成目标可能性, 监控时点.</summary>
    public static bool IsMonitoringField(ImportField field) => field is ImportField.Progress or ImportField.ExpectedYearEnd or ImportField.Likelihood or ImportField.AsOf;

    /// <summary>
    /// Settles 分值 once the whole header is known: in a table with self-evaluation columns (实际完成值, 得分) it is the
    /// indicator's points (<c>evaluation.points</c>); in a target table it stays the weight (权重). Returns the fields,
    /// changed in place.
    /// </summary>
    public static ImportField[] ResolvePoints(ImportField[] fields)
    {
        if (Array.Exists(fields, f => f is ImportField.Actual or ImportField.Score))
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i] == ImportField.Weight)
                {
                    fields[i] = ImportField.Points;
                }
            }
        }

        return fields;
    }

    /// <summary>
    /// Reads the month of a monitoring header such as 1-7月执行情况 or 1—7月执行数 (the months elapsed); 0 when the header
    /// names none.
    /// </summary>
    public static int MonthOf(string? header)
    {
        var key = CellText.LabelKey(header);
        var end = key.IndexOf('月');
        if (end < 2 || key[0] != '1' || key[1] is not ('-' or '–' or '—' or '~' or '～' or '至'))
        {
            return 0;
        }

        return int.TryParse(key.Substring(2, end - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 ? month : 0;
    }

    /// <summary>
    /// Maps a header cell to its field, with white space ignored and ASCII or full-width brackets, colons and % alike; an
    /// amount unit after an amount header (预算数（万元）) and a year before a header (2024年预算数) are not part of its name. <paramref name="seen"/> (the fields of
    /// the columns before it) settles "单位": the budget unit before the 指标值 column, the measurement unit after it.
    /// </summary>
    public static ImportField Lookup(string? header, ICollection<ImportField>? seen)
    {
        var key = StripAmountUnit(CellText.LabelKey(header), out _);
        var field = LookupKey(key, seen);
        return field == ImportField.None && YearPrefix(key) is > 0 and var length ? LookupKey(key.Substring(length), seen) : field;
    }

    /// <summary>
    /// The length of a year in front of a header ("2024年预算数", "2024年度预算数"): four digits, 年, and 度 after it when
    /// something follows; 0 when there is none. A header is read without it when the rest is a known header.
    /// </summary>
    public static int YearPrefix(string? header)
    {
        var key = CellText.LabelKey(header);
        if (key.Length < 6 || key[4] != '年' || !key.Take(4).All(c => c is >= '0' and <= '9'))
        {
            return 0;
        }

        return key[5] == '度' && key.Length > 6 ? 6 : 5;
    }

    private static ImportField LookupKey(string key, ICollection<ImportField>? seen)
    {
        if (key.Length == 0)
        {
            return ImportField.None;
        }

        if (MonthOf(key) > 0)
        {
            // 1-7月执行情况 (an indicator's progress), 1-7月执行数 (the amount spent): any month.
            var rest = key.Substring(key.IndexOf('月') + 1);
            return rest.StartsWith("执行数", StringComparison.Ordinal) || rest.StartsWith("支出", StringComparison.Ordinal) ? ImportField.Spent
                : rest.StartsWith("执行情况", StringComparison.Ordinal) || rest.StartsWith("完成情况", StringComparison.Ordinal) ? ImportField.Progress
                : ImportField.None;
        }

        if (key == "单位")
        {
            return seen is not null && (seen.Contains(ImportField.Target) || seen.Contains(ImportField.UnitName)) ? ImportField.MeasureUnit : ImportField.UnitName;
        }

        return Names.TryGetValue(key, out var field) ? field : ImportField.None;
    }

    /// <summary>
    /// Maps the label cell of a project table's row (项目编码, 预算数, 绩效目标 …, also with a final ASCII or full-width
    /// colon: 项目编码：) to its project field; None for a text that is not the label of a project field.
    /// </summary>
    public static ImportField Label(string? label)
    {
        // A label cell may end with a colon (项目编码：, 预算数:), as a form writes "label: value".
        var key = CellText.LabelKey(label);
        if (key.Length > 1 && key[^1] == '：')
        {
            key = key.Substring(0, key.Length - 1);
        }

        var field = Lookup(key, null);
        return field is ImportField.ProjectCode or ImportField.ProjectName or ImportField.Total or ImportField.Fiscal or ImportField.Other
            or ImportField.FundUse or ImportField.Goals or ImportField.PeriodGoals or ImportField.Attribute or ImportField.Period or ImportField.Review
            ? field
            : ImportField.None;
    }

    /// <summary>Reads the amount unit from a header such as 预算数（元） or 预算数(万元).</summary>
    public static AmountUnit? AmountUnitOf(string header)
    {
        StripAmountUnit(CellText.LabelKey(header), out var unit);
        return unit;
    }

    /// <summary>Reads an amount unit as a table states it after 单位：, ignoring what follows: 万元 or 元.</summary>
    public static AmountUnit? ParseAmountUnit(string unitText)
    {
        var key = CellText.LabelKey(unitText);
        return key.StartsWith("万元", StringComparison.Ordinal) ? AmountUnit.TenThousandYuan
            : key.StartsWith("元", StringComparison.Ordinal) ? AmountUnit.Yuan
            : null;
    }

    /// <summary>Lists the canonical headers of the fields a context accepts, for the message of an unknown column.</summary>
    public static string Known(Func<ImportField, bool> accepts, string separator) =>
        string.Join(separator, Columns.Where(c => c.Field != ImportField.Ignored && accepts(c.Field)).Select(c => c.Header));

    private static ImportColumn Project(ImportField field, params string[] names) => new(field, ImportFieldScope.Project, names[0], [.. names]);

    private static ImportColumn Indicator(ImportField field, params string[] names) => new(field, ImportFieldScope.Indicator, names[0], [.. names]);

    private static Dictionary<string, ImportField> BuildNames()
    {
        var map = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            foreach (var name in column.Names)
            {
                map[CellText.LabelKey(name)] = column.Field;
            }
        }

        return map;
    }

    private static string StripAmountUnit(string key, out AmountUnit? unit)
    {
        unit = null;
        foreach (var (suffix, value) in new[] { ("（万元）", AmountUnit.TenThousandYuan), ("（元）", AmountUnit.Yuan), ("万元", AmountUnit.TenThousandYuan) })
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = value;
                return key.Substring(0, key.Length - suffix.Length);
            }
        }

        return key;
    }
}
