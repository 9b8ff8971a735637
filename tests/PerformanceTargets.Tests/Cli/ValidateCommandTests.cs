using System.Text.Json;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

public class ValidateCommandTests
{
    private static string Seed => TestPaths.Sample("guanting-2024.json");

    private static (int Exit, string Out, string Error) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void The_seed_fails_on_its_template_goals_and_reports_its_defects()
    {
        var (exit, output, error) = Run("validate", Seed);
        Assert.Equal(1, exit);
        Assert.Empty(error);
        foreach (var rule in new[] { "PT102", "PT302", "PT304", "PT204", "PT307", "PT401", "PT402", "PT403", "PT404", "PT306" })
        {
            Assert.Contains(" " + rule + ": ", output, StringComparison.Ordinal);
        }

        Assert.EndsWith($"9 个错误，204 个警告，3 个提示（规则集 {PerformanceTargets.Validation.RuleCatalog.Version}）；未通过\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("never", 0)]
    public void Fail_on_sets_the_exit_code(string level, int expected)
    {
        Assert.Equal(expected, Run("validate", Seed, "--fail-on", level).Exit);
    }

    [Fact]
    public void A_document_with_warnings_only_passes_unless_warnings_fail()
    {
        using var temp = new TempDirectory();
        var path = temp.File("warn.json");
        var document = PerformanceTargets.Json.TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var fixedGoals = document with { Projects = [.. document.Projects.Select((p, i) => p with { Goals = ["保障村级组织正常运转"], Sequence = i + 1 })] };
        PerformanceTargets.Json.TargetJson.WriteFile(fixedGoals, path);
        Assert.Equal(0, Run("validate", path).Exit);
        Assert.Equal(1, Run("validate", path, "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Json_and_sarif_are_machine_readable_and_english_on_request()
    {
        var (exit, output, _) = Run("validate", Seed, "--format", "json", "--culture", "en");
        Assert.Equal(1, exit);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using (var json = JsonDocument.Parse(output))
        {
            Assert.Equal(Seed, json.RootElement.GetProperty("file").GetString());
            Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
            var findings = json.RootElement.GetProperty("findings");
            Assert.Equal(216, findings.GetArrayLength());
            Assert.StartsWith("The goal", findings.EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "PT102").GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        var sarif = Run("validate", Seed, "--format", "sarif").Out;
        using var document = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Framework_and_disable_options_change_the_rules()
    {
        var output = Run("validate", Seed, "--disable", "PT302", "-d", "PT402", "--framework", "2021").Out;
        Assert.DoesNotContain(" PT302: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" PT402: ", output, StringComparison.Ordinal);

        // The seed names its framework (2020), so --framework 2021 changes nothing else.
        Assert.DoesNotContain(" PT205: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_one_report_and_an_unreadable_file_is_exit_2()
    {
        var (exit, output, error) = Run("validate", Seed, TestPaths.Excerpt, Path.Combine(TestPaths.Root, "missing.json"), "--culture", "en");
        Assert.Equal(2, exit);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("missing.json", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("3 document(s): 1 failed", lines[1], StringComparison.Ordinal);
        Assert.Contains("guanting-2024-excerpt.json: ", output, StringComparison.Ordinal);
        Assert.Contains("guanting-2024.json: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_finding_not_an_io_error()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bad.json");
        File.WriteAllText(path, "{\"schemaVersion\": ");
        var (exit, output, _) = Run("validate", path, "--culture", "en");
        Assert.Equal(1, exit);
        Assert.Contains("error PT001: The text is not well-formed JSON", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--culture", "fr")]
    [InlineData("validate", "x.json", "--disable", "PT999")]
    [InlineData("validate", "x.json", "--disable", "PT001")]
    public void Usage_errors_are_exit_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("perftargets: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_the_catalogue()
    {
        var (exit, output, _) = Run("validate", "--rules", "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Contains("PT102  error   completeness    Goal is template placeholder text", output, StringComparison.Ordinal);
        Assert.Contains("rule set " + PerformanceTargets.Validation.RuleCatalog.Version, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_reads_ndjson_from_standard_input_and_json_output_is_one_report_per_line()
    {
        static string Compact(string path) => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(path)).RootElement);
        var ndjson = Compact(Seed) + "\n" + Compact(TestPaths.Excerpt) + "\n";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = PerformanceTargets.Cli.CliApp.Run(["validate", "-", "--culture", "en"], stdout, stderr, new StringReader(ndjson));
        Assert.Equal(1, exit);
        Assert.Contains("stdin:1: 9 errors, 204 warnings, 3 infos", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("stdin:2: ", stdout.ToString(), StringComparison.Ordinal);

        using var json = new StringWriter();
        exit = PerformanceTargets.Cli.CliApp.Run(["validate", "-", "--format", "json", "--fail-on", "never"], json, new StringWriter(), new StringReader(ndjson));
        Assert.Equal(0, exit);
        var lines = json.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(["stdin:1", "stdin:2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public void Imported_inputs_and_folders_are_validated_with_source_lines()
    {
        var (exit, output, _) = Run("validate", TestPaths.Seed, "--culture", "en");
        Assert.Equal(1, exit);
        var placeholder = output.Split('\n').First(l => l.Contains(" PT102: ", StringComparison.Ordinal));
        var line = int.Parse(placeholder.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("目标内容1", File.ReadAllLines(TestPaths.Seed)[line - 1], StringComparison.Ordinal);
        Assert.Contains("info PT902: PTI009", output, StringComparison.Ordinal);

        using var temp = new TempDirectory();
        File.Copy(Seed, temp.File("a.json"));
        File.Copy(TestPaths.Seed, temp.File("b.txt"));
        var (folderExit, folderOutput, folderError) = Run("validate", temp.Path, "--fail-on", "never", "--culture", "en");
        Assert.Equal(0, folderExit);
        Assert.Contains(temp.File("a.json") + ": 9 errors", folderOutput, StringComparison.Ordinal);
        Assert.Contains(temp.File("b.txt") + ": 9 errors", folderOutput, StringComparison.Ordinal);
        Assert.StartsWith("2 document(s): 0 failed, 18 error(s)", folderError, StringComparison.Ordinal);
    }
}
