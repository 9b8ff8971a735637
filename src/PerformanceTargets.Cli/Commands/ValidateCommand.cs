using System.Globalization;
using System.Text;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets validate</c>: validates exchange files and reports findings as text, JSON or SARIF.</summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "Validate documents: reading and JSON Schema, then the review rules (PT001–PT902)";

    public string Usage => "validate <input>... [--format text|json|sarif] [--culture zh-CN|en] [--framework 2020|2021] [--fail-on error|warning|never]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("format", "f", "FORMAT", "Output format: text (default), json, or sarif (SARIF 2.1.0)", ["text", "json", "sarif"]),
        new("culture", "c", "CULTURE", "Language of messages: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
        new("framework", null, "YEAR", "Indicator framework for documents that name none: 2020 (default) or 2021", ["2020", "2021"]),
        new("fail-on", null, "LEVEL", "Exit 1 when a finding reaches LEVEL: error (default), warning, or never", ["error", "warning", "never"]),
        new("disable", "d", "RULE", "Disable a rule (repeatable), e.g. --disable PT306", Repeatable: true),
        new("full-schema", null, null, "Always run the JSON Schema (NJsonSchema), not only when the fast reader meets a structural error"),
        new("rules", null, null, "List the rules (id, severity, category, title) instead of validating; same as 'perftargets rules'"),
        new("encoding", null, "ENCODING", "Text and CSV inputs: auto (default), utf-8, utf-16 or gb18030", ["auto", "utf-8", "utf-16", "gb18030"]),
        new("layout", null, "LAYOUT", "Inputs that are not JSON: auto (default), text or flat", ["auto", "text", "flat"]),
        new("quiet", "q", null, "No progress or summary on standard error"),
    ];

    public (int Min, int Max) Positionals => (0, -1);

    public string Details => """
        Each <input> is a file, a folder (every .json, .txt, .csv and .xlsx below it), a glob pattern such as
        'data/**/*.json', or '-' for NDJSON on standard input (one exchange document per line). Exchange JSON is read
        (stage 1: encoding, JSON syntax, JSON Schema); text extractions and flat CSV/XLSX tables are imported, their
        diagnostics reported as PT902 and their findings located in the source. Then the review rules run (stage 2);
        docs/rules.md describes each rule with examples.

        Output, on standard output, document by document: text (default); json, one JSON report per line (JSON Lines,
        also the form for NDJSON input); sarif, one SARIF 2.1.0 log for all documents at the end.

        Exit codes: 0 when no finding reaches the --fail-on level, 1 when one does, 2 for a usage error or an input
        that cannot be read (the other inputs are still validated).

        Examples:
          perftargets validate samples/guanting-2024.json
          perftargets validate samples/guanting-2024.txt --culture en
          perftargets validate 'exports/**/*.json' --format sarif > results.sarif
          cat documents.ndjson | perftargets validate - --format json --fail-on never
        """;


    public int Run(ParsedArguments arguments, CliContext context)
    {
        var validator = Build(arguments);
        if (arguments.Flag("rules"))
        {
            context.Out.Write(ListRules(validator));
            return CliApp.ExitOk;
        }

        if (arguments.Positionals.Count == 0)
        {
            throw new CliException($"validate: missing argument. Usage: perftargets {Usage}");
        }

        var format = arguments.Value("format", "text");
        var importOptions = ImportArguments.Options(arguments);
        Severity? failOn = arguments.Value("fail-on", "error") switch
        {
            "warning" => Severity.Warning,
            "never" => null,
            _ => Severity.Error,
        };
        var sarif = new List<ValidationReport>();
        var runner = new BatchRunner(context, arguments.Flag("quiet"), perDocumentLines: false);
        var summary = runner.Run(InputExpander.Expand(arguments.Positionals, context.In), item =>
        {
            var report = item.IsStdin
                ? validator.Validate(item.Content!, item.Name)
                : validator.ValidateFile(item.Path!, importOptions);
            switch (format)
            {
                case "json":
                    ValidationReportWriter.WriteJsonLine(report, context.Out);
                    break;
                case "sarif":
                    sarif.Add(report);
                    break;
                default:
                    ValidationReportWriter.WriteText(report, context.Out, validator.Culture);
                    break;
            }

            var reached = failOn is { } level && report.HighestSeverity >= level;
            return new ItemOutcome(item.Name, reached ? ItemStatus.Findings : ItemStatus.Ok, report.ErrorCount, report.WarningCount, report.InfoCount);
        });

        if (format == "sarif")
        {
            var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            ValidationReportWriter.WriteSarif(sarif, output, validator);
            context.Out.Write(output.ToString());
        }

        return summary.ExitCode;
    }

    private static TargetValidator Build(ParsedArguments arguments)
    {
        var builder = TargetValidator.CreateBuilder()
            .UseCulture(arguments.Value("culture", "zh-CN"))
            .UseFullSchemaReport(arguments.Flag("full-schema"));
        if (arguments.Value("framework") is { } framework && IndicatorFramework.TryGet(framework, out var known))
        {
            builder.UseFramework(known);
        }

        foreach (var rule in arguments.Values("disable"))
        {
            if (!RuleCatalog.TryGet(rule, out _))
            {
                throw new CliException($"validate: '{rule}' is not a rule id; run 'perftargets validate --rules' for the list.");
            }

            if (rule is "PT001" or "PT002" or "PT003" or "PT901" or "PT902")
            {
                throw new CliException($"validate: {rule} reports that a file cannot be read; it cannot be disabled.");
            }

            builder.DisableRule(rule);
        }

        return builder.Build();
    }

    internal static string ListRules(TargetValidator validator)
    {
        var text = new StringBuilder();
        foreach (var rule in validator.Rules)
        {
            text.Append(rule.Id).Append("  ")
                .Append(ValidationReportWriter.Level(rule.DefaultSeverity).PadRight(8))
                .Append(rule.Category.ToString().ToLowerInvariant().PadRight(16))
                .Append(rule.Title[validator.Culture])
                .Append('\n');
        }

        text.Append("rule set ").Append(validator.RuleSetVersion).Append('\n');
        return text.ToString();
    }
}
