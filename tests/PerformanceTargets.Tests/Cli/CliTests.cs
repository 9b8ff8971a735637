using PerformanceTargets.Cli;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>The command line as users meet it: help, version, usage errors, response files, completion, languages.</summary>
public class CliTests
{
    internal static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [Fact]
    public void Schema_prints_the_embedded_schema()
    {
        var (exit, output, error) = Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal(TargetSchema.Text, output);
        Assert.Empty(error);
    }

    [Fact]
    public void Help_is_chinese_by_default_and_english_on_request()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("用法：perftargets", output, StringComparison.Ordinal);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.Contains("退出码", output, StringComparison.Ordinal);
        Assert.Equal(output, Run().Out);
        Assert.Equal(output, Run("-h").Out);
        Assert.Equal(output, Run("-?").Out);

        var english = Run("--help", "--culture", "en").Out;
        Assert.Contains("Usage: perftargets", english, StringComparison.Ordinal);
        Assert.Contains("Exit codes", english, StringComparison.Ordinal);
        Assert.DoesNotContain("用法", english, StringComparison.Ordinal);
        Assert.Equal(english, Run("-c", "en").Out);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("validate")]
    [InlineData("render")]
    [InlineData("report")]
    [InlineData("normalize")]
    [InlineData("rules")]
    [InlineData("schema")]
    public void Every_command_has_help_in_both_languages_listing_its_options(string command)
    {
        var chinese = Run(command, "--help");
        Assert.Equal(0, chinese.Exit);
        Assert.StartsWith("用法：perftargets " + command, chinese.Out, StringComparison.Ordinal);
        Assert.Contains("选项：", chinese.Out, StringComparison.Ordinal);
        Assert.Contains("-c, --culture <zh-CN|en>", chinese.Out, StringComparison.Ordinal);

        var english = Run(command, "--help", "--culture", "en");
        Assert.StartsWith("Usage: perftargets " + command, english.Out, StringComparison.Ordinal);
        Assert.Contains("Options:", english.Out, StringComparison.Ordinal);

        // Every description is in the chosen language: no option line of the English help holds Chinese words of its own.
        var optionLines = english.Out.Split('\n').SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0);
        Assert.All(optionLines, l => Assert.DoesNotContain("：", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", output);
        var (combined, _, error) = Run("--version", "schema");
        Assert.Equal(2, combined);
        Assert.Contains("--version", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    public void Unknown_commands_and_options_are_one_line_on_stderr_and_exit_2(string arg)
    {
        var (exit, output, error) = Run(arg);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(Lines(error));
        Assert.Contains(arg, error, StringComparison.Ordinal);
        Assert.StartsWith("perftargets: 无法识别的", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Typos_get_suggestions()
    {
        var (exit, _, error) = Run("valdate", "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Equal("perftargets: unrecognized command or argument 'valdate'. Did you mean validate? Run 'perftargets --help' for usage.\n", error);

        (exit, _, error) = Run("validate", "x.json", "--fromat", "json");
        Assert.Equal(2, exit);
        Assert.Equal("perftargets: 无法识别的选项“--fromat”。是否要输入：--format？运行“perftargets validate --help”查看用法。\n", error);

        (exit, _, error) = Run("validate", "x.json", "--full", "-c", "en");
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean --full-schema?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_of_a_command_is_a_usage_error_but_dash_dash_ends_the_options()
    {
        var (exit, _, error) = Run("schema", "--nope");
        Assert.Equal(2, exit);
        Assert.Contains("--nope", error, StringComparison.Ordinal);

        // After "--" a word starting with a dash is an input: here a file that does not exist.
        (exit, _, error) = Run("validate", "--culture", "en", "--", "-odd.json");
        Assert.Equal(2, exit);
        Assert.Contains("'-odd.json' does not exist.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "option --format needs a value.", "validate", "x.json", "--format")]
    [InlineData("en", "option --format may be given only once.", "validate", "x.json", "--format", "json", "--format", "text")]
    [InlineData("en", "render: missing argument <file>.", "render")]
    [InlineData("en", "'xml' is not a valid value for --format; use one of: text, json, sarif.", "validate", "x.json", "--format", "xml")]
    [InlineData("en", "--parallel takes a whole number from 1 to 256, not '0'.", "report", "x.json", "-o", "out", "--parallel", "0")]
    [InlineData("zh-CN", "“fr”不是可用的语言；请用 zh-CN 或 en。", "validate", "x.json", "--culture", "fr")]
    [InlineData("zh-CN", "选项 --format 需要一个值。", "validate", "x.json", "--format")]
    public void Usage_errors_are_in_the_tools_words_and_language(string culture, string expected, params string[] args)
    {
        var (exit, output, error) = Run(culture == "en" ? ["--culture", "en", .. args] : args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("perftargets: " + expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Response_files_hold_arguments_and_their_errors_are_clear()
    {
        using var temp = new TempDirectory();
        var rsp = temp.File("args.rsp");
        File.WriteAllText(rsp, "# the schema, in English\nschema\n--culture en\n-o \"" + temp.File("out dir/schema.json") + "\"\n");
        var (exit, _, error) = Run("@" + rsp);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(TargetSchema.Text, File.ReadAllText(temp.File("out dir/schema.json")));

        // The culture in a response file decides the language of the errors too.
        File.WriteAllText(rsp, "--culture en\nvalidate\n");
        (exit, _, error) = Run("@" + rsp, "--nope");
        Assert.Equal(2, exit);
        Assert.StartsWith("perftargets: unrecognized option '--nope'.", error, StringComparison.Ordinal);

        (exit, _, error) = Run("@" + temp.File("missing.rsp"));
        Assert.Equal(2, exit);
        Assert.Contains("响应文件", error, StringComparison.Ordinal);
        Assert.Contains("missing.rsp", error, StringComparison.Ordinal);

        // A response file that names itself does not expand forever.
        File.WriteAllText(rsp, "@" + rsp + "\n");
        (exit, _, error) = Run("@" + rsp, "-c", "en");
        Assert.Equal(2, exit);
        Assert.Contains("too many response files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_is_served_by_the_suggest_directive()
    {
        var (exit, output, _) = Run("[suggest:13]", "validate --fo");
        Assert.Equal(0, exit);
        Assert.Equal("--format\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));

        (exit, output, _) = Run("[suggest:19]", "validate --format s");
        Assert.Equal(0, exit);
        Assert.Contains("sarif", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_can_be_written_to_a_file_and_unwritable_output_is_exit_2()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sub/schema.json");
        Assert.Equal(0, Run("schema", "-o", path).Exit);
        Assert.Equal(TargetSchema.Text, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.File("sub")));

        File.WriteAllText(temp.File("blocker"), "x");
        var (exit, _, error) = Run("schema", "-o", temp.File("blocker/schema.json"));
        Assert.Equal(2, exit);
        Assert.Single(Lines(error));
        Assert.StartsWith("perftargets: 无法写入", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_are_listed_with_categories_and_severities_in_the_chosen_language()
    {
        var chinese = Run("rules").Out;
        Assert.Contains("PT102  错误    完整性", chinese, StringComparison.Ordinal);
        Assert.Contains("规则集 " + PerformanceTargets.Validation.RuleCatalog.Version, chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("completeness", chinese, StringComparison.Ordinal);

        var english = Run("rules", "--culture", "en").Out;
        Assert.Contains("PT102  error   completeness    Goal is template placeholder text", english, StringComparison.Ordinal);
    }
}
