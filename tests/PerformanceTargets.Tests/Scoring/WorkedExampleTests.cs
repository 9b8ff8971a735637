using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Validation;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Scoring;

/// <summary>
/// The worked example of the lifecycle contract: a real 自评表 (中江县水利局 2022, 水标尺 project) converted to a 1.1
/// document. Its level-1 cells print 产出指标(70分) / 效益指标(20分) / 满意度指标(10分) beside 10 points of budget
/// execution, so its points sum to 110 while it reports 总分 100: PT601 and PT609; and its footnote asks for 50/30/10/10:
/// PT611. Nothing else of PT6xx or PT7xx.
/// </summary>
public class WorkedExampleTests
{
    internal static TargetDocument Document()
    {
        static Indicator Row(string level1, string level2, string name, string target, string actual, decimal points) => new()
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Evaluation = new IndicatorEvaluation { Actual = actual, Points = points, Score = points },
        };

        return new TargetDocument
        {
            Framework = IndicatorFramework.Framework2020,
            Title = "中江县水利局2022年度项目支出绩效自评表",
            FiscalYear = 2022,
            AmountUnit = AmountUnit.TenThousandYuan,
            Projects =
            [
                new Project
                {
                    Sequence = 1,
                    Name = "水标尺安装项目",
                    Budget = new Budget { Total = 20m, Fiscal = 20m, Other = 0m },
                    Goals = ["在重点河段安装坡面水标尺，提升水位监测能力。"],
                    Evaluation = new ProjectEvaluation
                    {
                        InitialBudget = 20m,
                        Budget = 20m,
                        Spent = 20m,
                        ExecutionPoints = 10m,
                        ExecutionRate = 100m,
                        ExecutionScore = 10m,
                        GoalOutcomes = ["已在重点河段安装坡面水标尺266米，水位监测能力显著提升。"],
                        TotalScore = 100m,
                        Grade = EvaluationGrade.Excellent,
                    },
                    Indicators =
                    [
                        Row("产出指标(70分)", "数量指标", "安装坡面水标尺", "≥266米", "≥266米", 10m),
                        Row("产出指标(70分)", "质量指标", "验收合格率", "100%", "100%", 20m),
                        Row("产出指标(70分)", "时效指标", "完成时间", "按期完成", "按期完成", 20m),
                        Row("产出指标(70分)", "成本指标", "项目成本", "≤20万元", "20万元", 20m),
                        Row("效益指标(20分)", "社会效益指标", "水位监测能力", "有效提升", "有效提升", 10m),
                        Row("效益指标(20分)", "社会效益指标", "群众生产生活条件改善状况", "显著提升", "显著提升", 10m),
                        Row("满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10m),
                    ],
                },
            ],
        };
    }

    [Fact]
    public void The_worked_example_as_a_1_1_document_gives_PT601_PT609_and_PT611()
    {
        var json = TargetJson.WriteToString(Document());
        Assert.Contains("\"schemaVersion\": \"1.1\"", json, StringComparison.Ordinal);
        var report = TargetValidator.Default.ValidateJson(json);
        Assert.NotNull(report.Document);
        Assert.Equal(["PT601", "PT609", "PT611"], report.LifecycleCodes().Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("/projects/0/evaluation/totalScore", report.Single("PT609").Pointer);
    }

    [Fact]
    public void The_worked_example_scores_110_with_every_formula_at_its_points()
    {
        var project = TargetScorer.Default.Score(Document()).Projects[0];
        var evaluation = project.Evaluation!;
        Assert.Equal(100m, evaluation.ExecutionRate.Value);
        Assert.Equal(10m, evaluation.ExecutionScore.Value);
        Assert.Equal(110m, evaluation.TotalPoints);
        Assert.Equal(110m, evaluation.TotalScore);
        Assert.Equal(EvaluationGrade.Excellent, evaluation.Grade);
        Assert.Equal([10m, 20m, null, 20m, null, null, 10m], project.Indicators.Select(i => i.Evaluation!.FormulaScore.ValueOrNull));
        Assert.Equal(FigureGap.Qualitative, project.Indicators[5].Evaluation!.FormulaScore.Gap);
        Assert.Equal(Achievement.Achieved, project.Indicators[5].Evaluation!.Achievement);
        Assert.Equal(105.56m, project.Indicators[6].Evaluation!.Completion.Value);
    }
}
