using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>The seed document and small documents built from its tables, for rule tests.</summary>
internal static class SeedData
{
    private static readonly Lazy<TargetDocument> Seed = new(() => TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow());

    public static TargetDocument Document => Seed.Value;

    public static byte[] Bytes => File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));

    /// <summary>Gets table <paramref name="sequence"/> (1-based, as printed) of the seed.</summary>
    public static Project Table(int sequence) => Document.Projects[sequence - 1];

    /// <summary>Table 12 (乡镇转移支付): a sound table on which no rule reports anything.</summary>
    public static Project Sound => Table(12);

    /// <summary>A document with the seed's cover and the given tables, numbered 1..n.</summary>
    public static TargetDocument With(params Project[] projects) => Document with
    {
        Projects = [.. projects.Select((p, i) => p with { Sequence = i + 1 })],
    };

    /// <summary>
    /// Validates the sound table with one indicator's target (and name) changed. Table 12 rows: 0 数量 乡镇个数 1个,
    /// 1 质量 工作正常开展率 ≥95%, 2 时效 工作及时开展率 ≥95%, 3 成本 预算金额内 ≤52.9万元, 4 可持续影响 乡镇工作正常开展 得到保障,
    /// 5 社会效益 服务水平 有所提升, 6 满意度 受益对象满意度 ≥95%.
    /// </summary>
    public static ValidationReport WithTarget(int row, string target, string? name = null, TargetValidator? validator = null) =>
        Validate(With(Sound.WithIndicator(row, i => i with { Target = target, Name = name ?? i.Name })), validator);

    /// <summary>An indicator row with the seed's usual basis.</summary>
    public static Indicator Row(string level1, string level2, string name, string description, string target = "≥95%") =>
        new() { Level1 = level1, Level2 = level2, Name = name, Description = description, Target = target, Basis = "年初工作计划" };

    /// <summary>A document with the seed's cover and the given tables, their numbers kept.</summary>
    public static TargetDocument WithNumbers(params Project[] projects) => Document with { Projects = [.. projects] };

    public static Project WithIndicator(this Project project, int row, Func<Indicator, Indicator> change)
    {
        var indicators = project.Indicators.ToBuilder();
        indicators[row] = change(indicators[row]);
        return project with { Indicators = indicators.ToImmutable() };
    }

    public static Project WithoutIndicators(this Project project, Func<Indicator, bool> remove) =>
        project with { Indicators = [.. project.Indicators.Where(i => !remove(i))] };

    public static Project WithAddedIndicator(this Project project, Indicator indicator) =>
        project with { Indicators = project.Indicators.Add(indicator) };

    public static ValidationReport Validate(TargetDocument document, TargetValidator? validator = null) =>
        (validator ?? TargetValidator.Default).Validate(document);

    public static ValidationReport Validate(params Project[] projects) => Validate(With(projects));

    public static IReadOnlyList<Finding> Hits(this ValidationReport report, string ruleId) =>
        report.Findings.Where(f => f.RuleId == ruleId).ToList();

    public static Finding Single(this ValidationReport report, string ruleId) => Assert.Single(report.Hits(ruleId));

    public static void None(this ValidationReport report, string ruleId) => Assert.Empty(report.Hits(ruleId));

    public static string[] Codes(this ValidationReport report) => [.. report.Findings.Select(f => f.RuleId)];
}
