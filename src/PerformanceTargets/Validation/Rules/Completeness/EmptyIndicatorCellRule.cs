using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT105: an indicator's name or target is empty (error); its description or basis is empty (warning).</summary>
internal sealed class EmptyIndicatorCellRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT105",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("指标内容为空", "Indicator cell empty"),
        Description = new(
            "缺少名称或指标值的指标无法衡量（错误）。绩效指标描述或指标值确定依据为空会让审核者无从判断（警告）；只有文档中其他指标填写了该栏时，缺失才会报告。",
            "An indicator without a name or a target value cannot be measured (error). An empty description or basis (指标值确定依据) leaves the reviewer guessing (warning); an absent one is reported only when other indicators of the document have one."),
    };

    private static readonly Text NoName = new(
        "An indicator of table {0} has no name.",
        "表{0}有一个指标没有名称（三级指标）。",
        "Give the indicator's name (三级指标), or delete the row.",
        "请填写指标名称（三级指标），或删除该行。");

    private static readonly Text NoTarget = new(
        "Indicator \"{0}\" has no target value.",
        "指标“{0}”没有指标值。",
        "Give the target value, e.g. ≥95% or 21个.",
        "请填写指标值，例如 ≥95% 或 21个。");

    private static readonly Text NoDescription = new(
        "Indicator \"{0}\" has no description (绩效指标描述).",
        "指标“{0}”没有填写绩效指标描述。",
        "Say what the indicator measures.",
        "请说明该指标衡量什么。");

    private static readonly Text NoBasis = new(
        "Indicator \"{0}\" does not say where its target comes from (指标值确定依据).",
        "指标“{0}”没有填写指标值确定依据。",
        "Name the basis: 计划标准, 历史标准, 行业标准, 预算支出标准 or the document it comes from.",
        "请填写依据：计划标准、历史标准、行业标准、预算支出标准或所依据的文件。");

    public override void Check(ValidationContext context)
    {
        // An absent description or basis is a finding only when the document has such a column at all.
        var anyDescription = false;
        var anyBasis = false;
        foreach (var project in context.Facts.Projects)
        {
            Scan(project.Indicators, ref anyDescription, ref anyBasis);
            Scan(project.PeriodIndicators, ref anyDescription, ref anyBasis);
        }

        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false, anyDescription, anyBasis);
            Check(context, project, project.PeriodIndicators, true, anyDescription, anyBasis);
        }
    }

    private static void Scan(IndicatorFacts[] indicators, ref bool anyDescription, ref bool anyBasis)
    {
        foreach (var indicator in indicators)
        {
            anyDescription |= indicator.Indicator.Description is not null;
            anyBasis |= indicator.Indicator.Basis is not null;
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, bool anyDescription, bool anyBasis)
    {
        var list = ListName(period);
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i].Indicator;
            var name = indicators[i].Name.Trimmed;
            if (name.Length == 0)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "name"), NoName, project.Table);
            }

            if (indicators[i].Target.Kind == TargetKind.Empty)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "target"), NoTarget, name);
            }

            if (indicator.Description is null ? anyDescription : IsBlank(indicator.Description))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "description"), NoDescription, name, severity: Severity.Warning);
            }

            if (indicator.Basis is null ? anyBasis : IsBlank(indicator.Basis))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "basis"), NoBasis, name, severity: Severity.Warning);
            }
        }
    }
}
