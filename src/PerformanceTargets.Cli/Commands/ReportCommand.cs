using System.CommandLine;
using System.Globalization;
using System.Text;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Cli.Commands;

/// <summary>
/// <c>perftargets report</c>: the main job. For each input, the exchange JSON, the published HTML, the review HTML,
/// the Markdown, the Word file and its review with comments, and the SARIF log, plus an index.html listing every
/// document with its counts.
/// </summary>
internal static class ReportCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "report",
            text.T("把文档审核到一个文件夹：每份文档的 JSON、HTML、审核 HTML、Markdown 和 SARIF，外加索引", "Review documents into a folder: JSON, HTML, review HTML, Markdown and SARIF for each, and an index"),
            text.T(
                """
                像财政部门那样审核每个输入，并为每份文档 NAME 在 DIR 中写出：
                  NAME.json          交换格式的文档（输入不是 JSON 时先导入）
                  NAME.html          官方版式的表格，一个独立的网页
                  NAME.review.html   同上，先是审核汇总（按规则合并同类问题），每个问题显示在所指单元格旁
                  NAME.docx          官方版式的 Word 文件
                  NAME.review.docx   同上，每个校验问题是所指单元格上的 Word 批注
                  NAME.md            GitHub 风格 Markdown 的表格
                  NAME.sarif         SARIF 2.1.0 格式的问题，供流水线和代码扫描查看器使用
                文档有自评或监控数据（格式 1.1）时还有：
                  NAME.evaluation.html / .md   绩效自评表（HTML 中每个问题显示在所指单元格旁）
                  NAME.monitoring.html / .md   绩效运行监控表，每个项目和指标的灯用符号和文字表示
                以及 index.html，列出每份文档的错误、警告、提示数并链接到它的文件（有自评或监控数据时再加一行得分小结）。无法读取的文档只有 SARIF 文件和一行说明原因的索引。

                输入是文件、文件夹（其下所有 .json、.txt、.csv、.xlsx 和 .docx）、通配模式，或 -（标准输入上的 NDJSON）。--parallel 份
                文档同时处理，输出和索引的顺序总是输入的顺序；内存不随文档数增长；一个坏输入会被报告，其余照常进行。

                退出码：0 所有报告已写出（用 --fail-on 时，且没有问题达到该级别）；1 有问题达到 --fail-on 级别；2 用法错误、
                输入缺失或完全无法读取（标准错误上一行，仍写出它的 SARIF 文件和索引行），或输出无法写入。

                示例：
                  perftargets report samples/guanting-2024.json -o out
                """,
                """
                Reviews every input the way a finance bureau would and writes, into DIR, for each document NAME:
                  NAME.json          the document in the exchange format (imported when the input is not JSON)
                  NAME.html          the tables in the official layout, one self-contained page
                  NAME.review.html   the same, the summary first (findings grouped by rule), each finding beside its cell
                  NAME.docx          the tables in the official layout as a Word file
                  NAME.review.docx   the same with each validation finding as a Word comment on its cell
                  NAME.md            the tables as GitHub-flavoured Markdown
                  NAME.sarif         the findings as SARIF 2.1.0, for pipelines and code-scanning viewers
                and, when the document has self-evaluation or monitoring data (format 1.1):
                  NAME.evaluation.html / .md   the 绩效自评表 (in HTML each finding beside its cell)
                  NAME.monitoring.html / .md   the 绩效运行监控表, every light a symbol and a word
                and index.html, which lists every document with its counts of errors, warnings and infos and links to its files
                (and a line with the score summary when the document has self-evaluation or monitoring data).
                A document that cannot be read gets its SARIF file and an index line saying why.

                Inputs are files, folders (every .json, .txt, .csv, .xlsx and .docx below them), glob patterns, or '-' for NDJSON on
                standard input. --parallel documents are processed at once, with the output and the index always in the order
                of the inputs; memory does not grow with the number of documents; one bad input is reported and the rest go on.

                Exit codes: 0 every report written (and, with --fail-on, no finding at that level); 1 a finding reached the
                --fail-on level; 2 usage error, an input that is missing or could not be read at all (not UTF-8 JSON, not
                importable: one line on standard error, its SARIF file and index line still written), or an output that could
                not be written.

                Example:
                  perftargets report samples/guanting-2024.json -o out
                """));
        var inputs = new Argument<string[]>("input")
        {
            Description = text.T("文件、文件夹、通配模式，或 -（标准输入上的 NDJSON）", "Files, folders, glob patterns, or - for NDJSON on standard input"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = CliOptions.Value("--output", "-o", "DIR", text.T("写入的文件夹（不存在时创建）；必需", "The folder to write into (created when missing); required"));
        var framework = CliOptions.Framework(scope);
        var failOn = CliOptions.Choice(scope, "--fail-on", null, text.T("有问题达到该级别时退出码为 1：never（默认）、error 或 warning", "Exit 1 when a finding reaches LEVEL: never (default), error or warning"), "never", "never", "error", "warning");
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        var quiet = CliOptions.Flag("--quiet", "-q", text.T("不显示进度、逐文档的行和小结", "No progress, per-document lines or summary"));
        var parallel = CliOptions.Parallel(scope);
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { output, framework, failOn, encoding, layout, quiet, parallel })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var given = parse.GetValue(inputs) ?? [];
            if (given.Length == 0)
            {
                context.Out.Write(HelpWriter.Write(command, text));
                return CliApp.ExitUsage;
            }

            var folder = parse.GetValue(output) ?? throw new CliException(text.ReportNeedsOutput);
            var builder = TargetValidator.CreateBuilder().UseCulture(context.Language);
            if (parse.GetResult(framework) is { Implicit: false } && IndicatorFramework.TryGet(parse.GetValue(framework)!, out var known))
            {
                builder.UseFramework(known);
            }

            Severity? level = parse.GetValue(failOn) switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                _ => null,
            };
            return Run(context, builder.Build(), given, folder, level, ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!), parse.GetValue(quiet), parse.GetValue(parallel));
        });
        return command;
    }

    private static int Run(CliContext context, TargetValidator validator, string[] inputs, string folder, Severity? failOn, PerformanceTargets.Import.ImportOptions importOptions, bool quiet, int workers)
    {
        var text = context.Text;
        PrepareFolder(folder, text);
        var language = context.Language;
        var html = new RenderOptions { Format = RenderFormat.Html, Language = language };
        var markdown = html with { Format = RenderFormat.Markdown };
        var review = html with { Review = true };
        var docx = html with { Format = RenderFormat.Docx };
        var english = language == Language.English;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index" };
        var rowsPath = Path.Combine(folder, ".index-rows.tmp");
        BatchSummary summary;
        using (var rows = new StreamWriter(rowsPath, append: false, Utf8) { NewLine = "\n" })
        {
            var runner = new BatchRunner(context, quiet, perDocumentLines: true, workers);
            summary = runner.Run(
                InputExpander.Expand(inputs, context.In, text),
                item =>
                {
                    // Names are given in input order, so that the same inputs always get the same files.
                    var name = UniqueName(item, names);
                    return () =>
                    {
                        var report = item.IsStdin
                            ? validator.Validate(item.Content!, item.Name)
                            : validator.ValidateFile(item.Path!, importOptions);
                        var files = new List<(string Label, string File)>();
                        var scores = report.Document is { } scored && HasBlocks(scored) ? TargetScorer.Default.Score(scored) : null;
                        if (report.Document is { } document)
                        {
                            var json = OutputFiles.Json(document, text);
                            OutputFiles.EnsureReadable(json, text, readBack: !item.IsStdin && !string.Equals(Path.GetExtension(item.Path), ".json", StringComparison.OrdinalIgnoreCase));
                            files.Add(("JSON", Write(folder, name + ".json", json, text)));
                            files.Add(("HTML", Render(folder, name + ".html", document, html, null, text)));
                            files.Add((english ? "review" : "审核", Render(folder, name + ".review.html", document, review, report, text)));
                            files.Add(("Markdown", Render(folder, name + ".md", document, markdown, null, text)));
                            files.Add(("Word", Render(folder, name + ".docx", document, docx, null, text)));
                            files.Add((english ? "Word review" : "Word 审核", Render(folder, name + ".review.docx", document, docx with { Review = true }, report, text)));
                            if (scores is { } sheets)
                            {
                                // The year after the target: the 绩效自评表 and the 绩效运行监控表, each with its findings beside its cells.
                                if (sheets.HasEvaluation)
                                {
                                    files.Add((english ? "self-evaluation" : "自评表", Render(folder, name + ".evaluation.html", document, review with { TableKind = TableKind.Evaluation }, report, text)));
                                    files.Add((english ? "self-evaluation (Markdown)" : "自评表 Markdown", Render(folder, name + ".evaluation.md", document, markdown with { TableKind = TableKind.Evaluation }, null, text)));
                                    files.Add((english ? "self-evaluation (Word)" : "自评表 Word", Render(folder, name + ".evaluation.docx", document, docx with { TableKind = TableKind.Evaluation }, null, text)));
                                }

                                if (sheets.HasMonitoring)
                                {
                                    files.Add((english ? "monitoring" : "监控表", Render(folder, name + ".monitoring.html", document, review with { TableKind = TableKind.Monitoring }, report, text)));
                                    files.Add((english ? "monitoring (Markdown)" : "监控表 Markdown", Render(folder, name + ".monitoring.md", document, markdown with { TableKind = TableKind.Monitoring }, null, text)));
                                    files.Add((english ? "monitoring (Word)" : "监控表 Word", Render(folder, name + ".monitoring.docx", document, docx with { TableKind = TableKind.Monitoring }, null, text)));
                                }
                            }
                        }

                        OutputFiles.Write(Path.Combine(folder, name + ".sarif"), stream => ValidationReportWriter.WriteSarif([report], stream, validator), text);
                        files.Add(("SARIF", name + ".sarif"));
                        var row = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                        ReportIndex.WriteRow(row, item.Name, report, files, english, scores);
                        if (report.Document is null)
                        {
                            var first = report.Findings.FirstOrDefault(f => f.Severity == Severity.Error);
                            return new ItemOutcome(item.Name, ItemStatus.Failed, report.ErrorCount, report.WarningCount, report.InfoCount, text.DocumentNotRead(first?.RuleId, first?.Message), State: row.ToString());
                        }

                        var reached = failOn is { } level && report.HighestSeverity >= level;
                        return new ItemOutcome(item.Name, reached ? ItemStatus.Findings : ItemStatus.Ok, report.ErrorCount, report.WarningCount, report.InfoCount, State: row.ToString());
                    };
                },
                outcome =>
                {
                    if (outcome.State is string row)
                    {
                        rows.Write(row);
                    }
                });
        }

        try
        {
            ReportIndex.Write(Path.Combine(folder, "index.html"), rowsPath, summary, english, text);
        }
        finally
        {
            File.Delete(rowsPath);
        }

        return summary.ExitCode;
    }

    /// <summary>Tells whether the document has a monitoring or evaluation block (format 1.1 content).</summary>
    private static bool HasBlocks(TargetDocument document) => document.RequiredSchemaVersion != TargetDocument.TargetsSchemaVersion;

    private static void PrepareFolder(string folder, CliText text)
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
            throw new CliException(text.CannotWriteInto(folder, ex.Message));
        }
    }

    /// <summary>Renders the document straight into the file (text formats as UTF-8) and returns the file's name.</summary>
    private static string Render(string folder, string file, TargetDocument document, RenderOptions options, ValidationReport? report, CliText text)
    {
        OutputFiles.Write(Path.Combine(folder, file), stream => TargetRenderer.Default.Render(document, stream, options, report).GetTextOrThrow(), text);
        return file;
    }

    private static string Write(string folder, string file, byte[] bytes, CliText text)
    {
        OutputFiles.WriteAllBytes(Path.Combine(folder, file), bytes, text);
        return file;
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
