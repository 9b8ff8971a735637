using System.Text;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Import;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets merge</c>: merges actuals (a self-evaluation or monitoring table) into a target document.</summary>
internal static class MergeCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "merge",
            text.T("把实际值（自评表或监控表）合并进目标文档，得到格式 1.1 的文档", "Merge actuals (a self-evaluation or monitoring table) into a target document, giving a format 1.1 document"),
            text.T(
                """
                <targets> 是目标文档（交换 JSON，或 perftargets import 能读的任何文件）；<actuals> 是实际值：平铺的自评表或监控表
                （CSV 或 XLSX，列名见 docs/import.md：年度指标值、实际完成值、分值、得分、偏差原因分析及改进措施、1-7月执行情况、
                全年预计完成情况、完成目标可能性……），或带 evaluation/monitoring 块的交换 JSON。实际值中的每个项目按项目编码、
                否则按项目名称匹配，每行按三级指标名称（名称重复时再按二级指标）匹配。指标和指标值保持不变，只加上自评和监控块。

                未能匹配的项目或行都会在标准错误上报告（PTI301、PTI302、PTI303），并给出它在实际值文件中的位置；不会悄悄丢弃。

                退出码：0 每行都已合并；1 已写出，但有行未合并；2 用法错误或无法读取的输入。

                示例：
                  perftargets merge samples/guanting-2024.json actuals.csv -o evaluated.json
                """,
                """
                <targets> is the target document (exchange JSON, or anything 'perftargets import' reads); <actuals> holds the
                actuals: a flat self-evaluation or monitoring table (CSV or XLSX, columns as in docs/import.md: 年度指标值,
                实际完成值, 分值, 得分, 偏差原因分析及改进措施, 1-7月执行情况, 全年预计完成情况, 完成目标可能性 …), or exchange JSON
                with evaluation/monitoring blocks. Each project of the actuals is matched by its code, else its name, and each row
                by its indicator name (三级指标; then 二级指标 when names repeat). Indicators and targets are left as they are:
                only the self-evaluation and monitoring blocks are added.

                Every project or row that matches nothing is reported on standard error (PTI301, PTI302, PTI303) with its place
                in the actuals file; nothing is dropped silently.

                Exit codes: 0 every row merged; 1 written, but some rows were not merged; 2 usage error or unreadable input.

                Example:
                  perftargets merge samples/guanting-2024.json actuals.csv -o evaluated.json
                """));
        var targets = new System.CommandLine.Argument<string>("targets") { Description = text.T("目标文档", "The target document") };
        var actuals = new System.CommandLine.Argument<string>("actuals") { Description = text.T("实际值：自评表或监控表（CSV、XLSX），或交换 JSON", "The actuals: a self-evaluation or monitoring table (CSV, XLSX), or exchange JSON") };
        var output = CliOptions.Value("--output", "-o", "FILE", text.T("把合并后的 JSON 写入 FILE（默认标准输出）", "Write the merged JSON to FILE (default: standard output)"));
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        command.Arguments.Add(targets);
        command.Arguments.Add(actuals);
        command.Options.Add(output);
        command.Options.Add(encoding);
        command.Options.Add(layout);
        command.SetAction(parse => Run(
            context,
            parse.GetValue(targets)!,
            parse.GetValue(actuals)!,
            parse.GetValue(output),
            ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!)));
        return command;
    }

    private static int Run(CliContext context, string targetsPath, string actualsPath, string? output, ImportOptions importOptions)
    {
        var text = context.Text;
        var language = context.Language;
        var targets = DocumentInputs.LoadOrThrow(targetsPath, context, importOptions);
        DocumentInputs.EnsureReadable(actualsPath, text);
        var bytes = File.ReadAllBytes(actualsPath);
        MergeResult result;
        if (DocumentInputs.IsJson(actualsPath, bytes))
        {
            var actuals = DocumentInputs.LoadOrThrow(actualsPath, context, importOptions);
            result = TargetMerger.Merge(targets, actuals);
        }
        else
        {
            result = TargetMerger.Merge(targets, TargetImporter.Import(bytes, importOptions with { FileName = actualsPath }));
        }

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            context.Error.WriteLine(TerminalText.Excerpt(diagnostic.Format(language), 300));
        }

        if (result.Document is not { } document)
        {
            throw new CliException(text.CouldNotBeImported(actualsPath, result.Diagnostics.Count(d => d.Severity == Severity.Error)));
        }

        var json = OutputFiles.Json(document, text);
        OutputFiles.EnsureReadable(json, text);
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
        }
        else
        {
            OutputFiles.WriteAllBytes(output, json, text);
        }

        context.Error.WriteLine(text.T(
            "perftargets: 已合并 " + result.MergedRows + " 行实际值，" + result.UnmatchedRows + " 行未合并。",
            "perftargets: merged " + result.MergedRows + " row(s) of actuals; " + result.UnmatchedRows + " row(s) not merged."));
        return result.UnmatchedRows > 0 ? CliApp.ExitFindings : CliApp.ExitOk;
    }
}
