using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets rules</c>: lists the rule catalogue.</summary>
internal sealed class RulesCommand : ICommand
{
    public string Name => "rules";

    public string Summary => "List the rule catalogue: id, default severity, category and title";

    public string Usage => "rules [--culture zh-CN|en]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("culture", "c", "CULTURE", "Language of the titles: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
    ];

    public (int Min, int Max) Positionals => (0, 0);

    public string Details => "docs/rules.md describes every rule with a failing and a passing example. The last line gives the rule-set version.";

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var validator = TargetValidator.CreateBuilder().UseCulture(arguments.Value("culture", "zh-CN")).Build();
        context.Out.Write(ValidateCommand.ListRules(validator));
        return CliApp.ExitOk;
    }
}
