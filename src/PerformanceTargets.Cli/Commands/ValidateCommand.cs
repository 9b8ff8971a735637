using System.CommandLine;
using System.Globalization;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Import;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets validate</c>: validates documents and reports findings as text, JSON or SARIF.</summary>
internal static class ValidateCommand
{

    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "validate",
            text.T("校验文档：读取与 JSON Schema，然后是审核规则（PT001–PT902）", "Validate documents: reading and JSON Schema, then the review rules (PT001–PT902)"),
            text.T(
                """
                每个 <input> 是文件、文件夹（其下所有 .json、.txt、.csv、.xlsx 和 .docx，符号链接指向的文件夹只走一次）、通配模式
                （如 'data/**/*.json'），或 -（标准输入上的 NDJSON，每行一个交换文档）。交换 JSON 先读取（第 1 阶段：编码、
                JSON 语法、JSON Schema）；文本提取和平铺 CSV/XLSX 表先导入，其诊断报告为 PT902，问题定位到源文件。然后运行
                审核规则（第 2 阶段）；docs/rules.md 为每条规则给出示例。

                输出到标准输出，按输入的顺序逐个文档：text（默认）；json，每个文档一行 JSON 报告（JSON Lines，NDJSON 输入也用
                这种形式）；sarif，最后为所有文档写一个 SARIF 2.1.0 日志。--parallel 个文档同时校验。

                退出码：0 没有问题达到 --fail-on 级别；1 有问题达到；2 用法错误，或有输入无法读取（其余输入照常校验）。

                示例：
                  perftargets validate samples/guanting-2024.json
                  perftargets validate samples/guanting-2024.txt --culture en
                  perftargets validate 'exports/**/*.json' --format sarif > results.sarif
                  cat documents.ndjson | perftargets validate - --format json --fail-on never
                """,
                """
                Each <input> is a file, a folder (every .json, .txt, .csv, .xlsx and .docx below it; a folder reached through
                symbolic links is walked once), a glob pattern such as 'data/**/*.json', or '-' for NDJSON on standard input
                (one exchange document per line). Exchange JSON is read (stage 1: encoding, JSON syntax, JSON Schema); text
                extractions and flat CSV/XLSX tables are imported, their diagnostics reported as PT902 and their findings
                located in the source. Then the review rules run (stage 2); docs/rules.md describes each rule with examples.

                Output, on standard output, document by document in the order of the inputs: text (default); json, one JSON
                report per line (JSON Lines, also the form for NDJSON input); sarif, one SARIF 2.1.0 log for all documents at
                the end. --parallel documents are validated at once.

                Exit codes: 0 when no finding reaches the --fail-on level, 1 when one does, 2 for a usage error or an input
                that cannot be read (the other inputs are still validated).

                Examples:
                  perftargets validate samples/guanting-2024.json
                  perftargets validate samples/guanting-2024.txt --culture en
                  perftargets validate 'exports/**/*.json' --format sarif > results.sarif
                  cat documents.ndjson | perftargets validate - --format json --fail-on never
                """));
        var inputs = new Argument<string[]>("input")
        {
            Description = text.T("文件、文件夹、通配模式，或 -（标准输入上的 NDJSON）", "Files, folders, glob patterns, or - for NDJSON on standard input"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = CliOptions.Choice(scope, "--format", "-f", text.T("输出格式：text（默认）、json 或 sarif（SARIF 2.1.0）", "Output format: text (default), json, or sarif (SARIF 2.1.0)"), "text", "text", "json", "sarif");
        var framework = CliOptions.Framework(scope);
        var failOn = CliOptions.Choice(scope, "--fail-on", null, text.T("有问题达到该级别时退出码为 1：error（默认）、warning 或 never", "Exit 1 when a finding reaches LEVEL: error (default), warning, or never"), "error", "error", "warning", "never");
        var disable = CliOptions.Many("--disable", "-d", "RULE", text.T("停用一条规则（可重复），如 --disable PT306", "Disable a rule (repeatable), e.g. --disable PT306"));
        disable.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!RuleCatalog.TryGet(token.Value, out _))
                {
                    scope.Error(result, text.NotARule(token.Value));
                }
                else if (RuleCatalog.IsReadStage(token.Value))
                {
                    scope.Error(result, text.CannotDisable(token.Value));
                }
            }
        });
        var fullSchema = CliOptions.Flag("--full-schema", null, text.T("总是运行 JSON Schema（NJsonSchema），而不只在快速读取器遇到结构错误时", "Always run the JSON Schema (NJsonSchema), not only when the fast reader meets a structural error"));
        var rules = CliOptions.Flag("--rules", null, text.T("列出规则（编号、严重程度、类别、标题）而不校验；同 perftargets rules", "List the rules (id, severity, category, title) instead of validating; same as 'perftargets rules'"));
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        var quiet = CliOptions.Flag("--quiet", "-q", text.T("标准错误上不显示进度和小结", "No progress or summary on standard error"));
        var parallel = CliOptions.Parallel(scope);
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { format, framework, failOn, disable, fullSchema, rules, encoding, layout, quiet, parallel })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var builder = TargetValidator.CreateBuilder().UseCulture(context.Language).UseFullSchemaReport(parse.GetValue(fullSchema));
            if (parse.GetResult(framework) is { Implicit: false } && IndicatorFramework.TryGet(parse.GetValue(framework)!, out var known))
            {
                builder.UseFramework(known);
            }

            foreach (var rule in parse.GetValue(disable) ?? [])
            {
                builder.DisableRule(rule);
            }

            var validator = builder.Build();
            if (parse.GetValue(rules))
            {
                context.Out.Write(RulesCommand.List(validator, text));
                return CliApp.ExitOk;
            }

            var given = parse.GetValue(inputs) ?? [];
            if (given.Length == 0)
            {
                throw new CliException(text.Join(text.ValidateNeedsInput, text.SeeHelp("perftargets validate")));
            }

            Severity? level = parse.GetValue(failOn) switch
            {
                "warning" => Severity.Warning,
                "never" => null,
                _ => Severity.Error,
            };
            return Run(context, validator, given, parse.GetValue(format)!, level, ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!), parse.GetValue(quiet), parse.GetValue(parallel));
        });
        return command;
    }

    private static int Run(CliContext context, TargetValidator validator, string[] inputs, string format, Severity? failOn, ImportOptions importOptions, bool quiet, int workers)
    {
        var sarif = new List<ValidationReport>();
        var runner = new BatchRunner(context, quiet, perDocumentLines: false, workers);
        var summary = runner.Run(
            InputExpander.Expand(inputs, context.In, context.Text),
            item => () =>
            {
                var report = item.IsStdin
                    ? validator.Validate(item.Content!, item.Name)
                    : validator.ValidateFile(item.Path!, importOptions);
                string? output = null;
                object? state = null;
                switch (format)
                {
                    case "json":
                        var json = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                        ValidationReportWriter.WriteJsonLine(report, json);
                        output = json.ToString();
                        break;
                    case "sarif":
                        // Only the findings are kept for the log written at the end, not the document.
                        state = new ValidationReport(report.Findings, null, report.FileName, report.RuleSetVersion);
                        break;
                    default:
                        var lines = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                        ValidationReportWriter.WriteText(report, lines, validator.Culture);
                        output = lines.ToString();
                        break;
                }

                var reached = failOn is { } level && report.HighestSeverity >= level;
                return new ItemOutcome(item.Name, reached ? ItemStatus.Findings : ItemStatus.Ok, report.ErrorCount, report.WarningCount, report.InfoCount, Output: output, State: state);
            },
            outcome =>
            {
                if (outcome.Output is not null)
                {
                    context.Out.Write(outcome.Output);
                }

                if (outcome.State is ValidationReport report)
                {
                    sarif.Add(report);
                }
            });

        if (format == "sarif")
        {
            // Written as it is made: a log of a hundred thousand findings is never held whole.
            ValidationReportWriter.WriteSarif(sarif, context.Out, validator);
        }

        return summary.ExitCode;
    }
}
