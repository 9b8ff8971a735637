using System.Globalization;
using System.Text;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Cli.Commands;

/// <summary>
/// <c>perftargets report</c>: the main job. For each input, the exchange JSON, the published HTML, the review HTML,
/// the Markdown and the SARIF log, plus an index.html listing every document with its counts.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => "report";

    public string Summary => "Review documents into a folder: JSON, HTML, review HTML, Markdown and SARIF for each, and an index";

    public string Usage => "report <input>... -o DIR [--culture zh-CN|en] [--framework 2020|2021] [--fail-on error|warning|never] [--quiet]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("output", "o", "DIR", "The folder to write into (created when missing)"),
        new("culture", "c", "CULTURE", "Language of messages and labels: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
        new("framework", null, "YEAR", "Indicator framework for documents that name none: 2020 (default) or 2021", ["2020", "2021"]),
        new("fail-on", null, "LEVEL", "Exit 1 when a finding reaches LEVEL: never (default), error or warning", ["never", "error", "warning"]),
        new("encoding", null, "ENCODING", "Text and CSV inputs: auto (default), utf-8, utf-16 or gb18030", ["auto", "utf-8", "utf-16", "gb18030"]),
        new("layout", null, "LAYOUT", "Inputs that are not JSON: auto (default), text or flat", ["auto", "text", "flat"]),
        new("quiet", "q", null, "No progress, per-document lines or summary"),
    ];

    public (int Min, int Max) Positionals => (0, -1);

    public string Details => """
        Reviews every input the way a finance bureau would and writes, into DIR, for each document NAME:
          NAME.json          the document in the exchange format (imported when the input is not JSON)
          NAME.html          the tables in the official layout, one self-contained page
          NAME.review.html   the same with each validation finding beside its cell and a summary per table
          NAME.md            the tables as GitHub-flavoured Markdown
          NAME.sarif         the findings as SARIF 2.1.0, for pipelines and code-scanning viewers
        and index.html, which lists every document with its counts of errors, warnings and infos and links to its files.
        A document that cannot be read gets its SARIF file and an index line saying why.

        Inputs are files, folders (every .json, .txt, .csv and .xlsx below them), glob patterns, or '-' for NDJSON on
        standard input (one exchange document per line). Documents are processed one at a time, so memory stays flat
        however many there are; one bad input is reported and the rest go on.

        Exit codes: 0 every report written (and, with --fail-on, no finding at that level); 1 a finding reached the
        --fail-on level; 2 usage error, an input that is missing or could not be read at all (not UTF-8 JSON, not
        importable: one line on standard error, its SARIF file and index line still written), or an output that could
        not be written.

        Example:
          perftargets report samples/guanting-2024.json -o out
        """;

    public int Run(ParsedArguments arguments, CliContext context)
    {
        if (arguments.Positionals.Count == 0)
        {
            context.Out.Write(Help.ForCommand(this));
            return CliApp.ExitUsage;
        }

        var folder = arguments.Value("output") ?? throw new CliException("report: give the output folder with -o DIR.");
        PrepareFolder(folder);
        var culture = arguments.Value("culture", "zh-CN");
        var builder = TargetValidator.CreateBuilder().UseCulture(culture);
        if (arguments.Value("framework") is { } framework && IndicatorFramework.TryGet(framework, out var known))
        {
            builder.UseFramework(known);
        }

        var validator = builder.Build();
        var language = Languages.TryParse(culture, out var parsed) ? parsed : Language.Chinese;
        var html = new RenderOptions { Format = RenderFormat.Html, Language = language };
        var markdown = html with { Format = RenderFormat.Markdown };
        var review = html with { Review = true };
        Severity? failOn = arguments.Value("fail-on", "never") switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => null,
        };
        var importOptions = ImportArguments.Options(arguments);
        var english = language == Language.English;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index" };
        var rowsPath = Path.Combine(folder, ".index-rows.tmp");
        BatchSummary summary;
        using (var rows = new StreamWriter(rowsPath, append: false, Utf8) { NewLine = "\n" })
        {
            var runner = new BatchRunner(context, arguments.Flag("quiet"), perDocumentLines: true);
            summary = runner.Run(InputExpander.Expand(arguments.Positionals, context.In), item =>
            {
                var report = item.IsStdin
                    ? validator.Validate(item.Content!, item.Name)
                    : validator.ValidateFile(item.Path!, importOptions);
                var name = UniqueName(item, names);
                var files = new List<(string Label, string File)>();
                if (report.Document is { } document)
                {
                    files.Add(("JSON", Write(folder, name + ".json", TargetJson.Write(document))));
                    files.Add(("HTML", Write(folder, name + ".html", Render(document, html, null))));
                    files.Add((english ? "review" : "审核", Write(folder, name + ".review.html", Render(document, review, report))));
                    files.Add(("Markdown", Write(folder, name + ".md", Render(document, markdown, null))));
                }

                var sarif = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                ValidationReportWriter.WriteSarif(report, sarif, validator);
                files.Add(("SARIF", Write(folder, name + ".sarif", Utf8.GetBytes(sarif.ToString()))));
                ReportIndex.WriteRow(rows, item.Name, report, files, english);
                if (report.Document is null)
                {
                    var first = report.Findings.FirstOrDefault(f => f.Severity == Severity.Error);
                    return new ItemOutcome(item.Name, ItemStatus.Failed, report.ErrorCount, report.WarningCount, report.InfoCount, "could not be read: " + (first is null ? "no document" : first.RuleId + " " + first.Message));
                }

                var reached = failOn is { } level && report.HighestSeverity >= level;
                return new ItemOutcome(item.Name, reached ? ItemStatus.Findings : ItemStatus.Ok, report.ErrorCount, report.WarningCount, report.InfoCount);
            });
        }

        try
        {
            ReportIndex.Write(Path.Combine(folder, "index.html"), rowsPath, summary, english);
        }
        finally
        {
            File.Delete(rowsPath);
        }

        return summary.ExitCode;
    }

    private static void PrepareFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, ".perftargets-write-test");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"report: cannot write into '{folder}': {ex.Message}");
        }
    }

    private static byte[] Render(TargetDocument document, RenderOptions options, ValidationReport? report)
    {
        var result = TargetRenderer.Default.Render(document, options, report);
        return Utf8.GetBytes(result.GetTextOrThrow());
    }

    private static string Write(string folder, string file, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
            return file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{Path.Combine(folder, file)}': {ex.Message}");
        }
    }

    /// <summary>A file name for the document's outputs: the input's name without extension, made safe and unique.</summary>
    private static string UniqueName(InputItem item, HashSet<string> used)
    {
        var stem = item.IsStdin ? item.Name.Replace(':', '-') : Path.GetFileNameWithoutExtension(item.Path!);
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            safe.Append(char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '#' or '%' ? '_' : c);
        }

        var name = safe.Length == 0 || safe.ToString().Trim('.').Length == 0 ? "document" : safe.ToString();
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = name + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
