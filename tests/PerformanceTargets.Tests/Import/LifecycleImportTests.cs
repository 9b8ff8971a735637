using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Flat self-evaluation and monitoring tables (format 1.1) through the one import pipeline, and <see cref="TargetMerger"/>.
/// samples/guanting-2024-evaluation.csv and TestData/Import/guanting-2024-monitoring-flat.csv are the lifecycle samples'
/// projects as a county would export them: the evaluation table has projects 1, 5 and 8, the monitoring table 2, 8 and 12.
/// </summary>
public class LifecycleImportTests
{
    private static readonly int[] EvaluatedProjects = [0, 4, 7];
    private static readonly int[] MonitoredProjects = [1, 7, 11];

    private static string EvaluationCsv => TestPaths.Sample("guanting-2024-evaluation.csv");

    private static string MonitoringCsv => TestPaths.TestData("Import", "guanting-2024-monitoring-flat.csv");

    private static TargetDocument Sample(string name) => TargetJson.ReadFile(TestPaths.Sample(name)).GetDocumentOrThrow();

    private static ImportResult Import(string path) => TargetImporter.Import(File.ReadAllBytes(path), new ImportOptions { FileName = Path.GetFileName(path) });

    private static ImportResult Import(string csv, string name) => TargetImporter.Import(Encoding.UTF8.GetBytes(csv), new ImportOptions { FileName = name });

    [Fact]
    public void A_self_evaluation_table_imports_into_evaluation_blocks()
    {
        var result = Import(EvaluationCsv);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        Assert.Equal(TargetDocument.CurrentSchemaVersion, document.SchemaVersion);
        var sample = Sample("guanting-2024-evaluation.json");
        for (var i = 0; i < EvaluatedProjects.Length; i++)
        {
            var expected = sample.Projects[EvaluatedProjects[i]];
            var actual = document.Projects[i];
            Assert.Equal(expected.Name, actual.Name);
            Assert.Null(actual.Monitoring);
            var e = actual.Evaluation!;
            Assert.Equal(expected.Evaluation!.InitialBudget, e.InitialBudget);
            Assert.Equal(expected.Evaluation.Budget ?? expected.Budget.Total, e.Budget);
            Assert.Equal(expected.Evaluation.Spent, e.Spent);
            Assert.Equal(expected.Evaluation.TotalScore, e.TotalScore);
            Assert.Equal(expected.Evaluation.Grade, e.Grade);
            for (var j = 0; j < expected.Indicators.Length; j++)
            {
                var x = expected.Indicators[j].Evaluation!;
                var y = actual.Indicators[j].Evaluation!;
                Assert.Equal((x.Actual, x.Points, x.Score, x.DeviationReason), (y.Actual, y.Points, y.Score, y.DeviationReason));
                Assert.Null(actual.Indicators[j].Weight); // 分值 in a self-evaluation table is points, not a weight
            }
        }

        // The scores of the imported table are those of the sample's projects.
        var scores = TargetScorer.Default.Score(document);
        var sampleScores = TargetScorer.Default.Score(sample);
        for (var i = 0; i < EvaluatedProjects.Length; i++)
        {
            Assert.Equal(sampleScores.Projects[EvaluatedProjects[i]].Evaluation!.TotalScore, scores.Projects[i].Evaluation!.TotalScore);
        }
    }

    [Fact]
    public void A_monitoring_table_imports_into_monitoring_blocks_as_of_the_month_of_its_header()
    {
        var result = Import(MonitoringCsv);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        var sample = Sample("guanting-2024-monitoring.json");
        for (var i = 0; i < MonitoredProjects.Length; i++)
        {
            var expected = sample.Projects[MonitoredProjects[i]];
            var actual = document.Projects[i];
            Assert.Null(actual.Evaluation);
            Assert.Equal("2024-07-31", actual.Monitoring!.AsOf);
            Assert.Equal(expected.Monitoring!.Spent, actual.Monitoring.Spent);
            for (var j = 0; j < expected.Indicators.Length; j++)
            {
                var x = expected.Indicators[j].Monitoring!;
                var y = actual.Indicators[j].Monitoring!;
                Assert.Equal((x.Progress, x.ExpectedYearEnd, x.Likelihood, x.DeviationReason, x.Remedy), (y.Progress, y.ExpectedYearEnd, y.Likelihood, y.DeviationReason, y.Remedy));
            }
        }

        var lights = TargetScorer.Default.Score(document).Projects.Select(p => p.Monitoring!.Light).ToArray();
        var sampleLights = TargetScorer.Default.Score(sample);
        Assert.Equal(MonitoredProjects.Select(i => sampleLights.Projects[i].Monitoring!.Light), lights);
    }

    [Fact]
    public void Header_variants_of_published_tables_are_read()
    {
        var csv = """
            2023年项目支出绩效自评表
            项目名称,全年预算数（万元）,全年执行数（万元）,一级指标,二级指标,三级指标,年度指标值,全年实际值,分值,得分,未完成原因及拟采取的改进措施
            水标尺,20,20,产出指标,数量指标,安装坡面水标尺,≥266米,266米,10分,10,
            ,,,产出指标,质量指标,验收合格率,100%,98%,20,19.6,一处返工
            """;
        var result = Import(csv, "variants.csv");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var project = result.Document!.Projects[0];
        Assert.Equal(20m, project.Budget.Total);
        Assert.Equal(20m, project.Evaluation!.Spent);
        Assert.Equal("266米", project.Indicators[0].Evaluation!.Actual);
        Assert.Equal(10m, project.Indicators[0].Evaluation!.Points);
        Assert.Equal("一处返工", project.Indicators[1].Evaluation!.DeviationReason);
        Assert.Equal(19.6m, project.Indicators[1].Evaluation!.Score);
    }

    [Fact]
    public void In_a_target_table_分值_stays_the_weight()
    {
        var csv = """
            2024年
            项目名称,预算数（万元）,一级指标,二级指标,三级指标,指标值,分值
            甲,10,产出指标,数量指标,户数,≥5户,20
            """;
        var indicator = Import(csv, "weights.csv").Document!.Projects[0].Indicators[0];
        Assert.Equal(20m, indicator.Weight);
        Assert.Null(indicator.Evaluation);
        Assert.Equal(TargetDocument.TargetsSchemaVersion, Import(csv, "weights.csv").Document!.SchemaVersion);
    }

    [Fact]
    public void Bad_cells_are_reported_where_they_are_and_left_out()
    {
        var csv = """
            2024年
            项目名称,预算数,一级指标,二级指标,三级指标,指标值,1-7月执行情况,完成目标可能性,得分,评价等级
            甲,10,产出指标,数量指标,户数,≥5户,3户,说不准,很多,特优
            """;
        var result = Import(csv, "bad.csv");
        var indicator = result.Document!.Projects[0].Indicators[0];
        Assert.Null(indicator.Monitoring!.Likelihood);
        Assert.Null(indicator.Evaluation!.Score);
        var located = result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.Contains(located, d => d.Code == ImportDiagnosticCodes.InvalidValue && d.Location!.Line == 3 && d.Text.Chinese.Contains("说不准", StringComparison.Ordinal));
        Assert.Contains(located, d => d.Code == ImportDiagnosticCodes.InvalidNumber && d.Text.English.Contains("很多", StringComparison.Ordinal));
        Assert.Contains(located, d => d.Code == ImportDiagnosticCodes.InvalidValue && d.Text.English.Contains("特优", StringComparison.Ordinal));
    }

    [Fact]
    public void Merging_the_self_evaluation_table_into_the_seed_gives_the_samples_blocks_and_scores()
    {
        var targets = Sample("guanting-2024.json");
        var result = TargetMerger.Merge(targets, Import(EvaluationCsv));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(23, result.MergedRows);
        Assert.Equal(0, result.UnmatchedRows);
        var merged = result.Document!;
        Assert.Equal(TargetDocument.CurrentSchemaVersion, merged.SchemaVersion);
        var sample = Sample("guanting-2024-evaluation.json");
        var scores = TargetScorer.Default.Score(merged);
        var sampleScores = TargetScorer.Default.Score(sample);
        foreach (var p in EvaluatedProjects)
        {
            // The targets are untouched; only the blocks are added.
            Assert.Equal(targets.Projects[p].Indicators.Select(i => (i.Name, i.Target)), merged.Projects[p].Indicators.Select(i => (i.Name, i.Target)));
            Assert.Equal(sampleScores.Projects[p].Evaluation!.TotalScore, scores.Projects[p].Evaluation!.TotalScore);
            Assert.Equal(sample.Projects[p].Indicators.Select(i => i.Evaluation!.Actual), merged.Projects[p].Indicators.Select(i => i.Evaluation!.Actual));
        }

        Assert.Null(merged.Projects[1].Evaluation);
        Assert.Null(scores.Projects[1].Evaluation);
    }

    [Fact]
    public void Every_row_that_matches_nothing_is_a_located_diagnostic()
    {
        var lines = File.ReadAllLines(EvaluationCsv).ToList();
        lines[3] = lines[3].Replace("足额发放率", "足额发放比例", StringComparison.Ordinal);      // line 4: no such indicator
        lines.Add(lines[2].Replace("13073024P00888510015C", string.Empty, StringComparison.Ordinal)
            .Replace("官厅镇村干部工资", "不存在的项目", StringComparison.Ordinal));                // a project the targets do not have
        lines.Add(lines[2].Replace("13073024P00888510015C", string.Empty, StringComparison.Ordinal)
            .Replace("官厅镇村干部工资", "官厅镇怀财字【2024】7号防火经费", StringComparison.Ordinal)
            .Replace("行政村数量", "年度服务部门数量", StringComparison.Ordinal));
        lines.Add(lines[^1]);                                                                        // the same indicator twice
        var csv = string.Join("\n", lines) + "\n";
        var result = TargetMerger.Merge(Sample("guanting-2024.json"), Import(csv, "actuals.csv"));
        Assert.False(result.Success);
        Assert.Equal(3, result.UnmatchedRows);
        Assert.Equal(23 + 3, result.MergedRows + result.UnmatchedRows); // every row is merged or reported
        var notFound = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MergeIndicatorNotFound);
        Assert.Equal(4, notFound.Location!.Line);
        Assert.Equal("actuals.csv", notFound.Location.File);
        Assert.Contains("足额发放比例", notFound.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("足额发放比例", notFound.Text.English, StringComparison.Ordinal);
        var project = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MergeProjectNotFound);
        Assert.Equal(lines.Count - 2, project.Location!.Line);
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MergeDuplicateRow);
        Assert.Equal(lines.Count, duplicate.Location!.Line);
    }

    [Fact]
    public void An_xlsx_self_evaluation_sheet_reads_as_its_csv()
    {
        // The same table as an Excel sheet: numbers as numbers, the rest as strings; the blocks are the CSV's (an Excel
        // number has no scale of its own: 10.0 is 10).
        var rows = File.ReadAllLines(EvaluationCsv)
            .Select(line => Split(line).Select(cell => decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? (object?)(double)n : cell.Length == 0 ? null : cell).ToArray())
            .ToArray();
        var xlsx = TargetImporter.Import(XlsxBuilder.Build(("自评表", rows)), new ImportOptions { FileName = "evaluation.xlsx" });
        Assert.True(xlsx.Success, string.Join("\n", xlsx.Diagnostics));
        Assert.Equal(Blocks(Import(EvaluationCsv).Document!), Blocks(xlsx.Document!));

        static string Blocks(TargetDocument document) => string.Join(
            "\n",
            document.Projects.Select(p => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{p.Evaluation!.InitialBudget:G29}|{p.Evaluation.Spent:G29}|{p.Evaluation.TotalScore:G29}|{p.Evaluation.Grade}|{string.Join(";", p.Indicators.Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i.Evaluation!.Actual},{i.Evaluation.Points:G29},{i.Evaluation.Score:G29},{i.Evaluation.DeviationReason}")))}")));

        // A CSV line of the sample: no quotes in it.
        static string[] Split(string line) => line.Split(',');
    }
}
