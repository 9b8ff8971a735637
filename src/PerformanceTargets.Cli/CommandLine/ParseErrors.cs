using System.CommandLine;
using System.CommandLine.Parsing;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// Turns the errors of a parse into lines in the tool's words and language, with suggestions for typos. System.CommandLine
/// words its built-in errors with resources chosen by the UI culture, which this tool (invariant globalization) does not
/// have; the tool words them itself, from the structure of each error rather than from its English text.
/// </summary>
internal static class ParseErrors
{
    /// <summary>Gets the messages for the errors of a parse, in order; none when the command line is good.</summary>
    public static List<string> Describe(ParseResult result, ParseScope scope)
    {
        var text = scope.Text;
        var lines = new List<string>();
        var unmatched = new Queue<string>(result.UnmatchedTokens);
        foreach (var error in result.Errors)
        {
            if (scope.IsOwn(error.Message))
            {
                lines.Add(error.Message);
                continue;
            }

            switch (error.SymbolResult)
            {
                case OptionResult { Option: VersionOption }:
                    lines.Add(text.VersionAlone);
                    break;
                case OptionResult option when option.Tokens.Count == 0:
                    lines.Add(text.OptionNeedsValue(option.IdentifierToken?.Value ?? option.Option.Name));
                    break;
                case OptionResult option when option.Tokens.Count > 1 || option.IdentifierTokenCount > 1:
                    lines.Add(text.OptionGivenTwice(option.IdentifierToken?.Value ?? option.Option.Name));
                    break;
                case ArgumentResult argument when argument.Tokens.Count == 0:
                    lines.Add(text.MissingArgument(CommandOf(argument)?.Name ?? "perftargets", argument.Argument.HelpName ?? argument.Argument.Name));
                    break;
                case CommandResult command when unmatched.Count > 0:
                    lines.Add(Unknown(unmatched.Dequeue(), command.Command, text));
                    break;
                default:
                    lines.Add(TerminalText.Excerpt(error.Message, 200));
                    break;
            }
        }

        foreach (var token in unmatched)
        {
            lines.Add(Unknown(token, result.CommandResult.Command, text));
        }

        // A word that looks like an option but was taken as an input (an unknown option of a command whose inputs
        // take any word) is an error, unless it comes after "--".
        var afterDoubleDash = false;
        var taken = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                afterDoubleDash = true;
            }
            else if (!afterDoubleDash && token.Value.Length > 1 && token.Value[0] == '-' && taken.Contains(token))
            {
                lines.Add(Unknown(token.Value, result.CommandResult.Command, text));
            }
        }

        if (lines.Count > 0)
        {
            var command = result.CommandResult.Command is RootCommand ? "perftargets" : "perftargets " + result.CommandResult.Command.Name;
            lines[^1] = text.Join(lines[^1], text.SeeHelp(command));
        }

        return lines;
    }

    private static Command? CommandOf(SymbolResult result)
    {
        for (var current = result.Parent; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                return command.Command;
            }
        }

        return null;
    }

    private static string Unknown(string token, Command command, CliText text)
    {
        var isOption = token.StartsWith('-');
        var line = isOption ? text.UnknownOption(token) : text.UnknownCommandOrArgument(token);
        var suggestions = Suggest(token, isOption ? OptionNames(command) : command.Subcommands.Select(c => c.Name)).ToList();
        return suggestions.Count == 0 ? line : text.Join(line, text.DidYouMean(suggestions));
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
            .Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Append(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal));

    /// <summary>The names closest to a mistyped word: within a few edits, or starting with it; at most three.</summary>
    public static IEnumerable<string> Suggest(string token, IEnumerable<string> candidates)
    {
        var word = token.Split('=', ':')[0];
        if (word.Length > 64)
        {
            return [];
        }

        var limit = Math.Max(1, Math.Min(3, word.TrimStart('-').Length / 3));
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: c.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2 ? 0 : Distance(word, c)))
            .Where(c => c.Distance <= limit && c.Name != word)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name);
    }

    /// <summary>The Damerau–Levenshtein distance (with adjacent transpositions) between two words.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
