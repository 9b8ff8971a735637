using PerformanceTargets.Cli;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>Folders and patterns with symbolic links are walked once per real folder, each real file reported once.</summary>
public class SymlinkTests
{
    private static List<string> Expand(params string[] arguments) =>
        InputExpander.Expand(arguments, TextReader.Null, CliText.English).Select(i => i.Problem ?? i.Name).ToList();

    private static TempDirectory LoopFolder()
    {
        var temp = new TempDirectory();
        File.Copy(TestPaths.Excerpt, temp.File("a.json"));
        File.CreateSymbolicLink(temp.File("l1"), ".");
        File.CreateSymbolicLink(temp.File("l2"), ".");
        return temp;
    }

    [Fact]
    public void A_folder_linking_to_itself_is_walked_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = LoopFolder();
        Assert.Equal([temp.File("a.json")], Expand(temp.Path));
        Assert.Equal([temp.File("a.json")], Expand(temp.Path + "/**/*.json"));
        Assert.Equal([temp.File("a.json")], Expand(temp.Path + "/*.json"));
    }

    [Fact]
    public void Links_to_ancestors_to_the_same_folder_and_to_files_report_each_real_file_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("root/sub/deeper"));
        Directory.CreateDirectory(temp.File("outside"));
        File.Copy(TestPaths.Excerpt, temp.File("root/sub/b.json"));
        File.Copy(TestPaths.Excerpt, temp.File("outside/c.json"));
        File.CreateSymbolicLink(temp.File("root/sub/deeper/up"), "../..");
        File.CreateSymbolicLink(temp.File("root/sub/again"), temp.File("root/sub"));
        File.CreateSymbolicLink(temp.File("root/alias.json"), "sub/b.json");
        File.CreateSymbolicLink(temp.File("root/out1"), temp.File("outside"));
        File.CreateSymbolicLink(temp.File("root/out2.json"), temp.File("outside/c.json"));
        File.CreateSymbolicLink(temp.File("root/out3.json"), temp.File("outside/c.json"));
        File.CreateSymbolicLink(temp.File("root/broken.json"), temp.File("nowhere.json"));

        var found = Expand(temp.File("root"));
        Assert.Equal(
            [temp.File("root/broken.json"), temp.File("root/out2.json"), temp.File("root/sub/b.json")],
            found);
    }

    [Fact]
    public void Validate_and_report_over_a_symlink_loop_end_with_one_document()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = LoopFolder();
        var (exit, output, _) = CliTests.Run("validate", temp.Path, "--culture", "en", "--fail-on", "never");
        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), l => l.StartsWith(temp.File("a.json") + ": ", StringComparison.Ordinal));

        using var output2 = new TempDirectory();
        (exit, _, var error) = CliTests.Run("report", temp.Path + "/**/*.json", "-o", output2.Path, "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Contains("1 document(s)", error, StringComparison.Ordinal);
        Assert.Equal(8, Directory.GetFiles(output2.Path).Length);
    }

    [Fact]
    public void Real_paths_resolve_every_link_on_the_way()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = LoopFolder();
        var real = InputExpander.RealPath(temp.Path)!;
        Assert.Equal(real, InputExpander.RealPath(temp.File("l1/l2/l1")));
        Assert.Equal(Path.Combine(real, "a.json"), InputExpander.RealPath(temp.File("l2/l1/a.json")));
        File.CreateSymbolicLink(temp.File("self"), "self");
        Assert.Null(InputExpander.RealPath(temp.File("self")));
    }
}
