using System.Globalization;
using System.Text;
using System.Text.Json;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Import;

/// <summary>The whole seed through the text importer: the committed JSON, the excerpt, sampled cells, part 1, source locations.</summary>
public class SeedImportTests
{
    [Fact]
    public void Importing_the_seed_gives_the_committed_json_byte_for_byte()
    {
        var result = ImportFixtures.SeedResult;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var expected = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
        var actual = TargetJson.Write(result.Document);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_seed_has_23_tables_179_indicators_and_894_78_wanyuan()
    {
        var document = ImportFixtures.SeedDocument;
        Assert.Equal(23, document.Projects.Length);
        Assert.Equal(Enumerable.Range(1, 23), document.Projects.Select(p => p.Sequence ?? 0));
        Assert.Equal(179, document.IndicatorCount);
        Assert.Equal(894.78m, document.TotalBudget);
        Assert.Equal(AmountUnit.TenThousandYuan, document.AmountUnit);
        Assert.Equal(ImportLayout.Text, ImportFixtures.SeedResult.Layout);
        Assert.Equal(ImportEncoding.Utf8, ImportFixtures.SeedResult.Encoding);
    }

    [Fact]
    public void The_seed_imports_without_warnings_and_reports_the_two_page_numbers_it_skips()
    {
        var diagnostics = ImportFixtures.SeedResult.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Equal([71, 72], diagnostics.Select(d => d.Location!.Line));
        Assert.All(diagnostics, d => Assert.Equal(ImportDiagnosticCodes.IgnoredText, d.Code));
    }

    [Fact]
    public void Part_1_and_tables_1_3_and_14_equal_the_excerpt()
    {
        var excerpt = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var imported = ImportFixtures.SeedDocument;
        var selected = imported with { Projects = [.. imported.Projects.Where(p => p.Sequence is 1 or 3 or 14)] };
        Assert.Equal(excerpt.OverallTargets, selected.OverallTargets);
        Assert.Equal(excerpt.Department, selected.Department);
        for (var i = 0; i < excerpt.Projects.Length; i++)
        {
            Assert.Equal(excerpt.Projects[i], selected.Projects[i]);
        }

        Assert.Equal(excerpt, selected);
    }

    [Fact]
    public void The_cover_gives_title_year_stage_and_units()
    {
        var document = ImportFixtures.SeedDocument;
        Assert.Equal("怀来县官厅镇人民政府2024年部门预算绩效文本", document.Title);
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal(DocumentStage.Draft, document.Stage);
        Assert.Equal("怀来县官厅镇人民政府", document.PreparedBy);
        Assert.Equal("怀来县财政局", document.ReviewedBy);
        Assert.Equal(IndicatorFramework.Framework2020, document.Framework);
        Assert.Equal("816001", document.Department!.Code);
        Assert.Equal("怀来县官厅镇人民政府", document.Department.Name);
    }

    [Fact]
    public void Part_1_paragraphs_lose_their_numbering_and_the_internal_units_move_to_the_department()
    {
        var document = ImportFixtures.SeedDocument;
        var part1 = document.OverallTargets!;
        var lines = ImportFixtures.SeedLines;

        // Every paragraph is its source line without the "N." numbering, verbatim otherwise.
        Assert.Equal(lines[77..81].Select(l => l.Substring(2)), part1.Overall);
        Assert.Equal(lines[84..87].Select(l => l.Substring(2)), part1.Itemized);
        Assert.Equal(lines[89..91].Select(l => l.Substring(2)), part1.Safeguards);
        Assert.StartsWith("政府运行，通过突出政务", part1.Overall[0], StringComparison.Ordinal);
        Assert.Equal("项目资金投入情况：资金来源财政拨款。", part1.Itemized[2]);
        Assert.Equal("强化全面防火意识和责任意识，为全镇森林防火工作开展创造良好的社会舆论和法制氛围。", part1.Safeguards[1]);

        Assert.Equal(new[] { "党政综合办公室", "经济发展和规划建设城乡管理办公室", "社会管理综合治理办公室", "社会事务办公" }, document.Department!.InternalUnits);
        Assert.DoesNotContain(part1.Overall, p => p.Contains("内设机构", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "/name", "官厅镇村干部工资", 108)]
    [InlineData(0, "/indicators/0/target", "21个", 151)]
    [InlineData(0, "/indicators/1/name", "足额发放率", 156)]
    [InlineData(0, "/indicators/5/name", " 加强村干部工作稳定性", 184)]
    [InlineData(1, "/name", "官厅镇怀财字【2024】7号2022年一事一议项目资金", 206)]
    [InlineData(1, "/indicators/1/target", " =100%", 255)]
    [InlineData(1, "/indicators/3/target", "≤90万元", 269)]
    [InlineData(1, "/indicators/6/name", "受益人口满意度", 288)]
    [InlineData(2, "/name", "官厅镇怀财字【2024】7号防火经费", 303)]
    [InlineData(2, "/indicators/6/target", "≥95百分比", 386)]
    [InlineData(2, "/indicators/2/name", "报告完成时间", 356)]
    [InlineData(3, "/name", "官厅镇怀财字【2024】7号防汛经费", 413)]
    [InlineData(3, "/indicators/0/target", "≥95百分比", 454)]
    [InlineData(3, "/indicators/7/name", "逐步促进了解河势变化及对防洪、", 501)]
    [InlineData(4, "/name", "官厅镇怀财字【2024】7号扶持基层组织活动场所建设经费", 523)]
    [InlineData(4, "/fundUse", "社区党组织服务群众专项经费", 534)]
    [InlineData(4, "/indicators/5/target", "进一步提高", 601)]
    [InlineData(4, "/indicators/0/name", "发放社区工作者人数", 564)]
    [InlineData(5, "/name", "官厅镇怀财字【2024】7号官厅镇厕所整改资金", 621)]
    [InlineData(5, "/indicators/6/target", "≥95百分比", 704)]
    [InlineData(5, "/indicators/8/name", "通过问卷调查，满意的受资助对象", 716)]
    [InlineData(6, "/name", "官厅镇怀财字【2024】7号库区移民补贴", 731)]
    [InlineData(6, "/indicators/0/target", "≥95百分比", 772)]
    [InlineData(6, "/indicators/4/name", "新增粮食产能", 798)]
    [InlineData(7, "/name", "官厅镇怀财字【2024】7号垃圾清运费", 841)]
    [InlineData(7, "/indicators/3/target", "≥95百分比", 903)]
    [InlineData(7, "/indicators/0/name", "年度服务部门数量", 880)]
    [InlineData(8, "/name", "官厅镇怀财字【2024】7号民政临时救助", 951)]
    [InlineData(8, "/indicators/6/target", "≥95百分比", 1034)]
    [InlineData(8, "/indicators/5/name", "社保费征缴率", 1025)]
    [InlineData(9, "/name", "官厅镇怀财字【2024】7号统计站办公经费", 1061)]
    [InlineData(9, "/indicators/0/target", "≥95百分比", 1102)]
    [InlineData(9, "/indicators/1/name", "群众工作中心任务完成率", 1107)]
    [InlineData(10, "/name", "官厅镇怀财字【2024】7号武装工作专项经费", 1171)]
    [InlineData(10, "/indicators/3/target", "≥95百分比", 1233)]
    [InlineData(10, "/indicators/6/name", "促进地区生态和谐发展情况", 1252)]
    [InlineData(11, "/name", "官厅镇怀财字【2024】7号乡镇转移支付", 1281)]
    [InlineData(11, "/indicators/5/target", "有所提升", 1359)]
    [InlineData(11, "/indicators/0/name", "乡镇个数", 1322)]
    [InlineData(12, "/name", "官厅镇怀财字【2024】7号巡河员经费", 1379)]
    [InlineData(12, "/indicators/0/target", "≥95百分比", 1420)]
    [InlineData(12, "/indicators/7/name", "功能恢复率", 1467)]
    [InlineData(13, "/name", "怀财字【2024】7号村干部养老保险", 1490)]
    [InlineData(13, "/indicators/4/target", "正常运转", 1561)]
    [InlineData(13, "/indicators/3/name", "预算资金", 1552)]
    [InlineData(14, "/name", "怀财字【2024】7号村级组织运转（办公经费）", 1589)]
    [InlineData(14, "/indicators/0/target", "21个", 1634)]
    [InlineData(14, "/indicators/1/name", "工作正常开展率", 1639)]
    [InlineData(15, "/name", "怀财字【2024】7号村级组织运转（村党组织活动经费）", 1690)]
    [InlineData(15, "/indicators/3/target", "≤16.94万元", 1756)]
    [InlineData(15, "/indicators/6/name", "服务对象满意度", 1775)]
    [InlineData(16, "/name", "怀财字【2024】7号村级组织运转（村干部工资）", 1791)]
    [InlineData(16, "/indicators/6/target", "≥95%", 1876)]
    [InlineData(16, "/indicators/4/name", "村集体组织运转", 1860)]
    [InlineData(17, "/name", "怀财字【2024】7号村级组织运转（村级组织服务群众专项经费）", 1890)]
    [InlineData(17, "/fundUse", "村级服务群众专项经费", 1902)]
    [InlineData(17, "/indicators/2/target", "≥95百分比", 1950)]
    [InlineData(17, "/indicators/2/name", "工作完成及时率", 1948)]
    [InlineData(18, "/name", "怀财字【2024】7号村级组织运转（离任村干部生活补助）", 1992)]
    [InlineData(18, "/indicators/5/target", "有利于维护", 2070)]
    [InlineData(18, "/indicators/0/name", "离任村干部补贴人数", 2033)]
    [InlineData(19, "/name", "怀财字【2024】7号社区党组织服务群众专项经费", 2091)]
    [InlineData(19, "/indicators/1/target", "≥95%", 2141)]
    [InlineData(19, "/indicators/5/name", "社区群众幸福感", 2167)]
    [InlineData(20, "/name", "怀财字【2024】7号社区工作者经费", 2190)]
    [InlineData(20, "/indicators/4/target", "得到促进", 2263)]
    [InlineData(20, "/indicators/3/name", "预算资金内", 2254)]
    [InlineData(21, "/name", "怀财字【2024】7号社区工作者薪酬", 2291)]
    [InlineData(21, "/indicators/0/target", "100%", 2335)]
    [InlineData(21, "/indicators/1/name", "足额发放率", 2340)]
    [InlineData(22, "/name", "怀财字【2024】7号驻村工作队工作经费", 2391)]
    [InlineData(22, "/indicators/3/target", "≤24万元", 2456)]
    [InlineData(22, "/indicators/6/name", "服务对象满意度", 2475)]
    public void A_sampled_cell_of_every_table_equals_its_source_line_and_points_back_to_it(int project, string path, string expected, int line)
    {
        // The sample itself is checked against the seed: the line is a tab-led cell holding exactly this text.
        Assert.Equal(expected, ImportFixtures.SeedLines[line - 1].Substring(1).TrimEnd('\t'));

        var pointer = "/projects/" + project.ToString(CultureInfo.InvariantCulture) + path;
        Assert.Equal(expected, ImportFixtures.At(ImportFixtures.SeedDocument, pointer).GetString());
        Assert.True(ImportFixtures.SeedResult.SourceMap.TryGetExact(pointer, out var location));
        Assert.Equal(line, location.Line);
        Assert.Equal(2, location.Column);
        Assert.Equal(project + 1, location.Table);
        Assert.Equal(TestPaths.Seed, location.File);
        Assert.NotNull(location.Row);
    }

    [Fact]
    public void Every_table_keeps_budget_plan_goals_and_level1_carried_down_from_the_merged_cells()
    {
        foreach (var project in ImportFixtures.SeedDocument.Projects)
        {
            Assert.Equal(project.Budget.Total, project.Budget.Fiscal);
            Assert.Equal(0m, project.Budget.Other);
            Assert.Equal([3, 6, 10, 12], project.SpendingPlan.Select(p => p.Month));
            Assert.Equal([25m, 50m, 75m, 100m], project.SpendingPlan.Select(p => p.CumulativePercent));
            Assert.Single(project.Goals);
            Assert.False(char.IsDigit(project.Goals[0][0]) && project.Goals[0][1] == '.');
            Assert.Equal("816001", project.Unit!.Code);
            Assert.All(project.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Level1)));
            Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators.Select(i => i.Level1).Distinct());
            Assert.Equal(project.Name.Contains("怀财字【2024】7号", StringComparison.Ordinal) ? "怀财字【2024】7号" : null, project.FundingReference);
        }

        // "90.00" keeps its scale; the empty 其他资金 cell (" ") is 0.
        Assert.Equal("90.00", ImportFixtures.SeedDocument.Projects[1].Budget.Total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("目标内容1", ImportFixtures.SeedDocument.Projects[2].Goals[0]);
    }

    [Fact]
    public void Every_imported_value_has_a_source_location_and_every_location_names_a_value()
    {
        var result = ImportFixtures.SeedResult;
        var leaves = ImportFixtures.LeafPointers(result.Document!);
        var notFromSource = new HashSet<string>(StringComparer.Ordinal) { "/schemaVersion", "/framework" };
        var unmapped = leaves.Where(p => !notFromSource.Contains(p) && !result.SourceMap.TryGetExact(p, out _)).ToList();
        Assert.Empty(unmapped);

        using var json = JsonDocument.Parse(TargetJson.Write(result.Document!));
        foreach (var entry in result.SourceMap.Entries)
        {
            var element = json.RootElement;
            foreach (var token in JsonPointer.Split(entry.Key))
            {
                element = element.ValueKind == JsonValueKind.Array ? element[int.Parse(token, CultureInfo.InvariantCulture)] : element.GetProperty(token);
            }

            Assert.InRange(entry.Value.Line, 1, ImportFixtures.SeedLines.Length);
        }
    }

    [Fact]
    public void Source_locations_point_at_the_cover_part_1_and_the_carried_level1()
    {
        var map = ImportFixtures.SeedResult.SourceMap;
        Assert.Equal(4, map.Find("/title")!.Line);
        Assert.Equal(5, map.Find("/fiscalYear")!.Line);
        Assert.Equal(6, map.Find("/stage")!.Line);
        Assert.Equal(25, map.Find("/preparedBy")!.Line);
        Assert.Equal(26, map.Find("/reviewedBy")!.Line);

        var paragraph = map.Find("/overallTargets/overall/0")!;
        Assert.Equal((78, 3), (paragraph.Line, paragraph.Column));
        Assert.Null(paragraph.Table);
        var unit = map.Find("/department/internalUnits/1")!;
        Assert.Equal(82, unit.Line);
        Assert.Equal("经济发展和规划建设城乡管理办公室", ImportFixtures.SeedLines[81].Substring(unit.Column - 1, "经济发展和规划建设城乡管理办公室".Length));

        // Indicator 2 of table 1 continues the merged 产出指标 cell of row 9 (line 147).
        var level1 = map.Find("/projects/0/indicators/2/level1")!;
        Assert.Equal((147, 9), (level1.Line, level1.Row));
        var target = map.Find("/projects/0/indicators/2/target")!;
        Assert.Equal((165, 11, 1), (target.Line, target.Row, target.Table));

        // The title of table 14 spans two bookmark lines; the table is located at its first.
        var table14 = map.Find("/projects/13")!;
        Assert.Equal((1482, 14), (table14.Line, table14.Table));
        Assert.Equal(1482, map.Find("/projects/13/sequence")!.Line);

        // The 文号 is located inside the name cell.
        var reference = map.Find("/projects/2/fundingReference")!;
        Assert.Equal((303, 2 + "官厅镇".Length), (reference.Line, reference.Column));

        // Lookups fall back to the nearest located ancestor.
        Assert.Equal(map.Find("/projects/0/indicators/2"), map.Find("/projects/0/indicators/2/x-unknown"));
        Assert.Equal("guanting-2024.txt", Path.GetFileName(paragraph.File));
    }

    [Fact]
    public void Importing_twice_and_from_bytes_stream_or_text_gives_the_same_bytes()
    {
        var first = TargetJson.Write(TargetImporter.Import(TestPaths.Seed).Document!);
        var second = TargetJson.Write(TargetImporter.Import(TestPaths.Seed).Document!);
        Assert.Equal(first, second);

        var bytes = File.ReadAllBytes(TestPaths.Seed);
        Assert.Equal(first, TargetJson.Write(TargetImporter.Import(bytes).Document!));
        using var stream = new MemoryStream(bytes);
        Assert.Equal(first, TargetJson.Write(TargetImporter.Import(stream).Document!));
        Assert.Equal(first, TargetJson.Write(TargetImporter.ImportText(ImportFixtures.SeedText).Document!));

        // Reading the written JSON back gives the imported model.
        Assert.Equal(ImportFixtures.SeedDocument, TargetJson.Read(first).GetDocumentOrThrow());
    }
}
