using PerformanceTargets.Cli;
using PerformanceTargets.Internal;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>
/// Data printed in text output is visible and inert: a document or a file name cannot set the terminal title, clear the
/// screen or forge a <c>file:line: error …</c> line that a CI log parser would read.
/// </summary>
public class TerminalInjectionTests
{
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\r\nforged.json:1:1: error PT999: forged\t\u202e\u0085\u007f";

    private static (int Exit, string Out, string Error) Run(string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new StringReader(stdin));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static void AssertInert(string output)
    {
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\r', output);
        Assert.DoesNotContain('\u202e', output);
        Assert.DoesNotContain('\u0085', output);
        Assert.DoesNotContain('\u007f', output);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("forged.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_are_escaped_the_way_git_and_compilers_do()
    {
        Assert.Equal("\\x1b]0;pwned\\x07\\x1b[2J\\r\\nforged.json:1:1: error PT999: forged\\t\\u202e\\x85\\x7f", TerminalText.Escape(Hostile));
        Assert.Equal("中文 and text", TerminalText.Escape("中文 and text"));
        Assert.Same("plain", TerminalText.Escape("plain"));
        Assert.Equal("\\u2028\\u2066\\u2069\\x00\\x9b", TerminalText.Escape("\u2028\u2066\u2069\0\u009b"));
    }

    [Fact]
    public void An_excerpt_is_short_whatever_the_value()
    {
        var excerpt = TerminalText.Excerpt(new string('9', 1_000_000));
        Assert.Equal(new string('9', 64) + "…", excerpt);
        Assert.Equal("short", TerminalText.Excerpt("short"));
        Assert.Equal(new string('x', 63) + "…", TerminalText.Excerpt(new string('x', 63) + "😀" + "tail"));
    }

    [Fact]
    public void Findings_quoting_hostile_names_and_codes_stay_one_line_each()
    {
        var excerpt = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var project = excerpt.Projects[0];
        var hostile = excerpt with
        {
            Title = Hostile,
            Projects =
            [
                project with
                {
                    Code = Hostile,
                    Indicators = [project.Indicators[0] with { Name = " " + Hostile + " " }, .. project.Indicators.Skip(1)],
                },
                .. excerpt.Projects.Skip(1),
            ],
        };
        var line = System.Text.Encoding.UTF8.GetString(TargetJson.Write(hostile)).Replace("\n", string.Empty, StringComparison.Ordinal);
        foreach (var culture in new[] { "en", "zh-CN" })
        {
            var (exit, output, error) = Run(line + "\n", "validate", "-", "--culture", culture);
            Assert.Equal(1, exit);
            Assert.Contains("PT306", output, StringComparison.Ordinal);
            Assert.Contains("\\x1b]0;pwned\\x07", output, StringComparison.Ordinal);
            AssertInert(output);
            AssertInert(error);
        }
    }

    /// <summary>The library's own text writer escapes too: a program that prints a report gets the same inert lines.</summary>
    [Fact]
    public void The_librarys_text_report_is_inert_without_the_tool()
    {
        var excerpt = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var project = excerpt.Projects[0];
        var hostile = excerpt with
        {
            Projects = [project with { Indicators = [project.Indicators[0] with { Name = " " + Hostile + " " }, .. project.Indicators.Skip(1)] }, .. excerpt.Projects.Skip(1)],
        };
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var report = PerformanceTargets.Validation.TargetValidator.CreateBuilder().UseCulture(language).Build().Validate(hostile, fileName: Hostile + ".json");
            using var writer = new StringWriter();
            PerformanceTargets.Validation.Reports.ValidationReportWriter.WriteText(report, writer, language);
            var output = writer.ToString();
            Assert.Contains("PT306", output, StringComparison.Ordinal);
            Assert.Contains("\\x1b]0;pwned\\x07", output, StringComparison.Ordinal);
            AssertInert(output);
        }
    }

    [Fact]
    public void Hostile_file_names_are_escaped_in_findings_error_lines_progress_and_summaries()
    {
        using var temp = new TempDirectory();
        var name = "a\u001b[31m\u0007b\rforged.json:1:1: error PT999: x";
        File.WriteAllText(temp.File(name + ".json"), "{\"schemaVersion\": ");
        File.Copy(TestPaths.Excerpt, temp.File(name + "\u202e.json"));

        var validate = Run(string.Empty, "validate", temp.Path, temp.File("missing\u001b[2J.json"), "--culture", "en");
        Assert.Equal(2, validate.Exit);
        Assert.Contains("a\\x1b[31m\\x07b\\rforged.json", validate.Out, StringComparison.Ordinal);
        Assert.Contains("missing\\x1b[2J.json", validate.Error, StringComparison.Ordinal);
        AssertInert(validate.Out);
        AssertInert(validate.Error);

        var report = Run(string.Empty, "report", temp.Path, "-o", temp.File("out"));
        Assert.Equal(2, report.Exit);
        Assert.Contains("a\\x1b[31m\\x07b\\rforged.json", report.Error, StringComparison.Ordinal);
        AssertInert(report.Out);
        AssertInert(report.Error);

        var normalize = Run(string.Empty, "normalize", temp.File(name + ".json"));
        Assert.Equal(2, normalize.Exit);
        AssertInert(normalize.Error);
    }

    [Fact]
    public void Options_quoting_hostile_values_are_escaped_and_short()
    {
        var value = "\u001b[2J" + new string('x', 100_000);
        var (exit, output, error) = Run(string.Empty, "validate", "x.json", "--format", value);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        AssertInert(error);
        Assert.True(error.Length < 400, error);
        Assert.Contains("\\x1b[2J", error, StringComparison.Ordinal);
        Assert.Contains("…", error, StringComparison.Ordinal);
    }
}
