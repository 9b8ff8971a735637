using System.Text;

namespace PerformanceTargets.Cli;

/// <summary>Help texts, built from the commands' own descriptions.</summary>
internal static class Help
{
    public static string Overview(IReadOnlyList<ICommand> commands)
    {
        var text = new StringBuilder();
        text.Append("perftargets ").Append(CliApp.Version).Append('\n');
        text.Append("Budget performance target tables (预算绩效目标表): import, validate, render, report.\n\n");
        text.Append("Usage: perftargets <command> [arguments] [options]\n\n");
        text.Append("Commands:\n");
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width)).Append(command.Summary).Append('\n');
        }

        text.Append("\nOptions:\n");
        text.Append("  --help, -h     Show help (also: perftargets <command> --help)\n");
        text.Append("  --version      Show the version\n");
        text.Append("  --verbose      Print details of unexpected errors\n");
        text.Append("\nExit codes: 0 success, 1 findings at or above the fail-on level, 2 usage or I/O error.\n");
        return text.ToString();
    }

    public static string ForCommand(ICommand command)
    {
        var text = new StringBuilder();
        text.Append("Usage: perftargets ").Append(command.Usage).Append("\n\n");
        text.Append(command.Summary).Append('\n');
        if (command.Options.Count > 0)
        {
            text.Append("\nOptions:\n");
            var labels = command.Options.Select(Label).ToList();
            var width = labels.Max(l => l.Length) + 2;
            for (var i = 0; i < command.Options.Count; i++)
            {
                text.Append("  ").Append(labels[i].PadRight(width)).Append(command.Options[i].Description).Append('\n');
            }
        }

        if (command.Details.Length > 0)
        {
            text.Append('\n').Append(command.Details.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static string Label(CommandOption option)
    {
        var label = "--" + option.Name;
        if (option.Short is not null)
        {
            label = "-" + option.Short + ", " + label;
        }

        if (option.Allowed is { } allowed)
        {
            label += " " + string.Join("|", allowed);
        }
        else if (option.ValueName is not null)
        {
            label += " " + option.ValueName;
        }

        return label;
    }
}
