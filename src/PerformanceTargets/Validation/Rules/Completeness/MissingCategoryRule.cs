using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT103: a required level-1 category (产出, 效益, 满意度, and 成本 under 2021) missing from a table.</summary>
internal sealed class MissingCategoryRule : IndicatorListRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT103",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("缺少必需的一级指标", "Required level-1 category missing"),
        Description = new(
            "每张表至少应有一个产出指标、效益指标和满意度指标，2021 版指标体系下还应有成本指标（中发〔2018〕34号）。",
            "Every table carries at least one 产出 (output), 效益 (benefit) and 满意度 (satisfaction) indicator, and under the 2021 framework one 成本 (cost) indicator (中发〔2018〕34号)."),
    };

    private static readonly Text Message = new(
        "Table {0} has no {1} indicator.",
        "表{0}缺少{1}。",
        "Add at least one indicator under each of them: targets cover output, benefit and satisfaction (and cost under 2021).",
        "请在其下各设置至少一个指标：绩效目标应涵盖产出、效益、满意度（2021 版还有成本）。");

    internal override void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list)
    {
        var present = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Category is { } category)
            {
                present |= 1 << (int)category;
            }
            else if (indicator.Dimension is { } dimension && context.Framework.TryGetParent(dimension, out var meant))
            {
                // An unknown level-1 name over a known level-2 name ("效果指标" over 社会效益指标): the row fills the
                // dimension's category, and PT205 reports its level-1 cell (one cell, one finding).
                present |= 1 << (int)meant;
            }
        }

        List<IndicatorCategory>? missing = null;
        foreach (var category in context.Framework.Categories)
        {
            if ((present & (1 << (int)category)) == 0)
            {
                (missing ??= []).Add(category);
            }
        }

        if (missing is not null)
        {
            var names = LevelNames(missing.Select(c => (IndicatorFramework.GetName(c), IndicatorFramework.GetEnglishName(c))));
            context.Add(PointerSpec.ForProject(project.Index, list), Message, project.Table, names);
        }
    }
}
