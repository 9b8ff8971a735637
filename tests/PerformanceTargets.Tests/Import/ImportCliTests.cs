#if !LIBRARY_NETSTANDARD
using System.Text;
using PerformanceTargets.Cli;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary><c>perftargets import</c>: the committed seed JSON, stdout, exit codes and diagnostics on stderr.</summary>
public class ImportCliTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_of_the_seed_writes_the_committed_json_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out/guanting-2024.json");
        var (exit, stdout, stderr) = Run("import", TestPaths.Seed, "-o", output, "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.Contains("imported 23 tables, 179 indicators, total budget 894.78 万元", stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(TestPaths.Sample("guanting-2024.json")), File.ReadAllBytes(output));
    }

    [Fact]
    public void Without_output_file_the_json_goes_to_stdout_and_the_summary_to_stderr()
    {
        var (exit, stdout, stderr) = Run("import", TestPaths.Seed, "--encoding", "utf-8", "--layout", "text");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.json"), Encoding.UTF8), stdout);
        Assert.Contains("info PTI009", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_source_is_imported_in_part_with_exit_code_1()
    {
        using var temp = new TempDirectory();
        var source = temp.File("damaged.txt");
        File.WriteAllBytes(source, ImportFixtures.EditSeed(lines => lines.RemoveAt(565)));
        var (exit, _, stderr) = Run("import", source, "-o", temp.File("damaged.json"), "--culture", "zh-CN");
        Assert.Equal(1, exit);
        Assert.Contains("damaged.txt:562 (table 5, row 9): error PTI105: 指标行有 5 个单元格", stderr, StringComparison.Ordinal);
        Assert.Contains("导入 23 张表、178 个指标", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("damaged.json")));
    }

    [Fact]
    public void Nothing_imported_is_exit_code_2_and_no_output_file()
    {
        using var temp = new TempDirectory();
        var source = temp.File("empty.txt");
        File.WriteAllText(source, string.Empty);
        var (exit, stdout, stderr) = Run("import", source, "-o", temp.File("empty.json"), "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("error PTI001", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("empty.json")));
    }

    [Fact]
    public void A_flat_csv_needs_a_year_which_the_option_gives()
    {
        using var temp = new TempDirectory();
        var source = temp.File("flat.csv");
        File.WriteAllText(source, "项目名称,预算数,一级指标,二级指标,三级指标,指标值\n某项目,10,产出指标,数量指标,个数,3个\n");
        Assert.Equal(2, Run("import", source).Exit);
        var (exit, stdout, _) = Run("import", source, "--year", "2024", "--layout", "flat");
        Assert.Equal(0, exit);
        Assert.Contains("\"fiscalYear\": 2024", stdout, StringComparison.Ordinal);
        Assert.Contains("\"amountUnit\": \"元\"", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--encoding", "latin1")]
    [InlineData("--layout", "word")]
    [InlineData("--year", "24")]
    public void Bad_option_values_and_missing_files_are_usage_errors(string option, string value)
    {
        var (exit, _, stderr) = Run("import", TestPaths.Seed, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));

        (exit, _, stderr) = Run("import", Path.Combine(TestPaths.Samples, "no-such-file.txt"), "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Run("import").Exit);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new StringReader(ImportFixtures.SeedText);
        Assert.Equal(0, CliApp.Run(["import", "-"], stdout, stderr, stdin));
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.json"), Encoding.UTF8), stdout.ToString());
        Assert.Contains("<stdin>:71:1", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_command()
    {
        var (exit, stdout, _) = Run("import", "--help", "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Contains("Usage: perftargets import <source>", stdout, StringComparison.Ordinal);
        Assert.Contains("gb18030", stdout, StringComparison.Ordinal);
        Assert.Contains("import", Run("--help").Out, StringComparison.Ordinal);
    }
}
#endif
