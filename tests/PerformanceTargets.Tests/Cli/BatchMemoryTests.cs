using System.Text.Json;
using PerformanceTargets.Cli;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>
/// The batch mode streams: a report over many documents keeps nothing of the documents once each is written. The
/// figures for 1,000 and 10,000 files (files per second, peak resident memory) come from benchmarks/batch/batch-memory.sh.
/// </summary>
[Collection(nameof(MemoryMeasurements))]
public class BatchMemoryTests
{
    private static readonly string SeedLine = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(TestPaths.Sample("guanting-2024.json"))).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static long RetainedAfterReport(int documents, out int indexRows)
    {
        using var temp = new TempDirectory();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var exit = CliApp.Run(["report", "-", "-o", temp.Path, "-q"], TextWriter.Null, TextWriter.Null, GeneratedLines(documents));
        Assert.Equal(0, exit);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        indexRows = File.ReadAllText(temp.File("index.html")).Split("<tr class=", StringSplitOptions.None).Length - 1;
        Assert.Equal((documents * 7) + 1, Directory.GetFiles(temp.Path).Length);
        return after - before;
    }

    [Fact]
    public void Memory_retained_after_a_report_does_not_grow_with_the_number_of_documents()
    {
        RetainedAfterReport(3, out _);
        var few = RetainedAfterReport(10, out var fewRows);
        var many = RetainedAfterReport(60, out var manyRows);
        Assert.Equal(10, fewRows);
        Assert.Equal(60, manyRows);

        // 60 documents are 4.3 MB of JSON and 40 MB of output; keeping any of it would show here.
        Assert.True(many - few < 4 * 1024 * 1024, $"retained {few / 1024} KiB after 10 documents, {many / 1024} KiB after 60");
    }

    /// <summary>NDJSON generated line by line: the seed with a numbered title, never held as one string.</summary>
    private static LinesReader GeneratedLines(int count) =>
        new(Enumerable.Range(1, count).Select(i => SeedLine.Replace("部门预算绩效文本\"", "部门预算绩效文本 " + i + "\"", StringComparison.Ordinal)));
}

/// <summary>
/// Tests that measure the process's managed heap run alone: another test allocating or freeing at the same time would
/// show in their figures (a parallel test freeing 300 MB once made "retained" negative).
/// </summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;
