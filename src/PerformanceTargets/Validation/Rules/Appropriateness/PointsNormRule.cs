using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT611: level-1 points differ from the norm 产出 50 / 效益 30 / 满意度 10 / 预算执行 10.</summary>
internal sealed class PointsNormRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT611",
        DefaultSeverity = Severity.Info,
        Category = RuleCategory.Appropriateness,
        Title = new("一级指标分值与通行权重不同", "Level-1 points differ from the norm"),
        Description = new(
            "财预〔2020〕10号及各省自评表通常为产出 50 分、效益 30 分、满意度 10 分、预算执行率 10 分；没有指标的类别计 0 分；2021 框架下成本指标与产出指标合计对照 50 分。",
            "The national rules (财预〔2020〕10号) and the provinces' tables commonly give 产出 50, 效益 30, 满意度 10 and budget execution 10 points; a category without indicators counts 0; under the 2021 framework 成本 and 产出 together are compared with 50."),
    };

    private static readonly Text Message = new(
        "The points of table {0} differ from the norm: {1}.",
        "表{0}的分值与通行权重不同：{1}。",
        "Unless the province prescribes otherwise, give 产出 50, 效益 30, 满意度 10 and budget execution 10 points.",
        "如无特别规定，一般按产出 50 分、效益 30 分、满意度 10 分、预算执行率 10 分设置。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        decimal output = 0m, benefit = 0m, satisfaction = 0m;
        var rows = context.Facts.Projects[project.Index].Indicators;
        foreach (var indicator in project.Indicators)
        {
            // The category of the level-1 cell in the framework in force, worked out once per distinct cell (the
            // document's facts); a cell that prints its points ("产出指标(70分)") is looked up without them.
            var level1 = indicator.Indicator.Level1;
            IndicatorCategory category;
            if (context.Facts.Text(level1).Points is null)
            {
                if (rows[indicator.Index].Category is not { } known)
                {
                    continue;
                }

                category = known;
            }
            else if (!IndicatorFramework.TrySplitPoints(level1, out var name, out _) || !context.Framework.TryGetCategory(name, out category))
            {
                continue;
            }

            var points = indicator.Evaluation?.Points ?? 0m;
            switch (category)
            {
                case IndicatorCategory.Output or IndicatorCategory.Cost:
                    output = AddAmounts(output, points) ?? decimal.MaxValue;
                    break;
                case IndicatorCategory.Benefit:
                    benefit = AddAmounts(benefit, points) ?? decimal.MaxValue;
                    break;
                default:
                    satisfaction = AddAmounts(satisfaction, points) ?? decimal.MaxValue;
                    break;
            }
        }

        var framework2021 = context.Framework == IndicatorFramework.Framework2021;
        if (output == 50m && benefit == 30m && satisfaction == 10m && evaluation.ExecutionPoints == 10m)
        {
            return;
        }

        var parts = new List<LocalizedText>(4);
        Compare(parts, framework2021 ? new LocalizedText("产出和成本", "output and cost") : new LocalizedText("产出", "output"), output, 50m);
        Compare(parts, new LocalizedText("效益", "benefit"), benefit, 30m);
        Compare(parts, new LocalizedText("满意度", "satisfaction"), satisfaction, 10m);
        Compare(parts, new LocalizedText("预算执行", "budget execution"), evaluation.ExecutionPoints, 10m);
        if (parts.Count > 0)
        {
            context.Add(At(project, "executionPoints"), Message, Table(project), JoinNames(parts));
        }
    }

    private static void Compare(List<LocalizedText> parts, LocalizedText name, decimal points, decimal norm)
    {
        if (points != norm)
        {
            parts.Add(new LocalizedText(
                FormattableString.Invariant($"{name.Chinese} {points} 分（通行 {norm} 分）"),
                FormattableString.Invariant($"{name.English} {points} (norm {norm})")));
        }
    }
}
