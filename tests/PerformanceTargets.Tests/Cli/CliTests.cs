using PerformanceTargets.Cli;
using PerformanceTargets.Schema;

namespace PerformanceTargets.Tests.Cli;

public class CliTests
{
    internal static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Schema_prints_the_embedded_schema()
    {
        var (exit, output, error) = Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal(TargetSchema.Text, output);
        Assert.Empty(error);
    }

    [Fact]
    public void Help_lists_the_commands_and_exit_codes()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes", output, StringComparison.Ordinal);
        Assert.Equal(output, Run().Out);
        Assert.Contains("Usage: perftargets schema", Run("schema", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    public void Unknown_commands_and_options_are_one_line_on_stderr_and_exit_2(string arg)
    {
        var (exit, output, error) = Run(arg);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(arg, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_of_a_command_is_a_usage_error()
    {
        var (exit, _, error) = Run("schema", "--nope");
        Assert.Equal(2, exit);
        Assert.Contains("--nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_can_be_written_to_a_file_and_unwritable_output_is_exit_2()
    {
        using var temp = new Infrastructure.TempDirectory();
        var path = temp.File("sub/schema.json");
        Assert.Equal(0, Run("schema", "-o", path).Exit);
        Assert.Equal(TargetSchema.Text, File.ReadAllText(path));

        File.WriteAllText(temp.File("blocker"), "x");
        var (exit, _, error) = Run("schema", "-o", temp.File("blocker/schema.json"));
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
