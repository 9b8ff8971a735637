using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// The seed passed the county's review with 9 of its 23 tables still carrying the template goal. These tests pin
/// exactly what the validator reports on it, table by table, so that a new false alarm or a lost finding fails.
/// </summary>
public class SeedValidationTests
{
    private static readonly int[] TemplateTables = [3, 4, 6, 7, 8, 9, 10, 11, 13];
    private static readonly int[] SoundTables = [1, 2, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

    /// <summary>Every (rule, table) pair the seed is expected to raise, with how often.</summary>
    private static readonly Dictionary<(string Rule, int Table), int> Expected = Build();

    [Fact]
    public void The_seed_raises_exactly_the_expected_findings_table_by_table()
    {
        var report = TargetValidator.Default.ValidateFile(TestPaths.Sample("guanting-2024.json"));
        var actual = report.Findings
            .GroupBy(f => (f.RuleId, Table: f.ProjectIndex!.Value + 1))
            .ToDictionary(g => g.Key, g => g.Count());
        var missing = Expected.Where(e => !actual.TryGetValue(e.Key, out var n) || n != e.Value).Select(e => $"{e.Key}: expected {e.Value}, got {actual.GetValueOrDefault(e.Key)}");
        var extra = actual.Where(a => !Expected.ContainsKey(a.Key)).Select(a => $"{a.Key}: unexpected {a.Value}");
        Assert.Empty(missing.Concat(extra));
        Assert.Equal(Expected.Values.Sum(), report.Findings.Length);
        Assert.Equal(9, report.ErrorCount);
        Assert.Equal(3, report.InfoCount);
        Assert.False(report.IsValid);
        Assert.Equal(RuleCatalog.Version, report.RuleSetVersion);
    }

    [Fact]
    public void Every_template_goal_is_an_error_and_nothing_else_is()
    {
        var report = TargetValidator.Default.Validate(SeedData.Bytes);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.All(errors, f => Assert.Equal("PT102", f.RuleId));
        Assert.Equal(TemplateTables, errors.Select(f => f.ProjectIndex!.Value + 1).ToArray());
        Assert.All(errors, f => Assert.Contains("目标内容1", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Sound_tables_get_only_the_real_defects()
    {
        var report = TargetValidator.Default.Validate(SeedData.Document);
        var onSound = report.Findings.Where(f => SoundTables.Contains(f.ProjectIndex!.Value + 1)).ToList();

        // Spaces (info) on tables 1 and 2, and 百分比 spellings on 16's satisfaction and on 18: nothing else.
        Assert.All(onSound, f => Assert.Contains(f.RuleId, new[] { "PT306", "PT302" }));
        Assert.Equal(3, onSound.Count(f => f.RuleId == "PT306"));
        Assert.Equal([16, 18, 18], onSound.Where(f => f.RuleId == "PT302").Select(f => f.ProjectIndex!.Value + 1));
        Assert.DoesNotContain(onSound, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Findings_on_json_carry_line_column_table_and_row()
    {
        var lines = File.ReadAllLines(TestPaths.Sample("guanting-2024.json"));
        var report = TargetValidator.Default.ValidateFile(TestPaths.Sample("guanting-2024.json"));
        foreach (var finding in report.Findings)
        {
            var location = Assert.IsType<PerformanceTargets.Diagnostics.SourceLocation>(finding.Location);
            Assert.Equal(TestPaths.Sample("guanting-2024.json"), location.File);
            Assert.Equal(finding.ProjectIndex + 1, location.Table);
            Assert.InRange(location.Line, 1, lines.Length);
        }

        var goal = report.Findings.First(f => f.RuleId == "PT102");
        var line = lines[goal.Location!.Line - 1];
        Assert.Equal("\"目标内容1\"", line.Substring(goal.Location.Column - 1).TrimEnd(',', ' '));

        var spelling = report.Findings.First(f => f.RuleId == "PT302");
        Assert.Contains("\"target\": \"≥95百分比\"", lines[spelling.Location!.Line - 1], StringComparison.Ordinal);
        Assert.NotNull(spelling.Location.Row);
    }

    [Fact]
    public void The_cut_names_are_the_six_cut_at_fifteen_characters()
    {
        var report = TargetValidator.Default.Validate(SeedData.Document);
        var cut = report.Hits("PT401").Select(f => SeedData.Document.Projects[f.ProjectIndex!.Value].Indicators[Row(f.Pointer)].Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            new[] { "提高中国行业企业应对相关调查的", "提高灌溉水利用系数，新增年节能", "推广先进、绿色种植、养殖技术模", "被审计单位根据审计建议制定的整", "通过问卷调查，满意的受资助对象", "逐步促进了解河势变化及对防洪、" }.Order(StringComparer.Ordinal),
            cut);
        Assert.DoesNotContain(report.Hits("PT401"), f => f.ProjectIndex == 11);
    }

    [Fact]
    public void Boilerplate_names_the_other_tables_and_spares_the_village_rows()
    {
        var report = TargetValidator.Default.Validate(SeedData.Document);
        var rows = report.Hits("PT402").Select(f => SeedData.Document.Projects[f.ProjectIndex!.Value].Indicators[Row(f.Pointer)].Name).Distinct().ToHashSet();
        Assert.Equal(
            new HashSet<string> { "年度服务部门数量", "发票损耗率", "报告完成时间", "控制在预算内", "新增粮食产能", "社保费征缴率", "群众工作中心任务完成率", "各类经贸信息资讯总数", "逐步促进了解河势变化及对防洪、" },
            rows);
        var first = report.Hits("PT402").First(f => f.ProjectIndex == 2);
        Assert.Contains("4、6、7、8、9、10、11、13", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("3、", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrelated_fields_include_the_known_strays()
    {
        var report = TargetValidator.Default.Validate(SeedData.Document);
        var names = report.Hits("PT403").Select(f => SeedData.Document.Projects[f.ProjectIndex!.Value].Indicators[Row(f.Pointer)].Name).ToHashSet();
        foreach (var stray in new[] { "新增粮食产能", "社保费征缴率", "耕地保护", "农产品出口增长率", "科研人员满意度", "棚改拆迁居民满意度" })
        {
            Assert.Contains(stray, names);
        }

        // 耕地保护 in 库区移民补贴 (table 7) is not judged unrelated: resettlement funds support farming.
        Assert.DoesNotContain(report.Hits("PT403"), f => f.ProjectIndex == 6 && f.Pointer.EndsWith("/indicators/6/name", StringComparison.Ordinal));
    }

    [Fact]
    public void The_use_of_funds_of_table_5_is_the_name_of_table_20()
    {
        var finding = TargetValidator.Default.Validate(SeedData.Document).Single("PT404");
        Assert.Equal("/projects/4/fundUse", finding.Pointer);
        Assert.Contains("表20", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_23_project_codes_pass_the_check_character()
    {
        foreach (var project in SeedData.Document.Projects)
        {
            Assert.Equal(project.Code![20], PerformanceTargets.Validation.Rules.Completeness.ProjectCodeRule.CheckCharacter(project.Code));
        }
    }

    private static int Row(string pointer) => int.Parse(pointer.Split('/')[4], System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<(string, int), int> Build()
    {
        var expected = new Dictionary<(string, int), int>();
        void Add(string rule, int table, int count = 1) => expected[(rule, table)] = expected.GetValueOrDefault((rule, table)) + count;

        // Spaces: " 加强村干部工作稳定性" (table 1) and " =100%" twice (table 2).
        Add("PT306", 1);
        Add("PT306", 2, 2);

        foreach (var table in TemplateTables)
        {
            Add("PT102", table);     // goal 目标内容1
            Add("PT302", table, 9);  // every target ≥95百分比
            Add("PT307", table);     // all targets the same
            Add("PT204", table);     // the cost indicator is a percentage, not money
            Add("PT304", table);     // 年度服务部门数量 as a percentage
        }

        // 百分比 elsewhere: table 5 (three), 16's satisfaction, 18 (two).
        Add("PT302", 5, 3);
        Add("PT302", 16);
        Add("PT302", 18, 2);

        // More counts in %: 各类经贸信息资讯总数 (9, 10, 11), 累计随团出访的企业数 and 促成贸易成交额(亿元) (11).
        Add("PT304", 9);
        Add("PT304", 10);
        Add("PT304", 11, 3);

        // Names cut at 15 characters.
        Add("PT401", 4);
        Add("PT401", 6, 2);
        Add("PT401", 7);
        Add("PT401", 9, 2);
        Add("PT401", 10, 2);
        Add("PT401", 11);

        // Rows copied across tables of unrelated purpose.
        foreach (var (table, count) in new[] { (3, 6), (4, 6), (6, 2), (7, 2), (8, 5), (9, 6), (10, 5), (11, 3), (13, 1) })
        {
            Add("PT402", table, count);
        }

        // Indicators from unrelated fields.
        foreach (var (table, count) in new[] { (3, 3), (4, 4), (6, 2), (7, 3), (8, 5), (9, 5), (10, 7), (11, 5), (13, 5) })
        {
            Add("PT403", table, count);
        }

        // The use of funds of table 5 is table 20's name.
        Add("PT404", 5);
        return expected;
    }
}
