using System.Text;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Normalization;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets normalize</c>: adds <c>targetValue</c> everywhere and, with <c>--fix</c>, repairs the safe findings.</summary>
internal static class NormalizeCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "normalize",
            text.T("为每个指标补上 targetValue；加 --fix 时还修复 PT302 写法和 PT306 空格", "Add targetValue to every indicator; with --fix also repair PT302 spellings and PT306 spaces"),
            text.T(
                """
                读取交换 JSON（或 perftargets import 能读的任何文件），写回规范化的 JSON。每处改动占一行：JSON Pointer、
                原因（targetValue、PT302、PT306）、改前 → 改后。JSON 写到标准输出时，改动列表写到标准错误，否则写到标准输出。
                要写出的 JSON 若超过读取上限（本工具随后会拒绝读取它），则不写出任何内容，退出码 2。
                退出码：0 已写出；2 无法读取输入或无法写出。
                """,
                """
                Reads an exchange JSON file (or anything 'perftargets import' reads) and writes it back normalised. Every
                change is listed, one per line: JSON Pointer, reason (targetValue, PT302, PT306), before → after. The list goes
                to standard error when the JSON goes to standard output, else to standard output. JSON over the reading
                limits (which the tool would then refuse) is not written at all: exit code 2.
                Exit codes: 0 written; 2 the input could not be read or the output not written.
                """));
        var file = new System.CommandLine.Argument<string>("file") { Description = text.T("文档；- 表示标准输入", "The document; - reads standard input") };
        var fix = CliOptions.Flag("--fix", null, text.T("同时修复安全的问题：PT302 不规范写法（百分比 → %、万 → 万元、>= → ≥、＞ → >）和 PT306 首尾空格", "Also repair the safe findings: PT302 non-standard spellings (百分比 → %, 万 → 万元, >= → ≥, ＞ → >) and PT306 surrounding spaces"));
        var output = CliOptions.Value("--output", "-o", "FILE", text.T("把规范化的 JSON 写入 FILE（默认标准输出）；FILE 可以就是输入文件", "Write the normalised JSON to FILE (default: standard output); FILE may be the input itself"));
        var quiet = CliOptions.Flag("--quiet", "-q", text.T("不列出改动", "Do not list the changes"));
        command.Arguments.Add(file);
        command.Options.Add(fix);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(fix), parse.GetValue(output), parse.GetValue(quiet)));
        return command;
    }

    private static int Run(CliContext context, string input, bool fix, string? output, bool quiet)
    {
        var text = context.Text;
        var document = DocumentInputs.LoadOrThrow(input, context);
        var result = TargetNormalizer.Normalize(document, fix ? NormalizeOptions.Fix : NormalizeOptions.Default);
        var json = OutputFiles.Json(result.Document, text);
        OutputFiles.EnsureReadable(json, text);
        TextWriter changes;
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
            changes = context.Error;
        }
        else
        {
            OutputFiles.WriteAllBytes(output, json, text);
            changes = context.Out;
        }

        if (!quiet)
        {
            foreach (var change in result.Changes)
            {
                changes.WriteLine(string.Join(
                    '\t',
                    TerminalText.Escape(change.Pointer),
                    TerminalText.Escape(change.Reason),
                    (change.Before is null ? text.None : TerminalText.Escape(change.Before)) + " → " + TerminalText.Escape(change.After)));
            }

            changes.WriteLine(text.Changes(result.Changes.Length));
        }

        return CliApp.ExitOk;
    }
}
