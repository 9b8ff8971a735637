using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

public class NormalizeCommandTests
{
    [Fact]
    public void Normalize_writes_target_values_and_lists_the_changes()
    {
        using var temp = new TempDirectory();
        var output = temp.File("normalised.json");
        var (exit, stdout, stderr) = CliTests.Run("normalize", TestPaths.Sample("guanting-2024.json"), "-o", output, "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        var document = TargetJson.ReadFile(output).GetDocumentOrThrow();
        Assert.All(document.Projects.SelectMany(p => p.Indicators), i => Assert.NotNull(i.TargetValue));
        Assert.Contains("179 change(s).", stdout, StringComparison.Ordinal);
        Assert.Contains("/projects/0/indicators/0/targetValue\ttargetValue\t(none) → {\"kind\": \"quantitative\", \"value\": 21, \"unit\": \"个\"}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_fix_repairs_spellings_and_spaces_and_sends_json_to_stdout()
    {
        var (exit, stdout, stderr) = CliTests.Run("normalize", TestPaths.Sample("guanting-2024.json"), "--fix");
        Assert.Equal(0, exit);
        var document = TargetJson.Read(stdout).GetDocumentOrThrow();
        Assert.DoesNotContain(document.Projects.SelectMany(p => p.Indicators), i => i.Target.Contains("百分比", StringComparison.Ordinal) || i.Target.StartsWith(' '));
        Assert.Contains("\tPT302\t≥95百分比 → ≥95%", stderr, StringComparison.Ordinal);
        Assert.Contains("\tPT306\t =100% → =100%", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_of_a_missing_or_broken_file_is_exit_2_with_clear_lines()
    {
        var (exit, _, stderr) = CliTests.Run("normalize", "no/such/file.json");
        Assert.Equal(2, exit);
        Assert.Equal("perftargets: “no/such/file.json”不存在。\n", stderr.Replace("\r\n", "\n", StringComparison.Ordinal));

        using var temp = new TempDirectory();
        var broken = temp.File("broken.json");
        File.WriteAllText(broken, "{\"schemaVersion\": \"1.0\", \"fiscalYear\": \"2024\", \"projects\": []}");
        (exit, _, stderr) = CliTests.Run("normalize", broken, "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Contains("/fiscalYear: Expected an integer but found a string.", stderr, StringComparison.Ordinal);
        Assert.Contains("could not be read: 1 error(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_input_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var big = temp.File("big.json");
        using (var stream = File.Create(big))
        {
            stream.SetLength(DocumentLimits.DefaultMaxInputBytes + 1); // sparse: no 64 MiB written
        }

        foreach (var command in new[] { "normalize", "render" })
        {
            var (exit, _, stderr) = CliTests.Run(command, big, "--culture", "en");
            Assert.Equal(2, exit);
            Assert.Equal($"perftargets: '{big}' is 67,108,865 bytes; the limit is 67,108,864 bytes (64 MiB). Split the document, or raise DocumentLimits.MaxInputBytes through the library.\n", stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }
}
