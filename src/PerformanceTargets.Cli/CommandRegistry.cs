namespace PerformanceTargets.Cli;

/// <summary>The commands of the program, in help order. Each command lives in its own file under Commands/.</summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new Commands.ImportCommand(),
        new Commands.ValidateCommand(),
        new Commands.RenderCommand(),
        new Commands.ReportCommand(),
        new Commands.NormalizeCommand(),
        new Commands.RulesCommand(),
        new Commands.SchemaCommand(),
    ];
}
