using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>
/// The monitoring rules (PT701–PT705, format 1.1; Feasibility: PT701, 703, 704; Completeness: PT702, 705) and PT610 on
/// monitoring: a hit and a near miss on table 12 of the seed monitored as of 2024-07-31 (<see cref="LifecycleData.Monitored"/>).
/// </summary>
public class MonitoringRuleTests
{
    private static ValidationReport Check(Project project, TargetValidator? validator = null) => SeedData.Validate(SeedData.With(project), validator);

    [Fact]
    public void The_sound_monitoring_raises_no_lifecycle_finding()
    {
        Assert.Empty(Check(LifecycleData.Monitored).LifecycleCodes());
    }

    [Fact]
    public void PT701_hit_red_and_yellow()
    {
        // Planned 56.25 %: spent 15 of 52.9 (28.36 %) lags 27.89 points, red; 22 (41.59 %) lags 14.66, yellow.
        var red = Check(LifecycleData.Monitored.WithMonitoring(m => m with { Spent = 15m, DeviationReason = "工程未结算", Remedy = "加快结算" })).Single("PT701");
        Assert.Equal(Severity.Warning, red.Severity);
        Assert.Contains("27.89", red.Message, StringComparison.Ordinal);
        var yellow = Check(LifecycleData.Monitored.WithMonitoring(m => m with { Spent = 22m, DeviationReason = "工程未结算", Remedy = "加快结算" })).Single("PT701");
        Assert.Equal(Severity.Info, yellow.Severity);
    }

    [Fact]
    public void PT701_near_miss_lag_of_exactly_10_and_thresholds_configured()
    {
        // Spent 24.47 of 52.9 is 46.26 %: a lag of 9.99 points.
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { Spent = 24.47m })).None("PT701");
        var lenient = TargetValidator.CreateBuilder().UseScorer(TargetScorer.CreateBuilder().UseLightThresholds(15m, 30m).Build()).Build();
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { Spent = 22m }), lenient).None("PT701");
    }

    [Fact]
    public void PT702_hit_red_project_and_yellow_indicator_without_reason()
    {
        var project = LifecycleData.Monitored
            .WithMonitoring(m => m with { Spent = 15m })
            .WithMonitoring(0, m => m with { Likelihood = MonitoringLikelihood.Possible });
        var pointers = Check(project).Hits("PT702").Select(f => f.Pointer);
        Assert.Equal(["/projects/0/monitoring/deviationReason", "/projects/0/indicators/0/monitoring/deviationReason"], pointers);
    }

    [Fact]
    public void PT702_near_miss_reason_given_as_causes_and_remedy()
    {
        var project = LifecycleData.Monitored
            .WithMonitoring(m => m with { Spent = 15m, DeviationReason = "工程未结算", Remedy = "加快结算" })
            .WithMonitoring(0, m => m with { Likelihood = MonitoringLikelihood.Possible, DeviationCauses = [DeviationCause.Funding], Remedy = "申请追加" });
        Check(project).None("PT702");
    }

    [Fact]
    public void PT703_hit_count_behind_pro_rata()
    {
        // 乡镇个数 target 10个, progress 3个: 30 % against 58.33 % expected, a lag of 28.33: red.
        var project = LifecycleData.Monitored
            .WithIndicator(0, i => i with { Target = "10个" })
            .WithMonitoring(0, m => m with { Progress = "3个", ExpectedYearEnd = "10个", Likelihood = MonitoringLikelihood.Possible, DeviationReason = "资金未到位", Remedy = "加快" });
        var finding = Check(project).Single("PT703");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/projects/0/indicators/0/monitoring/progress", finding.Pointer);
    }

    [Fact]
    public void PT703_near_miss_rates_and_other_units_are_not_pro_rata()
    {
        var project = LifecycleData.Monitored
            .WithIndicator(0, i => i with { Target = "10个" })
            .WithMonitoring(0, m => m with { Progress = "3人", ExpectedYearEnd = "10个" })
            .WithMonitoring(1, m => m with { Progress = "30%" });
        Check(project).None("PT703");
    }

    [Fact]
    public void PT704_hit_certain_but_short()
    {
        var project = LifecycleData.Monitored.WithIndicator(0, i => i with { Target = "10个" }).WithMonitoring(0, m => m with { Progress = "6个", ExpectedYearEnd = "8个" });
        var finding = Check(project).Single("PT704");
        Assert.Contains("80", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT704_near_miss_possible_or_reaching_the_target()
    {
        var project = LifecycleData.Monitored.WithIndicator(0, i => i with { Target = "10个" }).WithMonitoring(0, m => m with { Progress = "6个", ExpectedYearEnd = "8个", Likelihood = MonitoringLikelihood.Possible, DeviationReason = "x", Remedy = "y" });
        Check(project).None("PT704");
        Check(LifecycleData.Monitored.WithMonitoring(3, m => m with { ExpectedYearEnd = "50万元", Likelihood = MonitoringLikelihood.Certain })).None("PT704");
    }

    [Fact]
    public void PT705_hit_date_outside_the_year_or_not_a_date()
    {
        var report = Check(LifecycleData.Monitored.WithMonitoring(m => m with { AsOf = "2023-07-31" }));
        Assert.Equal("/projects/0/monitoring/asOf", report.Single("PT705").Pointer);
        report.None("PT701");
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { AsOf = "2024-02-30" })).Single("PT705");
    }

    [Fact]
    public void PT705_near_miss_last_day_of_the_year_and_a_leap_day()
    {
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { AsOf = "2024-12-31", Spent = 52.9m })).None("PT705");
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { AsOf = "2024-02-29" })).None("PT705");
    }

    [Fact]
    public void PT610_hit_and_near_miss_in_monitoring()
    {
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { Spent = 60m })).Single("PT610");
        Check(LifecycleData.Monitored.WithMonitoring(m => m with { Budget = 60m, Spent = 60m })).None("PT610");
    }
}
