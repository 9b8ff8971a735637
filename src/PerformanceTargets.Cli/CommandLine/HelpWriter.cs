using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// Writes help in the chosen language from the command tree itself (names, aliases, value names, descriptions), so
/// that what help says and what the parser accepts cannot drift apart.
/// </summary>
internal static class HelpWriter
{
    public static string Write(Command command, CliText text)
    {
        var help = new StringBuilder();
        var usage = text.T("用法：", "Usage: ");
        if (command is RootCommand)
        {
            help.Append("perftargets ").Append(CliApp.Version).Append('\n');
            help.Append(command.Description).Append("\n\n");
            help.Append(usage).Append("perftargets ").Append(text.T("[选项] <命令> [参数]", "[options] <command> [arguments]")).Append("\n\n");
            help.Append(text.T("命令：", "Commands:")).Append('\n');
            Columns(help, command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)).ToList());
            help.Append('\n').Append(text.T("选项：", "Options:")).Append('\n');
            Columns(help, command.Options.Where(o => !o.Hidden).Select(o => (Label(o), o.Description ?? string.Empty)).ToList());
            help.Append('\n').Append(text.T("运行“perftargets <命令> --help”查看命令的参数和选项。", "Run 'perftargets <command> --help' for a command's arguments and options.")).Append('\n');
            help.Append(text.ExitCodes).Append('\n');
            return help.ToString();
        }

        help.Append(usage).Append("perftargets ").Append(command.Name);
        foreach (var argument in command.Arguments)
        {
            help.Append(' ').Append('<').Append(argument.HelpName ?? argument.Name).Append('>');
            if (argument.Arity.MaximumNumberOfValues > 1)
            {
                help.Append("...");
            }
        }

        help.Append(' ').Append(text.T("[选项]", "[options]")).Append("\n\n");
        help.Append(command.Description).Append('\n');
        if (command.Arguments.Count > 0)
        {
            help.Append('\n').Append(text.T("参数：", "Arguments:")).Append('\n');
            Columns(help, command.Arguments.Select(a => ("<" + (a.HelpName ?? a.Name) + ">", a.Description ?? string.Empty)).ToList());
        }

        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive)).Where(o => !o.Hidden).ToList();
        help.Append('\n').Append(text.T("选项：", "Options:")).Append('\n');
        Columns(help, options.Select(o => (Label(o), o.Description ?? string.Empty)).ToList());
        if (command is CliCommand { Details.Length: > 0 } cli)
        {
            help.Append('\n').Append(cli.Details.TrimEnd()).Append('\n');
        }

        return help.ToString();
    }

    /// <summary>The label of an option in help: <c>-f, --format &lt;text|json|sarif&gt;</c>.</summary>
    public static string Label(Option option)
    {
        var names = option.Aliases.Where(a => a.StartsWith('-')).Append(option.Name).Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues > 0 && option is not HelpOption and not VersionOption)
        {
            label += " <" + (option.HelpName ?? option.Name.TrimStart('-')) + ">";
        }

        return label;
    }

    private static void Columns(StringBuilder help, List<(string Left, string Right)> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => DisplayWidth(r.Left)) + 2;
        foreach (var (left, right) in rows)
        {
            help.Append("  ").Append(left).Append(' ', width - DisplayWidth(left)).Append(right).Append('\n');
        }
    }

    /// <summary>The columns a text takes on a terminal: two for each East Asian wide character, one for others.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1;
        }

        return width;
    }

    /// <summary>Pads a text with spaces to a display width.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - DisplayWidth(text)));
}

/// <summary>The action of -h, --help and -?: the help of the command given, in the chosen language, exit code 0.</summary>
internal sealed class HelpWriterAction(CliText text, TextWriter output) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        output.Write(HelpWriter.Write(parseResult.CommandResult.Command, text));
        return CliApp.ExitOk;
    }
}

/// <summary>The action of --version: the version alone, as <c>1.2.3</c>.</summary>
internal sealed class VersionWriterAction(TextWriter output) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(CliApp.Version);
        return CliApp.ExitOk;
    }
}
