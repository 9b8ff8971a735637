using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// Table 12 of the seed (乡镇转移支付, 52.9 万元) given a sound self-evaluation and a sound monitoring, for the PT6xx and
/// PT7xx rule tests: each test changes one thing and expects one finding, or none for a near miss.
/// </summary>
internal static class LifecycleData
{
    /// <summary>Points, actuals and scores of the seven rows, summing to 100 with 10 for execution; no finding.</summary>
    private static readonly (decimal Points, string Actual, decimal Score)[] Rows =
    [
        (15m, "1个", 15m), (15m, "100%", 15m), (10m, "100%", 10m), (10m, "52.5万元", 10m),
        (15m, "得到保障", 15m), (15m, "有所提升", 15m), (10m, "96%", 10m),
    ];

    /// <summary>Table 12 evaluated: spent 52.5 of 52.9 (rate 99.24 %, execution score 9.92), total 99.92, 优.</summary>
    public static Project Evaluated => SeedData.Sound with
    {
        Evaluation = new ProjectEvaluation
        {
            InitialBudget = 52.9m,
            Budget = 52.9m,
            Spent = 52.5m,
            ExecutionPoints = 10m,
            ExecutionRate = 99.24m,
            ExecutionScore = 9.92m,
            GoalOutcomes = ["乡镇工作正常开展。"],
            TotalScore = 99.92m,
            Grade = EvaluationGrade.Excellent,
        },
        Indicators = [.. SeedData.Sound.Indicators.Select((indicator, i) => indicator with
        {
            Evaluation = new IndicatorEvaluation { Actual = Rows[i].Actual, Points = Rows[i].Points, Score = Rows[i].Score },
        })],
    };

    /// <summary>Table 12 monitored as of 2024-07-31: planned 56.25 %, spent 30 of 52.9 (56.71 %), green; 乡镇个数 1个 of 1个, green.</summary>
    public static Project Monitored => SeedData.Sound with
    {
        Monitoring = new ProjectMonitoring { AsOf = "2024-07-31", Budget = 52.9m, Spent = 30m },
        Indicators = SeedData.Sound.Indicators.SetItem(0, SeedData.Sound.Indicators[0] with
        {
            Monitoring = new IndicatorMonitoring { Progress = "1个", ExpectedYearEnd = "1个", Likelihood = MonitoringLikelihood.Certain },
        }),
    };

    /// <summary>Changes the evaluation block of one row.</summary>
    public static Project WithEvaluation(this Project project, int row, Func<IndicatorEvaluation, IndicatorEvaluation> change) =>
        project.WithIndicator(row, i => i with { Evaluation = change(i.Evaluation ?? new IndicatorEvaluation()) });

    /// <summary>Changes the monitoring block of one row.</summary>
    public static Project WithMonitoring(this Project project, int row, Func<IndicatorMonitoring, IndicatorMonitoring> change) =>
        project.WithIndicator(row, i => i with { Monitoring = change(i.Monitoring ?? new IndicatorMonitoring()) });

    /// <summary>Changes the project's evaluation block.</summary>
    public static Project WithEvaluation(this Project project, Func<ProjectEvaluation, ProjectEvaluation> change) =>
        project with { Evaluation = change(project.Evaluation ?? new ProjectEvaluation()) };

    /// <summary>Changes the project's monitoring block.</summary>
    public static Project WithMonitoring(this Project project, Func<ProjectMonitoring, ProjectMonitoring> change) =>
        project with { Monitoring = change(project.Monitoring ?? new ProjectMonitoring { AsOf = "2024-07-31" }) };

    /// <summary>The PT6xx and PT7xx findings of a validation, as rule ids.</summary>
    public static string[] LifecycleCodes(this ValidationReport report) =>
        [.. report.Findings.Select(f => f.RuleId).Where(id => id.StartsWith("PT6", StringComparison.Ordinal) || id.StartsWith("PT7", StringComparison.Ordinal))];
}
