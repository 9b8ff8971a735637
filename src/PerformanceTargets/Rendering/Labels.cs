using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering;

/// <summary>The fixed texts of the official table and the review view, in Chinese and English.</summary>
/// <remarks>Immutable and thread-safe. Templates see them, encoded for the output format, as <c>labels.&lt;name&gt;</c>.</remarks>
internal sealed class Labels
{
    /// <summary>Every label by name (the names templates use after <c>labels.</c>), each in both languages, written once.</summary>
    private static readonly ImmutableArray<(string Name, LocalizedText Text)> All =
    [
        ("toc", new("目录", "Contents")),
        ("part1", new("第一部分 部门整体绩效目标", "Part 1. Overall performance targets of the department")),
        ("overall", new("一、总体绩效目标", "1. Overall targets")),
        ("itemized", new("二、分项绩效目标", "2. Itemised targets")),
        ("safeguards", new("三、工作保障措施", "3. Safeguard measures")),
        ("part2", new("第二部分 预算项目绩效目标", "Part 2. Performance targets of budget projects")),
        ("project_code", new("项目编码", "Project code")),
        ("project_name", new("项目名称", "Project name")),
        ("budget_and_use", new("预算规模及资金用途", "Budget and use of funds")),
        ("budget_total", new("预算数", "Budget")),
        ("budget_fiscal", new("其中：财政资金", "of which fiscal funds")),
        ("budget_other", new("其他资金", "Other funds")),
        ("fund_use", new("资金用途", "Use of funds")),
        ("spending_plan", new("资金支出计划（%）", "Spending plan (%)")),
        ("goals", new("绩效目标", "Performance goals")),
        ("level1", new("一级指标", "Level-1 indicator")),
        ("level2", new("二级指标", "Level-2 indicator")),
        ("level3", new("三级指标", "Level-3 indicator")),
        ("description", new("绩效指标描述", "Description")),
        ("target", new("指标值", "Target")),
        ("basis", new("指标值确定依据", "Basis of the target")),
        ("weight", new("权重", "Weight")),
        ("direction", new("指标方向", "Direction")),
        ("attribute", new("项目属性", "Project attribute")),
        ("implementation_period", new("项目实施期", "Implementation period")),
        ("period_goals", new("实施期绩效目标", "Implementation-period goals")),
        ("period_indicators", new("实施期绩效指标", "Implementation-period indicators")),
        ("review_opinion", new("财政部门审核意见", "Finance bureau's review opinion")),
        ("review_title", new("审核结果", "Review")),
        ("review_summary", new("审核结果汇总", "Summary of the review")),
        ("error", new("错误", "Error")),
        ("warning", new("警告", "Warning")),
        ("info", new("提示", "Info")),
        ("error_symbol", new("✖", "✖")),
        ("warning_symbol", new("▲", "▲")),
        ("info_symbol", new("ℹ", "ℹ")),
        ("by_rule", new("按规则（同类问题合并，建议只列一次）", "By rule (repeated findings grouped, each fix shown once)")),
        ("by_table", new("按表", "By table")),
        ("no_findings", new("未发现问题", "No findings")),
        ("document_findings", new("文档级问题", "Findings on the whole document")),
        ("table_findings", new("本表审核结果", "Review of this table")),
        ("unplaced_findings", new("未对应到单元格的问题", "Findings not tied to a cell")),
        ("hint", new("建议：", "Fix: ")),
        ("rule", new("规则", "Rule")),
        ("location", new("位置", "Location")),
        ("table", new("表", "Table")),
        ("findings", new("问题", "Findings")),
        ("report_file", new("报告文件", "Report file")),
        ("rule_set", new("规则集版本", "Rule set")),
        ("valid", new("无错误", "no errors")),
        ("evaluation_sheet", new("项目支出绩效自评表", "Project self-evaluation")),
        ("monitoring_sheet", new("项目支出绩效运行监控表", "Project performance monitoring")),
        ("evaluation_part", new("项目支出绩效自评", "Self-evaluation of budget projects")),
        ("monitoring_part", new("项目支出绩效运行监控", "Performance monitoring of budget projects")),
        ("project_funds", new("项目资金", "Project funds")),
        ("annual_funds", new("年度资金总额", "Total funds of the year")),
        ("initial_budget", new("年初预算数", "Initial budget")),
        ("year_budget", new("全年预算数", "Budget of the year")),
        ("year_spent", new("全年执行数", "Spent in the year")),
        ("points", new("分值", "Points")),
        ("execution_rate", new("执行率", "Execution rate")),
        ("score", new("得分", "Score")),
        ("annual_goals", new("年度总体目标", "Annual goals")),
        ("expected_goal", new("预期目标", "Expected")),
        ("goal_outcome", new("实际完成情况", "Achieved")),
        ("performance_indicators", new("绩效指标", "Performance indicators")),
        ("annual_target", new("年度指标值", "Annual target")),
        ("actual", new("实际完成值", "Actual")),
        ("deviation_and_remedy", new("偏差原因分析及改进措施", "Causes of deviation and improvements")),
        ("total_score", new("总分", "Total")),
        ("grade", new("评价等级", "Grade")),
        ("computed", new("核算", "Computed")),
        ("computed_note", new("核算栏为本库按 docs/lifecycle.md 的公式计算的结果；填报的数字保持原样，不被替换。", "The computed column is the library's, by the formulas of docs/lifecycle.md; the reported figures are shown as written, never replaced.")),
        ("computed_score", new("按公式计算", "by the formula")),
        ("completion", new("完成率", "Completion")),
        ("formula_score", new("公式得分", "Formula score")),
        ("achievement", new("完成程度", "Achievement")),
        ("achievement_achieved", new("达成", "achieved")),
        ("achievement_partly", new("部分达成", "partly achieved")),
        ("achievement_not_achieved", new("未达成", "not achieved")),
        ("conclusion", new("评价结论", "Conclusion")),
        ("problems", new("存在问题", "Problems")),
        ("improvements", new("改进措施", "Improvements")),
        ("as_of", new("监控时点", "As of")),
        ("budget_execution", new("预算执行情况", "Budget execution")),
        ("adjusted_budget", new("调整后预算数", "Adjusted budget")),
        ("spent_to_date", new("执行数", "Spent")),
        ("executed_share", new("执行率", "Executed")),
        ("planned_share", new("计划执行进度", "Planned")),
        ("lag", new("滞后（百分点）", "Lag (points)")),
        ("light", new("监控结果", "Light")),
        ("progress", new("执行情况", "Progress")),
        ("expected_year_end", new("全年预计完成情况", "Expected by the year's end")),
        ("likelihood", new("完成目标可能性", "Likelihood of meeting the target")),
        ("deviation_causes", new("偏差原因分析", "Causes of deviation")),
        ("remedy", new("改进措施", "Remedy")),
        ("note", new("备注", "Note")),
        ("light_green", new("绿灯", "green")),
        ("light_yellow", new("黄灯", "yellow")),
        ("light_red", new("红灯", "red")),
        ("light_unknown", new("无法判断", "unknown")),
        ("light_legend", new("● 绿灯：按计划进行；▲ 黄灯：有偏差，需关注；■ 红灯：严重偏差；? 无法判断：数据不足。", "● green: on track; ▲ yellow: behind, watch it; ■ red: far behind; ? unknown: not enough data.")),
        ("likelihood_certain", new("确定能", "certain")),
        ("likelihood_possible", new("有可能", "possible")),
        ("likelihood_impossible", new("完全不可能", "impossible")),
        ("cause_funding", new("经费保障", "funding")),
        ("cause_policy", new("制度保障", "policy")),
        ("cause_staffing", new("人员保障", "staffing")),
        ("cause_facilities", new("硬件条件保障", "facilities")),
        ("cause_other", new("其他", "other")),
        ("invalid", new("有错误", "has errors")),
    ];

    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private Labels(Language language, ImmutableDictionary<string, string> texts)
    {
        Language = language;
        Texts = texts;
    }

    public static Labels Chinese { get; } = new(Language.Chinese, TextsIn(Language.Chinese));

    public static Labels English { get; } = new(Language.English, TextsIn(Language.English));

    public Language Language { get; }

    public bool IsChinese => Language == Language.Chinese;

    /// <summary>Gets every label by name (the names templates use after <c>labels.</c>).</summary>
    public ImmutableDictionary<string, string> Texts { get; }

    public static Labels For(Language language) => language == Language.English ? English : Chinese;

    private static ImmutableDictionary<string, string> TextsIn(Language language) =>
        All.ToImmutableDictionary(label => label.Name, label => label.Text[language], StringComparer.Ordinal);

    public string this[string name] => Texts[name];

    public string TableTitle(Project project, int number)
    {
        var sequence = (project.Sequence ?? number).ToString(CultureInfo.InvariantCulture);
        return IsChinese ? sequence + "." + project.Name + "绩效目标表" : sequence + ". " + project.Name + ": performance targets";
    }

    public string AmountUnitLabel(AmountUnit? unit)
    {
        var name = unit == AmountUnit.Yuan
            ? (IsChinese ? "元" : "yuan")
            : (IsChinese ? "万元" : "10,000 yuan");
        return IsChinese ? "单位：" + name : "Unit: " + name;
    }

    public string MonthEnd(int month) =>
        IsChinese
            ? month.ToString(CultureInfo.InvariantCulture) + "月底"
            : month is >= 1 and <= 12 ? "End of " + EnglishMonths[month - 1] : "End of month " + month.ToString(CultureInfo.InvariantCulture);

    public string? Stage(DocumentStage? stage) => stage switch
    {
        DocumentStage.Draft => IsChinese ? "草案" : "Draft",
        DocumentStage.Final => IsChinese ? "正式" : "Final",
        _ => null,
    };

    public string? StageLine(DocumentStage? stage) => stage == DocumentStage.Draft ? (IsChinese ? "（草案）" : "(Draft)") : null;

    public string? PreparedLine(string? preparedBy) => preparedBy is null ? null : IsChinese ? preparedBy + "编制" : "Prepared by " + preparedBy;

    public string? ReviewedLine(string? reviewedBy) => reviewedBy is null ? null : IsChinese ? reviewedBy + "审核" : "Reviewed by " + reviewedBy;

    public string DefaultTitle(TargetDocument document)
    {
        var department = document.Department?.Name ?? document.PreparedBy;
        var year = document.FiscalYear.ToString(CultureInfo.InvariantCulture);
        return IsChinese
            ? (department ?? string.Empty) + year + "年部门预算绩效文本"
            : (department is null ? string.Empty : department + " ") + year + " budget performance targets";
    }

    public string? Attribute(ProjectAttribute? attribute) => attribute switch
    {
        ProjectAttribute.New => IsChinese ? "新增" : "New",
        ProjectAttribute.Continuing => IsChinese ? "延续" : "Continuing",
        _ => null,
    };

    public string? Period(ImplementationPeriod? period) =>
        period is null ? null : period.Start + (IsChinese ? " 至 " : " to ") + period.End;

    public string? Direction(IndicatorDirection? direction) => direction switch
    {
        IndicatorDirection.Positive => IsChinese ? "正向" : "Positive",
        IndicatorDirection.Negative => IsChinese ? "反向" : "Negative",
        _ => null,
    };

    public string Severity(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => this["error"],
        Diagnostics.Severity.Warning => this["warning"],
        _ => this["info"],
    };

    /// <summary>The symbol shown with a severity's word, so that severity never rests on colour alone: ✖, ▲ or ℹ.</summary>
    public string SeveritySymbol(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => this["error_symbol"],
        Diagnostics.Severity.Warning => this["warning_symbol"],
        _ => this["info_symbol"],
    };

    /// <summary>How many findings a group has and in how many tables: "36 处，涉及 16 张表", "36 findings in 16 tables".</summary>
    public string Tally(int count, int tables)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        var t = tables.ToString(CultureInfo.InvariantCulture);
        if (IsChinese)
        {
            return tables == 0 ? n + " 处" : n + " 处，涉及 " + t + " 张表";
        }

        var findings = count == 1 ? " finding" : " findings";
        return tables == 0 ? n + findings : n + findings + " in " + t + (tables == 1 ? " table" : " tables");
    }

    /// <summary>Names a table by its position for the review view's links: "表3", "Table 3".</summary>
    public string TableNumber(int number) =>
        (IsChinese ? "表" : "Table ") + number.ToString(CultureInfo.InvariantCulture);

    public string Category(RuleCategory category) => category switch
    {
        RuleCategory.Format => IsChinese ? "格式" : "Format",
        RuleCategory.Completeness => IsChinese ? "完整性" : "Completeness",
        RuleCategory.Relevance => IsChinese ? "相关性" : "Relevance",
        RuleCategory.Appropriateness => IsChinese ? "适当性" : "Appropriateness",
        _ => IsChinese ? "可行性" : "Feasibility",
    };

    /// <summary>
    /// Formats a source location in the labels' language: <c>seed.txt:147:5 (table 1, row 2)</c>, or in Chinese
    /// <c>seed.txt 第 147 行第 5 列（表 1，第 2 行）</c>; without a file, <c>line 147</c> or <c>第 147 行</c>.
    /// </summary>
    public string Location(SourceLocation location)
    {
        var line = location.Line.ToString(CultureInfo.InvariantCulture);
        var column = location.Column > 0 ? location.Column.ToString(CultureInfo.InvariantCulture) : null;
        var parts = new List<string>(3);
        string text;
        if (IsChinese)
        {
            text = (location.File is null ? string.Empty : location.File + " ") + "第 " + line + " 行" + (column is null ? string.Empty : "第 " + column + " 列");
            AddPart(parts, location.Table, "表 {0}");
            AddPart(parts, location.Row, "第 {0} 行");
            AddPart(parts, location.Cell, "第 {0} 格");
            return parts.Count == 0 ? text : text + "（" + string.Join("，", parts) + "）";
        }

        text = (location.File is null ? "line " : location.File + ":") + line + (column is null ? string.Empty : ":" + column);
        AddPart(parts, location.Table, "table {0}");
        AddPart(parts, location.Row, "row {0}");
        AddPart(parts, location.Cell, "cell {0}");
        return parts.Count == 0 ? text : text + " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>Names a place in a table for the review view: "指标 3 · 指标值", "indicator 3 · target".</summary>
    public string Place(string cell, int? item)
    {
        var name = cell switch
        {
            "unit" => IsChinese ? "单位" : "unit",
            "code" => this["project_code"],
            "name" => this["project_name"],
            "budget_total" => this["budget_total"],
            "budget_fiscal" => this["budget_fiscal"],
            "budget_other" => this["budget_other"],
            "fund_use" => this["fund_use"],
            "spending_plan" => this["spending_plan"],
            "goals" => this["goals"],
            "attribute" => this["attribute"],
            "implementation_period" => this["implementation_period"],
            "period_goals" => this["period_goals"],
            "review_opinion" => this["review_opinion"],
            "level1" => this["level1"],
            "level2" => this["level2"],
            "description" => this["description"],
            "target" => this["target"],
            "basis" => this["basis"],
            "weight" => this["weight"],
            "direction" => this["direction"],
            "indicators" => IsChinese ? "绩效指标" : "indicators",
            "period_indicators" => this["period_indicators"],
            "month" or "percent" => this["spending_plan"],
            "row" or "level3" => this["level3"],
            _ => IsChinese ? "本表" : "table",
        };

        if (item is not { } number)
        {
            return name;
        }

        var n = (number + 1).ToString(CultureInfo.InvariantCulture);
        return cell switch
        {
            "goal" => IsChinese ? this["goals"] + " " + n : "goal " + n,
            "period_goal" => IsChinese ? this["period_goals"] + " " + n : "period goal " + n,
            "month" or "percent" => IsChinese ? name + " 第" + n + "列" : name + ", column " + n,
            _ => IsChinese ? "第" + n + "行指标 · " + name : "indicator " + n + " · " + name,
        };
    }

    private static void AddPart(List<string> parts, int? value, string format)
    {
        if (value is { } number)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, format, number));
        }
    }
}
