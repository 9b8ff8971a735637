using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// The rules hold across the country (issue 18). TestData/Provinces holds tables written the way other provinces write
/// them (illustrative: invented units, projects and figures in the style of published target tables): sound ones, on
/// which every finding would be a false alarm, and one of the defects those tables really carry, each expected
/// finding listed with its reason.
/// </summary>
public class ProvinceCorpusTests
{
    /// <summary>
    /// Each sound table of the corpus and the findings it is expected to raise: none. A warning added here must say why
    /// a reviewer would agree with it; otherwise the rule that raised it has to become quiet.
    /// </summary>
    public static TheoryData<string> SoundFiles => new()
    {
        "points-in-level1.json",           // 产出指标（60分）, 产出指标(47.5分), 效益指标（ 32.5 分 ）, 满意度指标 (10分), weights = points
        "ranges-and-tolerances.json",      // 介于75%和90%之间, 误差控制在5%以内, ±5%以内, 3%—5%, 3%~5%, 3-5个, 6.5～8.5
        "word-comparators.json",           // 不少于3000人次, 不低于90%, 不高于1400元/人, 不超过420万元
        "split-columns.json",              // 指标性质/指标值/度量单位 composed as the flat importer does, weights and directions
        "framework-2021.json",             // 成本指标 at level 1: 经济成本 / 社会成本 无 / 生态环境成本 无明显负面影响; period indicators of their own
        "yuan-weights-directions.json",    // amounts in 元 with thousands separators (≤2,356,800元), 元/人·月, weights, 正向/反向
        "common-rows-and-fields.json",     // 资金拨付及时率 =100%, 资金使用合规率 =100% in nine unrelated tables; 参保农户数 in 农业保险,
                                           // 畜禽强制免疫密度 in 动物疫病强制免疫 (疫苗), 消防设施 in a 卫生院 build, 校舍…消防改造, 文艺演出 in 少年宫
        "completion-rates.json",           // 税收收入任务完成率 ≥102%, 一般公共预算收入完成率 ≥103%, 地方财政收入完成比例 ≥101% (超额完成);
                                           // targetValue 200000元 for ≤20万元 and 名 for =30人; weights 16.67×6 = 100.02, 14.29×7 = 100.03
        "time-in-words.json",              // 时效 in words: 两个月内, 十五个工作日内, 资金到位后一个月内 (Chinese numerals), 秋季学期开学前, 汛期前, 供暖季之前 (events), 当日报告, 按学期发放, 每半年
        "numbered-levels.json",            // level names after an outline numbering: 一、产出指标 / 1.数量指标, （一）产出指标 / (1)数量指标, 1、 and 1．
    };

    /// <summary>
    /// A table exported by a system that does not write <c>framework</c> shows its framework by its names: 成本指标 at
    /// level 1 is the 2021 framework's, for the validator as for the importer (PTI010). A configured default yields to
    /// what the names show; only an override checks the table against 2020, and then every 成本指标 row is PT205's.
    /// </summary>
    [Fact]
    public void The_2021_file_without_its_framework_is_read_as_2021_unless_the_validator_overrides_it()
    {
        var document = TargetJson.ReadFile(TestData("framework-2021.json")).GetDocumentOrThrow() with { Framework = null };
        Assert.Empty(TargetValidator.Default.Validate(document).Findings.Select(f => $"{f.RuleId} {f.Pointer}: {f.Message}"));
        var default2020 = TargetValidator.CreateBuilder().UseFramework(PerformanceTargets.Model.IndicatorFramework.Framework2020).Build();
        Assert.Empty(default2020.Validate(document).Findings);

        var override2020 = TargetValidator.CreateBuilder().UseFramework(PerformanceTargets.Model.IndicatorFramework.Framework2020, overrideDocument: true).Build();
        var findings = override2020.Validate(document).Findings;
        Assert.Contains(findings, f => f.RuleId == "PT205" && f.Pointer.EndsWith("/level1", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SoundFiles))]
    public void A_sound_table_of_another_province_raises_nothing(string file)
    {
        var report = TargetValidator.Default.ValidateFile(TestData(file));
        Assert.True(report.IsValid, Describe(report));
        Assert.Empty(report.Findings.Select(f => $"{f.RuleId} {f.Pointer}: {f.Message}"));
        Assert.NotEmpty(report.Document!.Projects);
    }

    [Fact]
    public void The_split_columns_file_holds_what_the_flat_importer_composes()
    {
        var document = TargetJson.ReadFile(TestData("split-columns.json")).GetDocumentOrThrow();
        var rows = document.Projects.SelectMany(p => p.Indicators).ToList();
        Assert.Equal(16, rows.Count);
        foreach (var row in rows)
        {
            Assert.True(row.Extensions.TryGetValue("x-columns", out var columns));
            var composed = PerformanceTargets.Import.Building.IndicatorValues.ComposeTarget(
                columns.GetProperty("指标性质").GetString(),
                columns.GetProperty("指标值").GetString()!,
                columns.GetProperty("度量单位").GetString(),
                out var unknown);
            Assert.False(unknown);
            Assert.Equal(composed, row.Target);
        }

        Assert.Equal(100m, document.Projects[0].Indicators.Sum(i => i.Weight));
    }

    [Fact]
    public void The_points_file_prints_the_points_its_weights_add_up_to()
    {
        var project = TargetJson.ReadFile(TestData("points-in-level1.json")).GetDocumentOrThrow().Projects[0];
        foreach (var group in project.Indicators.GroupBy(i => i.Level1))
        {
            Assert.True(PerformanceTargets.Model.IndicatorFramework.TrySplitPoints(group.Key, out _, out var points));
            Assert.Equal(points, group.Sum(i => i.Weight));
        }
    }

    /// <summary>Every finding the defect tables must raise, and nothing else: (rule, pointer, severity) and why.</summary>
    private static readonly (string Rule, string Pointer, Severity Severity, string Why)[] ExpectedDefects =
    [
        // Table 1: the template left in.
        ("PT102", "/projects/0/goals/0", Severity.Error, "完成XX个村…: XX left in the goal"),
        ("PT309", "/projects/0/indicators/0/name", Severity.Error, "指标1"),
        ("PT309", "/projects/0/indicators/0/target", Severity.Error, "（≥XX个）"),
        ("PT309", "/projects/0/indicators/1/target", Severity.Error, "≥**%"),
        ("PT309", "/projects/0/indicators/1/basis", Severity.Warning, "待定 as the basis"),
        ("PT309", "/projects/0/indicators/2/target", Severity.Error, "★★★"),
        ("PT309", "/projects/0/indicators/3/description", Severity.Warning, "请填写指标解释"),
        ("PT309", "/projects/0/indicators/4/target", Severity.Error, "≤××万元 (a placeholder cost, not PT308's qualitative cost)"),
        ("PT309", "/projects/0/indicators/5/target", Severity.Error, "××人"),
        ("PT309", "/projects/0/indicators/6/name", Severity.Error, "某某村群众满意度"),

        // Table 2: values written into names.
        ("PT310", "/projects/1/indicators/0/name", Severity.Warning, "新建集中供水工程5处"),
        ("PT310", "/projects/1/indicators/1/name", Severity.Warning, "安全饮水达标率100%"),
        ("PT310", "/projects/1/indicators/2/name", Severity.Warning, "2024年底前 is a target (its 按时完成 is then timed by the name: no PT301)"),
        ("PT310", "/projects/1/indicators/5/name", Severity.Warning, "95: a name that is only a number"),

        // Table 3: units, times and wishes.
        ("PT310", "/projects/2/indicators/0/name", Severity.Warning, "培训农民300人"),
        ("PT304", "/projects/2/indicators/0/target", Severity.Warning, "≥300个 contradicts the 人 of the name"),
        ("PT304", "/projects/2/indicators/1/target", Severity.Warning, "培训合格率 ≥85: a rate with a bare number"),
        ("PT301", "/projects/2/indicators/2/target", Severity.Warning, "及时, no time stated"),
        ("PT301", "/projects/2/indicators/3/target", Severity.Warning, "适时, no time stated"),
        ("PT301", "/projects/2/indicators/4/target", Severity.Warning, "按时, no time stated"),
        ("PT308", "/projects/2/indicators/7/target", Severity.Warning, "干劲高涨 (群众获得感明显增强 in row 8 is a grade: nothing)"),
        ("PT304", "/projects/2/indicators/9/target", Severity.Warning, "参训农民满意度 ≥85: not a percentage"),

        // Table 4: the annual list copied into the three-year period.
        ("PT311", "/projects/3/periodIndicators", Severity.Warning, "period indicators = annual indicators"),
    ];

    [Fact]
    public void The_defects_of_other_provinces_tables_are_each_found_once()
    {
        var report = TargetValidator.Default.ValidateFile(TestData("defects.json"));
        var actual = report.Findings.Select(f => (f.RuleId, f.Pointer, f.Severity)).OrderBy(f => f.Pointer, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        var expected = ExpectedDefects.Select(e => (e.Rule, e.Pointer, e.Severity)).OrderBy(f => f.Pointer, StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    private static string TestData(string file) => TestPaths.TestData("Provinces", file);

    private static string Describe(ValidationReport report) =>
        string.Join("; ", report.Findings.Select(f => $"{f.Severity} {f.RuleId} {f.Pointer}"));
}
