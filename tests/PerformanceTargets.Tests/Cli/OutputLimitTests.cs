using PerformanceTargets.Cli;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>The tool reads all it writes: JSON it would refuse is not written at all, and no file is ever half written.</summary>
public class OutputLimitTests
{
    [Fact]
    public void Json_over_the_input_limit_is_refused_before_anything_is_written()
    {
        var json = new byte[DocumentLimits.DefaultMaxInputBytes + 1];
        var error = Assert.Throws<CliException>(() => OutputFiles.EnsureReadable(json, CliText.English));
        Assert.Equal("the JSON to be written is 67,108,865 bytes, over the input limit of 67,108,864 bytes, so the tool could not read it back; nothing was written.", error.Message);
        Assert.Equal(CliApp.ExitUsage, error.ExitCode);
    }

    [Fact]
    public void A_document_the_writer_refuses_is_the_users_error_in_their_language_not_an_internal_error()
    {
        // normalize adds a structured target to every indicator (about a third more JSON), so a document near the input
        // limit can normalise to more than the reader takes: the library refuses to write it, and the tool says so.
        var document = PerformanceTargets.Json.TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var size = PerformanceTargets.Json.TargetJson.Write(document).Length;
        var limits = DocumentLimits.Default with { MaxInputBytes = size - 1 };
        var english = Assert.Throws<CliException>(() => OutputFiles.Json(document, CliText.English, limits));
        Assert.Equal(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "The JSON would be {0:N0} bytes, over the reading limit of {1:N0} (DocumentLimits.MaxInputBytes); it would not read back, so it was not written. Split the document, or raise DocumentLimits.MaxInputBytes for writing and reading alike.", size, size - 1),
            english.Message);
        Assert.Equal(CliApp.ExitUsage, english.ExitCode);
        var chinese = Assert.Throws<CliException>(() => OutputFiles.Json(document, CliText.Chinese, limits));
        Assert.StartsWith("写出的 JSON 将有", chinese.Message, StringComparison.Ordinal);
        var library = Assert.Throws<PerformanceTargets.Json.TargetJsonException>(() => PerformanceTargets.Json.TargetJson.Write(document, limits));
        Assert.StartsWith("The document cannot be written as JSON: ", library.Message, StringComparison.Ordinal);
        Assert.Equal(PerformanceTargets.Json.TargetJson.Write(document), OutputFiles.Json(document, CliText.English));
    }

    [Fact]
    public void Json_the_reader_would_refuse_for_another_limit_is_refused()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"title\": \"" + new string('长', DocumentLimits.DefaultMaxStringLength + 1) + "\", \"projects\": []}");
        var error = Assert.Throws<CliException>(() => OutputFiles.EnsureReadable(json, CliText.Chinese));
        Assert.StartsWith("要写出的 JSON 无法被本工具再读取", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void An_import_whose_json_would_be_refused_writes_nothing_and_says_so_in_one_short_line()
    {
        using var temp = new TempDirectory();
        var source = temp.File("huge-cell.csv");
        File.WriteAllText(source, "项目名称,预算数,一级指标,二级指标,三级指标,指标值\n" + new string('长', DocumentLimits.DefaultMaxStringLength + 10) + ",10,产出指标,数量指标,个数,3个\n");
        var output = temp.File("out.json");
        File.WriteAllText(output, "previous");
        var (exit, stdout, stderr) = CliTests.Run("import", source, "--year", "2024", "-o", output, "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.All(stderr.Split('\n'), line => Assert.True(line.Length < 1200, "a line of " + line.Length + " characters"));
        Assert.Single(Directory.GetFiles(temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal) is false && f == output);
    }

    [Fact]
    public void Writing_leaves_no_temporary_file_and_replaces_the_target_whole()
    {
        using var temp = new TempDirectory();
        var output = temp.File("normalised.json");
        File.WriteAllText(output, new string('x', 1_000_000));
        Assert.Equal(0, CliTests.Run("normalize", TestPaths.Excerpt, "-o", output, "-q").Exit);
        Assert.Equal([output], Directory.GetFiles(temp.Path));
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.True(PerformanceTargets.Json.TargetJson.ReadFile(output).Success);
    }

    [Fact]
    public void The_report_index_has_a_content_security_policy()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, CliTests.Run("report", TestPaths.Excerpt, "-o", temp.Path, "-q").Exit);
        var index = File.ReadAllText(temp.File("index.html"));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", index, StringComparison.OrdinalIgnoreCase);
    }
}
