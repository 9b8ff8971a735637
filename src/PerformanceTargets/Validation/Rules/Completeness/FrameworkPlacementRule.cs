using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT205: a level-1 or level-2 name unknown to the framework, or a level-2 name under the wrong level-1 name.</summary>
internal sealed class FrameworkPlacementRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT205",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("一级或二级指标不符合指标体系", "Indicator category or dimension not in the framework"),
        Description = new(
            "一级、二级指标名称应取自文档采用的指标体系（2020 或 2021 版，含认可的同义写法），且二级指标应位于其所属一级指标之下。",
            "Level-1 and level-2 names come from the document's framework (2020 or 2021), with the accepted synonyms; a level-2 name belongs under one level-1 name."),
    };

    private static readonly Text UnknownCategory = new(
        "\"{0}\" is not a level-1 category of the {1} framework.",
        "“{0}”不是 {1} 版指标体系的一级指标。",
        "Use one of: {2}.",
        "请使用：{2}。");

    private static readonly Text UnknownDimension = new(
        "\"{0}\" is not a level-2 dimension of the {1} framework.",
        "“{0}”不是 {1} 版指标体系的二级指标。",
        "Under this level-1 category use one of: {2}.",
        "该一级指标下请使用：{2}。");

    private static readonly Text Misplaced = new(
        "\"{0}\" does not belong under \"{1}\".",
        "二级指标“{0}”不属于一级指标“{1}”。",
        "Move it under {2}, or choose a dimension of its category.",
        "请将其移至“{2}”之下，或改用本一级指标下的二级指标。");

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var framework = context.Framework;
        if (indicator.Category is not { } category)
        {
            var names = JoinNames(framework.Categories.Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level1"), UnknownCategory, indicator.Indicator.Level1, framework.Id, names);
            return;
        }

        if (indicator.Dimension is not { } dimension || !framework.TryGetParent(dimension, out var parent))
        {
            var names = JoinNames(framework.Dimensions[category].Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level2"), UnknownDimension, indicator.Indicator.Level2, framework.Id, names);
            return;
        }

        if (parent != category)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level2"), Misplaced, indicator.Indicator.Level2, indicator.Indicator.Level1, IndicatorFramework.GetName(parent));
        }
    }
}
