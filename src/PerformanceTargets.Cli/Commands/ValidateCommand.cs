using System.Globalization;
using System.Text;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets validate</c>: validates exchange files and reports findings as text, JSON or SARIF.</summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Summary => "Validate documents: JSON Schema, then the review rules (PT001–PT901)";

    public string Usage => "validate <file>... [--format text|json|sarif] [--culture zh-CN|en] [--framework 2020|2021] [--fail-on error|warning|never]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("format", "f", "FORMAT", "Output format: text (default), json, or sarif (SARIF 2.1.0)", ["text", "json", "sarif"]),
        new("culture", "c", "CULTURE", "Language of messages: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
        new("framework", null, "YEAR", "Indicator framework for documents that name none: 2020 (default) or 2021", ["2020", "2021"]),
        new("fail-on", null, "LEVEL", "Exit 1 when a finding reaches LEVEL: error (default), warning, or never", ["error", "warning", "never"]),
        new("disable", "d", "RULE", "Disable a rule (repeatable), e.g. --disable PT306", Repeatable: true),
        new("full-schema", null, null, "Always run the JSON Schema (NJsonSchema), not only when the fast reader meets a structural error"),
        new("rules", null, null, "List the rules (id, severity, category, title) instead of validating"),
    ];

    public (int Min, int Max) Positionals => (0, -1);

    public string Details => """
        Each <file> is a UTF-8 JSON file of the exchange format; '-' reads standard input. Every file is read
        (stage 1: JSON syntax, encoding, JSON Schema) and checked by the review rules (stage 2); docs/rules.md
        describes each rule with examples. Reports go to standard output, one for all files.

        Exit codes: 0 when no finding reaches the --fail-on level, 1 when one does, 2 for a usage error or a file
        that cannot be read (the other files are still validated).

        Examples:
          perftargets validate samples/guanting-2024.json
          perftargets validate *.json --format sarif --culture en > results.sarif
          perftargets validate doc.json --fail-on warning --disable PT306
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

        var reports = new List<ValidationReport>();
        var unreadable = false;
        foreach (var file in arguments.Positionals)
        {
            try
            {
                reports.Add(file == "-"
                    ? validator.ValidateJson(context.In.ReadToEnd(), "-")
                    : validator.ValidateFile(file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"perftargets: cannot read '{file}': {ex.Message}");
                unreadable = true;
            }
        }

        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (arguments.Value("format", "text"))
        {
            case "json":
                ValidationReportWriter.WriteJson(reports, output);
                break;
            case "sarif":
                ValidationReportWriter.WriteSarif(reports, output, validator);
                break;
            default:
                ValidationReportWriter.WriteText(reports, output, validator.Culture);
                break;
        }

        context.Out.Write(output.ToString());
        if (unreadable)
        {
            return CliApp.ExitUsage;
        }

        Severity? failOn = arguments.Value("fail-on", "error") switch
        {
            "warning" => Severity.Warning,
            "never" => null,
            _ => Severity.Error,
        };
        return failOn is { } level && reports.Any(r => r.HighestSeverity >= level) ? CliApp.ExitFindings : CliApp.ExitOk;
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

            if (rule is "PT001" or "PT002" or "PT003" or "PT901")
            {
                throw new CliException($"validate: {rule} reports that a file cannot be read; it cannot be disabled.");
            }

            builder.DisableRule(rule);
        }

        return builder.Build();
    }

    private static string ListRules(TargetValidator validator)
    {
        var text = new StringBuilder();
        foreach (var rule in validator.Rules)
        {
            text.Append(rule.Id).Append("  ")
                .Append(ValidationReportWriter.Level(rule.DefaultSeverity).PadRight(8))
                .Append(rule.Category.ToString().ToLowerInvariant().PadRight(16))
                .Append(rule.GetTitle(validator.Culture))
                .Append('\n');
        }

        text.Append("rule set ").Append(validator.RuleSetVersion).Append('\n');
        return text.ToString();
    }
}
