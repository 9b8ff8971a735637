using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT104: the 产出 indicators of a table lack one of 数量, 质量, 时效 (and 成本 under 2020).</summary>
internal sealed class MissingOutputDimensionRule : IndicatorListRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT104",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("产出指标缺少二级指标", "Output indicators lack a dimension"),
        Description = new(
            "一张表的产出指标应涵盖数量、质量、时效，2020 版指标体系下还应有成本指标。",
            "The 产出 indicators of a table are expected to cover 数量, 质量 and 时效, and under the 2020 framework 成本 too."),
    };

    private static readonly Text Message = new(
        "The output indicators of table {0} have no {1}.",
        "表{0}的产出指标缺少{1}。",
        "Add an output indicator for each: how much (数量), how well (质量), how soon (时效) and, under 2020, at what cost (成本).",
        "请各补充一个产出指标：数量、质量、时效，2020 版还有成本。");

    internal override void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list)
    {
        if (!context.Framework.Dimensions.TryGetValue(IndicatorCategory.Output, out var dimensions))
        {
            return;
        }

        var anyOutput = false;
        var present = 0;
        var unknown = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Category == IndicatorCategory.Output)
            {
                anyOutput = true;
                if (indicator.Dimension is { } dimension)
                {
                    present |= 1 << (int)dimension;
                }
                else
                {
                    unknown++;
                }
            }
        }

        // Without any output indicator PT103 already reports the table.
        if (!anyOutput)
        {
            return;
        }

        List<IndicatorDimension>? missing = null;
        foreach (var dimension in dimensions)
        {
            if ((present & (1 << (int)dimension)) == 0)
            {
                (missing ??= []).Add(dimension);
            }
        }

        // An output row whose level-2 name is not a dimension of the framework ("经济成本指标" under 2020) is PT205's:
        // it was meant to fill a dimension, so the table is reported only when more are missing than such rows could fill
        // (one cell, one finding).
        if (missing is not null && missing.Count > unknown)
        {
            var names = LevelNames(missing.Select(d => (IndicatorFramework.GetName(d), IndicatorFramework.GetEnglishName(d))));
            context.Add(PointerSpec.ForProject(project.Index, list), Message, project.Table, names);
        }
    }
}
