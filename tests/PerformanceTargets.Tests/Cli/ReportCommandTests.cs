using System.Text;
using System.Text.Json;
using PerformanceTargets.Cli;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Tests.Rendering;

namespace PerformanceTargets.Tests.Cli;

public class ReportCommandTests
{
    private static (int Exit, string Out, string Error) Run(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new StringReader(stdin));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Compact(TargetDocument document) =>
        JsonSerializer.Serialize(JsonDocument.Parse(TargetJson.Write(document)).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Report_on_the_seed_writes_the_seven_files_and_the_index()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Run(string.Empty, "report", TestPaths.Sample("guanting-2024.json"), "-o", temp.Path);
        Assert.Equal(0, exit);
        Assert.Contains("guanting-2024.json: 9 个错误，204 个警告，3 个提示", error, StringComparison.Ordinal);
        Assert.Equal(
            ["guanting-2024.docx", "guanting-2024.html", "guanting-2024.json", "guanting-2024.md", "guanting-2024.review.docx", "guanting-2024.review.html", "guanting-2024.sarif", "index.html"],
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(TestPaths.Sample("guanting-2024.json")), File.ReadAllBytes(temp.File("guanting-2024.json")));
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.html")), File.ReadAllText(temp.File("guanting-2024.html")));
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.md")), File.ReadAllText(temp.File("guanting-2024.md")));
        using (var sarif = JsonDocument.Parse(File.ReadAllText(temp.File("guanting-2024.sarif"))))
        {
            Assert.Equal(216, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }

        var review = File.ReadAllText(temp.File("guanting-2024.review.html"));
        Assert.Contains("PT102", review, StringComparison.Ordinal);
        var index = File.ReadAllText(temp.File("index.html"));
        Assert.Contains("<td class=\"number\">23</td><td class=\"number\">9</td><td class=\"number\">204</td><td class=\"number\">3</td>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"guanting-2024.review.html\">", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"guanting-2024.review.docx\">", index, StringComparison.Ordinal);
        Assert.Equal(PerformanceTargets.Rendering.TargetRendering.ToDocx(RenderingFixtures.Seed), File.ReadAllBytes(temp.File("guanting-2024.docx")));
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(temp.File("guanting-2024.review.docx"), false);
        Assert.Equal(216, word.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.ChildElements.Count);
    }

    [Fact]
    public void Report_with_fail_on_error_exits_1_for_the_seed()
    {
        using var temp = new TempDirectory();
        Assert.Equal(1, Run(string.Empty, "report", TestPaths.Sample("guanting-2024.json"), "-o", temp.Path, "--fail-on", "error", "-q").Exit);
    }

    [Fact]
    public void Without_input_it_explains_itself()
    {
        var (exit, output, _) = Run(string.Empty, "report");
        Assert.Equal(2, exit);
        Assert.Contains("用法：perftargets report", output, StringComparison.Ordinal);
        Assert.Contains("NAME.review.html", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_goes_on_past_bad_inputs_and_the_exit_code_tells_the_worst()
    {
        using var temp = new TempDirectory();
        var broken = temp.File("broken.json");
        File.WriteAllText(broken, "{\"schemaVersion\": \"1.0\",");
        var output = temp.File("out");
        var (exit, _, error) = Run(string.Empty, "report", TestPaths.Seed, broken, temp.File("missing.json"), TestPaths.Excerpt, "-o", output, "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Contains("missing.json' does not exist.", error, StringComparison.Ordinal);
        Assert.Contains("4 document(s): 2 failed", error, StringComparison.Ordinal);
        Assert.Contains("broken.json: could not be read: PT001", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "guanting-2024.review.html")));
        Assert.True(File.Exists(Path.Combine(output, "guanting-2024-excerpt.html")));
        Assert.True(File.Exists(Path.Combine(output, "broken.sarif")));
        Assert.False(File.Exists(Path.Combine(output, "broken.html")));
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("could not be read", index, StringComparison.Ordinal);
        Assert.Equal(3, index.Split("<tr class=", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void Same_names_get_distinct_files()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        File.Copy(TestPaths.Excerpt, temp.File("a/doc.json"));
        File.Copy(TestPaths.Excerpt, temp.File("b/doc.json"));
        Assert.Equal(0, Run(string.Empty, "report", temp.File("a"), temp.File("b"), "-o", temp.File("out"), "-q").Exit);
        Assert.True(File.Exists(temp.File("out/doc.json")));
        Assert.True(File.Exists(temp.File("out/doc-2.json")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_one_line_and_exit_2()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("file"), "x");
        var (exit, _, error) = Run(string.Empty, "report", TestPaths.Excerpt, "-o", temp.File("file"));
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("perftargets: report：无法写入文件夹", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_of_an_ndjson_batch_matches_the_golden_file_and_escapes_the_data()
    {
        var seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();
        var hostile = seed with
        {
            Title = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>",
            Projects = [seed.Projects[0] with { Name = "{{ 1 + 1 }}" }],
        };
        var ndjson = Compact(seed) + "\n" + Compact(hostile) + "\n{\"schemaVersion\": 1}\n";
        using var temp = new TempDirectory();
        var (exit, _, error) = Run(ndjson, "report", "-", "-o", temp.Path, "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Contains("perftargets: stdin:3: could not be read: PT002", error, StringComparison.Ordinal);
        Assert.Contains("3 document(s): 1 failed", error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("stdin-1.review.html")));
        var index = File.ReadAllText(temp.File("index.html"));
        Assert.DoesNotContain("<script>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", index, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", index, StringComparison.Ordinal);
        var golden = TestPaths.TestData("Report", "index.html");
        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1")
        {
            File.WriteAllText(golden, index);
        }

        Assert.Equal(File.ReadAllText(golden), index);
    }
}
