using System.Text.Json;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

public class ScoreCommandTests
{
    private static string Evaluation => TestPaths.Sample("guanting-2024-evaluation.json");

    private static string Monitoring => TestPaths.Sample("guanting-2024-monitoring.json");

    private static (int Exit, string Out, string Error) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void Json_has_exactly_the_contract_properties_and_the_scorer_figures()
    {
        var (exit, output, error) = Run("score", Evaluation, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["file", "hasEvaluation", "hasMonitoring", "projects"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Evaluation, json.RootElement.GetProperty("file").GetString());
        var scores = TargetScorer.Default.Score(TargetJson.ReadFile(Evaluation).GetDocumentOrThrow());
        var projects = json.RootElement.GetProperty("projects");
        Assert.Equal(scores.Projects.Length, projects.GetArrayLength());
        for (var i = 0; i < scores.Projects.Length; i++)
        {
            var project = projects[i];
            var expected = scores.Projects[i];
            Assert.Equal(["index", "sequence", "code", "name", "evaluation", "indicators"], project.EnumerateObject().Select(p => p.Name));
            Assert.Equal(expected.Project.Name, project.GetProperty("name").GetString());
            var evaluation = project.GetProperty("evaluation");
            Assert.Equal(
                ["budget", "spent", "executionRate", "executionPoints", "executionScore", "indicatorPoints", "totalPoints", "totalScore", "grade"],
                evaluation.EnumerateObject().Select(p => p.Name).Where(n => !n.EndsWith("Gap", StringComparison.Ordinal)));
            Assert.Equal(expected.Evaluation!.TotalScore, evaluation.GetProperty("totalScore").GetDecimal());
            Assert.Equal(expected.Evaluation.ExecutionScore.ValueOrNull, Nullable(evaluation.GetProperty("executionScore")));
            var indicators = project.GetProperty("indicators");
            Assert.Equal(expected.Indicators.Length, indicators.GetArrayLength());
            for (var j = 0; j < expected.Indicators.Length; j++)
            {
                Assert.Equal(["index", "name", "evaluation"], indicators[j].EnumerateObject().Select(p => p.Name));
                var score = indicators[j].GetProperty("evaluation");
                Assert.Equal(
                    ["points", "completion", "formulaScore", "achievement", "fallsShort", "score", "scoreSource"],
                    score.EnumerateObject().Select(p => p.Name).Where(n => !n.EndsWith("Gap", StringComparison.Ordinal)));
                Assert.Equal(j, indicators[j].GetProperty("index").GetInt32());
                Assert.Equal(expected.Indicators[j].Evaluation!.Completion.ValueOrNull, Nullable(score.GetProperty("completion")));
                Assert.Equal(expected.Indicators[j].Evaluation!.FormulaScore.ValueOrNull, Nullable(score.GetProperty("formulaScore")));
                Assert.Equal(expected.Indicators[j].Evaluation!.Score, score.GetProperty("score").GetDecimal());
            }
        }

        // Project 1 prints 总分 100 while its scores sum to 99.89 (PT609): the output is the library's figure. Numbers
        // drop trailing zeros (spent 66.80 is 66.8); a figure there is none of is null with its gap named.
        Assert.Contains("\"spent\":66.8,\"executionRate\":98.9,\"executionPoints\":10,\"executionScore\":9.89,", output, StringComparison.Ordinal);
        Assert.Contains("\"totalScore\":99.89,\"grade\":\"优\"}", output, StringComparison.Ordinal);
        Assert.Contains("\"completion\":null,\"completionGap\":\"qualitative\",\"formulaScore\":null,\"formulaScoreGap\":\"qualitative\"", output, StringComparison.Ordinal);
        Assert.Contains("\"scoreSource\":\"reported\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_enumerated_value_of_the_json_is_spelled_as_the_library_spells_it()
    {
        // One spelling per value: the grade and achievement as the exchange format writes them, the rest from the one
        // writer's tables; none is a .NET enum name.
        var output = Run("score", Evaluation, Monitoring, "-f", "json").Out;
        var spelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in output.TrimEnd('\n').Split('\n'))
        {
            using var json = JsonDocument.Parse(line);
            Collect(json.RootElement, spelled);
        }

        var known = new HashSet<string>(["优", "良", "中", "差", "achieved", "partly", "notAchieved", "unknown", "green", "yellow", "red", "none", "likelihood", "progress", "reported", "formula",
            "noData", "noSpent", "noPoints", "noActual", "noTarget", "qualitative", "notComparable", "undefinedRatio", "invalidDate", "notProRata"], StringComparer.Ordinal);
        Assert.NotEmpty(spelled);
        Assert.DoesNotContain(spelled, v => !known.Contains(v));
        Assert.Contains("yellow", spelled);
        Assert.Contains("notProRata", spelled);

        static void Collect(JsonElement element, HashSet<string> values)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, values);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "grade" or "achievement" or "scoreSource" or "light" or "progressLight" or "lightBasis" || property.Name.EndsWith("Gap", StringComparison.Ordinal))
                    {
                        if (property.Value.ValueKind == JsonValueKind.String)
                        {
                            values.Add(property.Value.GetString()!);
                        }
                    }
                    else
                    {
                        Collect(property.Value, values);
                    }
                }
            }
        }
    }

    [Fact]
    public void Json_is_the_same_in_either_culture_and_on_every_run()
    {
        var chinese = Run("score", Evaluation, Monitoring, "-f", "json").Out;
        Assert.Equal(chinese, Run("score", Evaluation, Monitoring, "-f", "json", "--culture", "en").Out);
        var lines = chinese.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Light_appears_only_with_monitoring_data()
    {
        using var json = JsonDocument.Parse(Run("score", Monitoring, "-f", "json").Out);
        Assert.True(json.RootElement.GetProperty("hasMonitoring").GetBoolean());
        var projects = json.RootElement.GetProperty("projects");
        var lights = projects.EnumerateArray().Select(p => p.GetProperty("monitoring").GetProperty("light").GetString()).ToList();
        Assert.All(lights, l => Assert.Contains(l, new[] { "green", "yellow", "red", "unknown" }));
        Assert.Equal("yellow", lights[1]);
        Assert.Equal("red", lights[7]);
        Assert.False(projects[0].TryGetProperty("evaluation", out _));
        Assert.All(projects[0].GetProperty("indicators").EnumerateArray(), i => Assert.False(i.TryGetProperty("evaluation", out _)));

        using var evaluation = JsonDocument.Parse(Run("score", Evaluation, "-f", "json").Out);
        Assert.False(evaluation.RootElement.GetProperty("hasMonitoring").GetBoolean());
        Assert.All(evaluation.RootElement.GetProperty("projects").EnumerateArray(), p => Assert.False(p.TryGetProperty("monitoring", out _)));
    }

    [Fact]
    public void A_target_table_without_blocks_has_no_figures()
    {
        var (exit, output, _) = Run("score", TestPaths.Excerpt, "-f", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("hasEvaluation").GetBoolean());
        var project = json.RootElement.GetProperty("projects")[0];
        Assert.False(project.TryGetProperty("evaluation", out _));
        Assert.False(project.TryGetProperty("monitoring", out _));
        Assert.Contains("没有自评或监控数据", Run("score", TestPaths.Excerpt).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_reads_in_Chinese_by_default_and_in_English()
    {
        var chinese = Run("score", Evaluation, Monitoring).Out;
        Assert.Contains("执行率 98.9%；执行得分 9.89 / 10；总分 99.89 / 100；等级 优", chinese, StringComparison.Ordinal);
        Assert.Contains("完成率 —（定性指标）", chinese, StringComparison.Ordinal);
        Assert.Contains("▲ 黄灯", chinese, StringComparison.Ordinal);
        Assert.Contains("■ 红灯", chinese, StringComparison.Ordinal);

        var english = Run("score", Evaluation, Monitoring, "--culture", "en").Out;
        Assert.Contains("execution rate 98.9%; execution score 9.89 / 10; total 99.89 / 100; grade excellent (优)", english, StringComparison.Ordinal);
        Assert.Contains("completion — (qualitative)", english, StringComparison.Ordinal);
        Assert.Contains("▲ yellow", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_is_escaped_in_text()
    {
        using var temp = new TempDirectory();
        var document = TargetJson.ReadFile(Evaluation).GetDocumentOrThrow();
        var project = document.Projects[0] with { Name = "evil\u001b]0;title\u0007name" };
        var path = temp.File("evil.json");
        File.WriteAllBytes(path, TargetJson.Write(document with { Projects = [project] }));
        var (exit, output, _) = Run("score", path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.Contains("evil\\x1b]0;title\\x07name", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_and_the_others_are_still_scored()
    {
        var (exit, output, error) = Run("score", "/nonexistent/file.json", Evaluation, "-f", "json");
        Assert.Equal(2, exit);
        Assert.Contains("perftargets: ", error, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Evaluation, json.RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Without_a_file_it_explains_itself()
    {
        var (exit, output, _) = Run("score");
        Assert.Equal(2, exit);
        Assert.Contains("perftargets score", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_adds_the_score_summary_to_its_index_when_the_document_has_blocks()
    {
        using var temp = new TempDirectory();
        var (exit, _, _) = Run("report", Evaluation, Monitoring, TestPaths.Excerpt, "-o", temp.Path, "-q");
        Assert.Equal(0, exit);
        var index = File.ReadAllText(temp.File("index.html"));
        Assert.Contains("<tr class=\"scores\">", index, StringComparison.Ordinal);
        Assert.Contains("自评：23 个项目", index, StringComparison.Ordinal);
        Assert.Contains("监控：23 个项目；● 绿灯", index, StringComparison.Ordinal);
        Assert.Equal(2, index.Split("<tr class=\"scores\">").Length - 1);
    }

    [Fact]
    public void Report_writes_the_evaluation_and_monitoring_tables_when_the_document_has_blocks()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Run("report", Evaluation, Monitoring, "-o", temp.Path, "-q").Exit);
        var files = Directory.GetFiles(temp.Path).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("guanting-2024-evaluation.evaluation.html", files);
        Assert.Contains("guanting-2024-evaluation.evaluation.md", files);
        Assert.DoesNotContain("guanting-2024-evaluation.monitoring.html", files);
        Assert.Contains("guanting-2024-monitoring.monitoring.html", files);
        Assert.Contains("guanting-2024-monitoring.monitoring.md", files);
        Assert.Equal(
            TargetRendering.ToDocx(TargetJson.ReadFile(Evaluation).GetDocumentOrThrow(), new RenderOptions { TableKind = TableKind.Evaluation }),
            File.ReadAllBytes(temp.File("guanting-2024-evaluation.evaluation.docx")));
        Assert.Equal(
            TargetRendering.ToDocx(TargetJson.ReadFile(Monitoring).GetDocumentOrThrow(), new RenderOptions { TableKind = TableKind.Monitoring }),
            File.ReadAllBytes(temp.File("guanting-2024-monitoring.monitoring.docx")));
        Assert.DoesNotContain("guanting-2024-evaluation.monitoring.docx", files);
        Assert.Equal(
            File.ReadAllText(TestPaths.Sample("guanting-2024-evaluation.md")),
            File.ReadAllText(temp.File("guanting-2024-evaluation.evaluation.md")));
        Assert.Contains("PT609", File.ReadAllText(temp.File("guanting-2024-evaluation.evaluation.html")), StringComparison.Ordinal);
        Assert.Contains("<a href=\"guanting-2024-monitoring.monitoring.html\">监控表</a>", File.ReadAllText(temp.File("index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluation", "guanting-2024-evaluation")]
    [InlineData("monitoring", "guanting-2024-monitoring")]
    public void Render_with_a_table_kind_writes_the_committed_sample(string kind, string sample)
    {
        using var temp = new TempDirectory();
        var path = TestPaths.Sample(sample + ".json");
        Assert.Equal(0, Run("render", path, "--table-kind", kind, "-o", temp.File("out.html")).Exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample(sample + ".html")), File.ReadAllText(temp.File("out.html")));
        Assert.Equal(0, Run("render", path, "-k", kind, "--format", "md", "-o", temp.File("out.md")).Exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample(sample + ".md")), File.ReadAllText(temp.File("out.md")));
    }

    [Theory]
    [InlineData("evaluation", TableKind.Evaluation)]
    [InlineData("monitoring", TableKind.Monitoring)]
    public void Render_writes_the_sheets_as_Word_and_refuses_them_as_Excel(string kind, TableKind tableKind)
    {
        using var temp = new TempDirectory();
        var path = kind == "evaluation" ? Evaluation : Monitoring;
        Assert.Equal(0, Run("render", path, "--format", "docx", "--table-kind", kind, "-o", temp.File("out.docx")).Exit);
        Assert.Equal(TargetRendering.ToDocx(TargetJson.ReadFile(path).GetDocumentOrThrow(), new RenderOptions { TableKind = tableKind }), File.ReadAllBytes(temp.File("out.docx")));

        var (exit, _, error) = Run("render", path, "--format", "xlsx", "--table-kind", kind, "-o", temp.File("out.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("--format xlsx", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out.xlsx")));
    }

    [Fact]
    public void Render_refuses_an_unknown_table_kind()
    {
        var (exit, _, error) = Run("render", Evaluation, "--table-kind", "budget");
        Assert.Equal(2, exit);
        Assert.Contains("--table-kind", error, StringComparison.Ordinal);
    }

    private static decimal? Nullable(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
