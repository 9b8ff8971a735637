using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>
/// The self-evaluation rules (PT601–PT613, format 1.1), each in the folder of its category (Feasibility: PT601–603,
/// 609, 610, 612, 613; Completeness: PT604–606; Appropriateness: PT607, 608, 611): a hit and a near miss on table 12 of
/// the seed given a sound self-evaluation (<see cref="LifecycleData.Evaluated"/>).
/// </summary>
public class EvaluationRuleTests
{
    private static ValidationReport Check(Project project) => SeedData.Validate(project);

    [Fact]
    public void The_sound_evaluation_raises_no_lifecycle_finding()
    {
        var report = Check(LifecycleData.Evaluated);
        Assert.Empty(report.LifecycleCodes());
        Assert.Equal(SeedData.Validate(SeedData.Sound).Codes(), report.Codes());
    }

    [Fact]
    public void PT601_hit_points_sum_to_110()
    {
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(0, e => e with { Points = 25m, Score = 25m }).WithEvaluation(p => p with { TotalScore = 109.92m })).Single("PT601");
        Assert.Equal("/projects/0/evaluation/executionPoints", finding.Pointer);
        Assert.Contains("110", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT601_near_miss_20_execution_points_and_indicators_of_80()
    {
        var project = LifecycleData.Evaluated
            .WithEvaluation(p => p with { ExecutionPoints = 20m, ExecutionScore = 19.85m, TotalScore = 99.85m })
            .WithEvaluation(0, e => e with { Points = 5m, Score = 5m });
        var report = Check(project);
        report.None("PT601");
        report.None("PT609");
    }

    [Fact]
    public void PT602_hit_score_above_points_silences_PT603()
    {
        var report = Check(LifecycleData.Evaluated.WithEvaluation(2, e => e with { Score = 12m }).WithEvaluation(p => p with { TotalScore = 101.92m }));
        Assert.Equal("/projects/0/indicators/2/evaluation/score", report.Single("PT602").Pointer);
        report.None("PT603");
    }

    [Fact]
    public void PT602_near_miss_score_equal_to_points()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(2, e => e with { Score = 10.00m })).None("PT602");
    }

    [Fact]
    public void PT603_hit_score_above_formula()
    {
        // 工作正常开展率 ≥95%, actual 80%: c = 0.8421, formula 12.63; scored 15.
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(1, e => e with { Actual = "80%", DeviationReason = "部分工作延期" })).Single("PT603");
        Assert.Contains("12.63", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT603_near_miss_within_a_hundredth_and_qualitative_rows()
    {
        var project = LifecycleData.Evaluated
            .WithEvaluation(1, e => e with { Actual = "80%", Score = 12.64m, DeviationReason = "部分工作延期" })
            .WithEvaluation(4, e => e with { Actual = "基本保障", Score = 15m })
            .WithEvaluation(p => p with { TotalScore = 97.56m });
        Check(project).None("PT603");
    }

    [Fact]
    public void PT604_hit_deduction_without_reason_silences_PT605()
    {
        var report = Check(LifecycleData.Evaluated.WithEvaluation(1, e => e with { Actual = "90%", Score = 12m }).WithEvaluation(p => p with { TotalScore = 96.92m }));
        Assert.Equal("/projects/0/indicators/1/evaluation/deviationReason", report.Single("PT604").Pointer);
        report.None("PT605");
    }

    [Fact]
    public void PT604_near_miss_deduction_explained()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(1, e => e with { Actual = "90%", Score = 12m, DeviationReason = "两项工作未开展" }).WithEvaluation(p => p with { TotalScore = 96.92m })).None("PT604");
    }

    [Fact]
    public void PT605_hit_shortfall_without_reason()
    {
        // 90% of ≥95%: formula 14.21, scored so.
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(1, e => e with { Actual = "90%", Score = 14.21m }).WithEvaluation(p => p with { TotalScore = 99.13m })).Single("PT605");
        Assert.Contains("94.74", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT605_hit_tier_partly_without_reason()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(5, e => e with { Actual = "部分达成", Score = 10m }).WithEvaluation(p => p with { TotalScore = 94.92m })).Single("PT605");
    }

    [Fact]
    public void PT605_near_miss_unknown_completion_is_not_a_shortfall()
    {
        var report = Check(LifecycleData.Evaluated.WithEvaluation(1, e => e with { Actual = "良好" }));
        report.None("PT605");
        report.Single("PT607");
    }

    [Fact]
    public void PT606_hit_missing_actual_and_missing_block()
    {
        var project = LifecycleData.Evaluated.WithEvaluation(0, e => e with { Actual = " " }).WithIndicator(6, i => i with { Evaluation = null });
        var report = Check(project);
        Assert.Equal(["/projects/0/indicators/0/evaluation/actual", "/projects/0/indicators/6/evaluation/actual"], report.Hits("PT606").Select(f => f.Pointer));
    }

    [Fact]
    public void PT606_near_miss_not_evaluated_at_all()
    {
        Assert.Empty(Check(SeedData.Sound).LifecycleCodes());
    }

    [Fact]
    public void PT607_hit_unit_differs()
    {
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(0, e => e with { Actual = "1人" })).Single("PT607");
        Assert.Equal("/projects/0/indicators/0/evaluation/actual", finding.Pointer);
    }

    [Fact]
    public void PT607_near_miss_equivalent_units_bare_numbers_and_comparators()
    {
        var project = LifecycleData.Evaluated
            .WithEvaluation(0, e => e with { Actual = "1" })
            .WithEvaluation(1, e => e with { Actual = "≥100百分比" })
            .WithEvaluation(3, e => e with { Actual = "525000元" });
        Check(project).None("PT607");
    }

    [Fact]
    public void PT608_hit_actual_at_150_percent()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(0, e => e with { Actual = "2个" })).Single("PT608");
    }

    [Fact]
    public void PT608_near_miss_negative_target_and_149_percent()
    {
        var project = LifecycleData.Evaluated with { Indicators = [.. LifecycleData.Evaluated.Indicators.Select((i, n) => n == 0 ? i with { Target = "100个", Evaluation = i.Evaluation! with { Actual = "149个" } } : i)] };
        var report = Check(project.WithEvaluation(3, e => e with { Actual = "20万元" }));
        report.None("PT608");
    }

    [Fact]
    public void PT609_hit_each_reported_figure()
    {
        var project = LifecycleData.Evaluated.WithEvaluation(p => p with { ExecutionRate = 98m, ExecutionScore = 10m, TotalScore = 100m, Grade = EvaluationGrade.Good });
        var pointers = Check(project).Hits("PT609").Select(f => f.Pointer);
        Assert.Equal(["/projects/0/evaluation/executionRate", "/projects/0/evaluation/executionScore", "/projects/0/evaluation/totalScore", "/projects/0/evaluation/grade"], pointers);
    }

    [Fact]
    public void PT609_near_miss_rate_printed_at_its_precision_and_a_hundredth()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(p => p with { ExecutionRate = 99.2m, ExecutionScore = 9.93m, TotalScore = 99.91m })).None("PT609");
        Check(LifecycleData.Evaluated.WithEvaluation(p => p with { ExecutionRate = 99m })).None("PT609");
    }

    [Fact]
    public void PT610_hit_spent_above_budget()
    {
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(p => p with { Spent = 53m, ExecutionRate = null, ExecutionScore = null, TotalScore = null })).Single("PT610");
        Assert.Equal("/projects/0/evaluation/spent", finding.Pointer);
    }

    [Fact]
    public void PT610_near_miss_spent_equal_to_an_adjusted_budget()
    {
        Check(LifecycleData.Evaluated.WithEvaluation(p => p with { Budget = 60m, Spent = 60.00m, ExecutionRate = null, ExecutionScore = null, TotalScore = null })).None("PT610");
    }

    [Fact]
    public void PT611_hit_points_off_the_norm()
    {
        var project = LifecycleData.Evaluated
            .WithEvaluation(0, e => e with { Points = 25m, Score = 25m })
            .WithEvaluation(4, e => e with { Points = 5m, Score = 5m })
            .WithEvaluation(p => p with { TotalScore = 99.92m });
        var finding = Check(project).Single("PT611");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("60", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT611_near_miss_the_norm()
    {
        Check(LifecycleData.Evaluated).None("PT611");
    }

    [Fact]
    public void PT612_hit_partly_scored_as_achieved()
    {
        var finding = Check(LifecycleData.Evaluated.WithEvaluation(5, e => e with { Actual = "部分达成", DeviationReason = "服务覆盖不足" })).Single("PT612");
        Assert.Contains("[9, 12)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT612_near_miss_tiers_respected()
    {
        var project = LifecycleData.Evaluated
            .WithEvaluation(5, e => e with { Actual = "部分达成", Score = 11m, DeviationReason = "服务覆盖不足" })
            .WithEvaluation(4, e => e with { Actual = "基本保障", Achievement = Achievement.Achieved, Score = 12m })
            .WithEvaluation(p => p with { TotalScore = 92.92m });
        Check(project).None("PT612");
    }

    [Fact]
    public void PT613_hit_printed_points_differ()
    {
        var project = LifecycleData.Evaluated with { Indicators = [.. LifecycleData.Evaluated.Indicators.Select(i => i.Level1 == "产出指标" ? i with { Level1 = "产出指标(60分)" } : i)] };
        var report = Check(project);
        var finding = report.Single("PT613");
        Assert.Equal("/projects/0/indicators/0/level1", finding.Pointer);
        report.None("PT611");
    }

    [Fact]
    public void PT613_near_miss_printed_points_agree()
    {
        var project = LifecycleData.Evaluated with
        {
            Indicators = [.. LifecycleData.Evaluated.Indicators.Select(i => i.Level1 switch
            {
                "产出指标" => i with { Level1 = "产出指标(50分)" },
                "效益指标" => i with { Level1 = "效益指标（30分）" },
                _ => i,
            })],
        };
        var report = Check(project);
        report.None("PT613");
        report.None("PT611");
    }

    [Fact]
    public void Evaluation_rules_cost_nothing_on_a_document_without_blocks()
    {
        var context = SeedData.Validate(SeedData.Document);
        Assert.Empty(context.LifecycleCodes());
    }
}
