#if !LIBRARY_NETSTANDARD
// Measured in the net10.0 test run only, where the memory measurements run alone (Cli.MemoryMeasurements).
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PerformanceTargets.Import;
using PerformanceTargets.Tests.Import;
using PerformanceTargets.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Memory of import as a multiple of the input's size. Always: what an imported document holds (the model and the
/// location of every value) stays under 4× the input for a flat CSV and for the text layout. On request
/// (<c>PERFTARGETS_IMPORT_MEMORY=1</c>, Linux): the peak resident memory of importing files of 54 MB, the figures
/// docs/limits.md states (the process's peak is reset through <c>/proc/self/clear_refs</c>, so the test runs alone).
/// </summary>
[Collection(nameof(Cli.MemoryMeasurements))]
public class ImportMemoryTests
{
    private const double RetainedMultiple = 4;
    private const double PeakMultiple = 7;

    private readonly ITestOutputHelper _output;

    public ImportMemoryTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// The seed as a flat CSV, repeated until <paramref name="bytes"/> long; <paramref name="unique"/> makes every name,
    /// description, target and use of funds distinct, so that no cell text is shared between rows.
    /// </summary>
    internal static string FlatCsv(long bytes, bool unique)
    {
        var document = ImportFixtures.SeedDocument;
        var text = new StringBuilder();
        text.Append(document.Title).Append("\n单位：万元\n单位编码,单位名称,项目编码,项目名称,预算数,财政资金,其他资金,资金用途,年度目标,一级指标,二级指标,三级指标,指标解释,指标值,指标值确定依据\n");
        long size = Encoding.UTF8.GetByteCount(text.ToString());
        for (var copy = 1; size < bytes; copy++)
        {
            var suffix = unique ? "-" + copy.ToString(CultureInfo.InvariantCulture) : string.Empty;
            foreach (var project in document.Projects)
            {
                for (var i = 0; i < project.Indicators.Length; i++)
                {
                    var indicator = project.Indicators[i];
                    var first = i == 0;
                    string?[] cells =
                    [
                        first ? project.Unit!.Code : null, first ? project.Unit!.Name : null, first ? project.Code : null,
                        first ? project.Name + "-" + copy.ToString(CultureInfo.InvariantCulture) : null,
                        first ? project.Budget.Total.ToString(CultureInfo.InvariantCulture) : null, first ? project.Budget.Fiscal?.ToString(CultureInfo.InvariantCulture) : null, null,
                        first ? project.FundUse + suffix : null, first ? "1." + project.Goals[0] : null,
                        indicator.Level1, indicator.Level2, indicator.Name + suffix, indicator.Description + suffix, indicator.Target + suffix, indicator.Basis,
                    ];
                    var line = string.Join(",", cells.Select(c => c is null ? string.Empty : c.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)) + "\n";
                    text.Append(line);
                    size += Encoding.UTF8.GetByteCount(line);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The seed with its tables repeated (renumbered, without the contents) until <paramref name="bytes"/> long.</summary>
    internal static string TextLayout(long bytes)
    {
        var lines = ImportFixtures.SeedLines;
        var front = lines.Take(28).Concat(lines.Skip(73).Take(27)).ToList();
        var tables = lines.Skip(100).ToArray();
        var title = new Regex(@"^(\[bookmark: [^\]]*\])(\d+)\.", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var text = new StringBuilder(string.Join("\n", front)).Append('\n');
        var size = (long)Encoding.UTF8.GetByteCount(text.ToString());
        var tablesSize = tables.Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        for (var copy = 0; size < bytes; copy++)
        {
            foreach (var line in tables)
            {
                text.Append(title.Replace(line, m => m.Groups[1].Value + (copy * 23 + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture) + ".")).Append('\n');
            }

            size += tablesSize;
        }

        return text.ToString();
    }

    private static long Retained(byte[] input, out ImportResult result)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        result = TargetImporter.Import(input);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return after - before;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("csv-unique")]
    [InlineData("text")]
    public void An_imported_document_holds_less_than_four_times_its_input(string kind)
    {
        var input = Encoding.UTF8.GetBytes(kind == "text" ? TextLayout(4_000_000) : FlatCsv(4_000_000, kind == "csv-unique"));
        var retained = Retained(input, out var result);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.True(result.Document.IndicatorCount > 15_000, result.Document.IndicatorCount.ToString(CultureInfo.InvariantCulture));
        Assert.True(result.SourceMap.Count > 150_000, result.SourceMap.Count.ToString(CultureInfo.InvariantCulture));
        var multiple = (double)retained / input.Length;
        _output.WriteLine($"{kind}: {input.Length:N0} bytes, {result.Document.Projects.Length:N0} projects, {result.Document.IndicatorCount:N0} indicators, {result.SourceMap.Count:N0} located values: retains {retained:N0} bytes = {multiple:F2}× the input");
        Assert.True(multiple < RetainedMultiple, $"{kind}: the imported document holds {multiple:F2}× its input");
        GC.KeepAlive(result);
    }

    /// <summary>
    /// The benchmark behind docs/limits.md: peak resident memory while importing 54 MB files from disk, as a multiple of
    /// their size. Run with <c>PERFTARGETS_IMPORT_MEMORY=1 dotnet test -c Release --filter FullyQualifiedName~ImportMemoryTests</c>.
    /// </summary>
    [Fact]
    public void Peak_memory_of_importing_54_MB_files()
    {
        if (Environment.GetEnvironmentVariable("PERFTARGETS_IMPORT_MEMORY") != "1" || !File.Exists("/proc/self/clear_refs"))
        {
            _output.WriteLine("Set PERFTARGETS_IMPORT_MEMORY=1 (on Linux) to measure.");
            return;
        }

        using var temp = new TempDirectory();
        foreach (var (kind, content) in new (string, Func<string>)[]
        {
            ("csv, the seed repeated", () => FlatCsv(54_000_000, unique: false)),
            ("csv, every text distinct", () => FlatCsv(54_000_000, unique: true)),
            ("text layout, the seed's tables repeated", () => TextLayout(54_000_000)),
        })
        {
            var path = temp.File("input.txt");
            File.WriteAllText(path, content(), new UTF8Encoding(false));
            var size = new FileInfo(path).Length;
            var (peak, retained, line) = Measure(path);
            _output.WriteLine(
                $"{kind}: {size:N0} bytes, {line}; peak {peak:N0} bytes above the process before = {(double)peak / size:F1}× the input; "
                + $"the result holds {retained:N0} bytes = {(double)retained / size:F1}×");
            Assert.True(peak < PeakMultiple * size, $"{kind}: peak {(double)peak / size:F1}× the input");
        }
    }

    /// <summary>Imports a file and gives the peak resident memory above the process's before, and the managed memory the result holds.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (long Peak, long Retained, string Summary) Measure(string path)
    {
        // Memory the process freed is given back first, so that each file's import is measured from the same floor.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        var baseline = Status("VmRSS");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = TargetImporter.Import(path);
        watch.Stop();
        var peak = Status("VmHWM") - baseline;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heap;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Take(5)));
        var summary = $"{result.Document.Projects.Length:N0} projects, {result.Document.IndicatorCount:N0} indicators, {result.SourceMap.Count:N0} located values, {watch.Elapsed.TotalSeconds:F1} s";
        GC.KeepAlive(result);
        return (peak, retained, summary);
    }

    private static long Status(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
}
#endif
