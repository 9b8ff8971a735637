using System.CommandLine;
using System.Globalization;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Cli.Output;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets score</c>: the self-evaluation scores and the monitoring lights of documents (format 1.1), as text or JSON.</summary>
internal static class ScoreCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "score",
            text.T("计算自评得分和监控灯：执行率、每个指标的完成率和得分、总分、等级、红黄绿灯", "Compute self-evaluation scores and monitoring lights: execution rate, each indicator's completion and score, total, grade, light"),
            text.T(
                """
                按 docs/lifecycle.md 的公式为每个文件（交换 JSON，或 perftargets import 能读的任何文件）计算库自己的数字：
                每个项目的预算执行率和执行得分、每个年度指标的完成率、公式得分和计入总分的得分、总分、评价等级（优/良/中/差），
                有监控数据时还有红黄绿灯。文档中填报的数字保持原样，不参与计算；它们与计算结果不符时由 perftargets validate
                报告（PT609 等）。没有 evaluation 或 monitoring 块的项目只列出名称。

                输出到标准输出，按文件的顺序：text（默认），可读的文字，灯同时用符号和文字表示（● 绿灯、▲ 黄灯、■ 红灯、? 无法判断）；
                json，每个文件一行 JSON：
                  {"projects":[{"sequence","code","name","executionRate","executionScore",
                    "indicators":[{"index","completion","formulaScore","score"}],"totalScore","grade","light"}]}
                数字用不变区域性写出，精确到两位小数且不带尾随零；没有的数字为 null（text 格式说明原因）；index 是指标在
                indicators 中从 0 开始的位置；light 只在项目有监控数据时出现：green、yellow、red 或 unknown。

                退出码：0 全部计算完成；2 用法错误，或有文件无法读取（其余文件照常计算）。

                示例：
                  perftargets score samples/guanting-2024-evaluation.json
                  perftargets score samples/guanting-2024-monitoring.json --format json
                """,
                """
                Computes the library's own figures for each file (exchange JSON, or anything 'perftargets import' reads), with
                the formulas of docs/lifecycle.md: per project the budget execution rate and score, per annual indicator the
                completion, the formula score and the score counted in the total, the total and the grade (优/良/中/差), and
                the light when there is monitoring data. The figures the document reports are kept as written and not used;
                'perftargets validate' reports where they disagree (PT609 and others). A project without an evaluation or
                monitoring block is listed by its name only.

                Output, on standard output, in the order of the files: text (default), readable lines, each light shown by a
                symbol and a word (● green, ▲ yellow, ■ red, ? unknown); json, one line of JSON per file:
                  {"projects":[{"sequence","code","name","executionRate","executionScore",
                    "indicators":[{"index","completion","formulaScore","score"}],"totalScore","grade","light"}]}
                Numbers are written in the invariant culture, to 2 decimals and without trailing zeros; a figure there is none
                of is null (the text format says why); index is the indicator's zero-based position in 'indicators'; light
                appears only when the project has monitoring data: green, yellow, red or unknown.

                Exit codes: 0 every file scored; 2 usage error, or a file that could not be read (the others are still scored).

                Examples:
                  perftargets score samples/guanting-2024-evaluation.json
                  perftargets score samples/guanting-2024-monitoring.json --format json
                """));
        var files = new Argument<string[]>("file")
        {
            Description = text.T("要计算的文档；- 表示标准输入", "The documents to score; - reads standard input"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CliOptions.Choice(scope, "--format", "-f", text.T("输出格式：text（默认）或 json", "Output format: text (default) or json"), "text", "text", "json");
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(encoding);
        command.Options.Add(layout);
        command.SetAction(parse =>
        {
            var given = parse.GetValue(files) ?? [];
            if (given.Length == 0)
            {
                context.Out.Write(HelpWriter.Write(command, text));
                return CliApp.ExitUsage;
            }

            var importOptions = ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!);
            var json = parse.GetValue(format) == "json";
            var exit = CliApp.ExitOk;
            foreach (var file in given)
            {
                try
                {
                    var document = DocumentInputs.LoadOrThrow(file, context, importOptions);
                    var scores = TargetScorer.Default.Score(document);
                    if (json)
                    {
                        context.Out.Write(ScoreOutput.Json(scores, file == "-" ? null : file));
                    }
                    else
                    {
                        var lines = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                        ScoreOutput.Text(scores, file == "-" ? "<stdin>" : file, lines, text);
                        context.Out.Write(lines.ToString());
                    }
                }
                catch (CliException ex)
                {
                    context.Error.WriteLine("perftargets: " + ex.Message);
                    exit = CliApp.ExitUsage;
                }
            }

            return exit;
        });
        return command;
    }
}
