using System.Text;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets rules</c>: lists the rule catalogue.</summary>
internal static class RulesCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "rules",
            text.T("列出规则目录：编号、默认严重程度、类别和标题", "List the rule catalogue: id, default severity, category and title"),
            text.T(
                "docs/rules.md 为每条规则给出一个不通过和一个通过的示例。最后一行是规则集版本。退出码 0。",
                "docs/rules.md describes every rule with a failing and a passing example. The last line gives the rule-set version. Exit code 0."));
        command.SetAction(_ =>
        {
            var validator = TargetValidator.CreateBuilder().UseCulture(context.Language).Build();
            context.Out.Write(List(validator, text));
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The catalogue as a table: id, severity, category, title; columns aligned by display width.</summary>
    internal static string List(TargetValidator validator, CliText text)
    {
        var rules = validator.Rules.ToList();
        var severityWidth = rules.Select(r => HelpWriter.DisplayWidth(text.SeverityName(r.DefaultSeverity))).DefaultIfEmpty(0).Max() + 1;
        var categoryWidth = rules.Select(r => HelpWriter.DisplayWidth(text.Category(r.Category))).DefaultIfEmpty(0).Max() + 1;
        var list = new StringBuilder();
        foreach (var rule in rules)
        {
            list.Append(rule.Id).Append("  ")
                .Append(HelpWriter.Pad(text.SeverityName(rule.DefaultSeverity), Math.Max(8, severityWidth)))
                .Append(HelpWriter.Pad(text.Category(rule.Category), Math.Max(16, categoryWidth)))
                .Append(rule.Title[validator.Culture])
                .Append('\n');
        }

        list.Append(text.RuleSet(validator.RuleSetVersion)).Append('\n');
        return list.ToString();
    }
}
