namespace PerformanceTargets.Cli;

/// <summary>The positional arguments and options given to a command, checked against what it accepts.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ParsedArguments(ICommand command) => Command = command;

    public ICommand Command { get; }

    public List<string> Positionals { get; } = [];

    public static ParsedArguments Parse(ICommand command, IReadOnlyList<string> args)
    {
        var parsed = new ParsedArguments(command);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            string name;
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg.Substring(2);
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    inline = name.Substring(equals + 1);
                    name = name.Substring(0, equals);
                }
            }
            else
            {
                name = arg.Substring(1);
            }

            var option = command.Options.FirstOrDefault(o => o.Name == name || o.Short == name)
                ?? (name == "verbose" ? new CommandOption("verbose", null, null, "Print details of unexpected errors.") : null)
                ?? throw new CliException($"{command.Name}: unknown option '{arg}'. Run 'perftargets {command.Name} --help' for its options.");
            if (option.IsFlag)
            {
                if (inline is not null)
                {
                    throw new CliException($"{command.Name}: option '--{option.Name}' takes no value.");
                }

                parsed._flags.Add(option.Name);
                continue;
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new CliException($"{command.Name}: option '--{option.Name}' needs a value ({option.ValueName})."));
            if (option.Allowed is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new CliException($"{command.Name}: '{value}' is not a valid value for '--{option.Name}'; use one of: {string.Join(", ", allowed)}.");
            }

            if (!parsed._values.TryGetValue(option.Name, out var list))
            {
                parsed._values[option.Name] = list = [];
            }
            else if (!option.Repeatable)
            {
                throw new CliException($"{command.Name}: option '--{option.Name}' is given more than once.");
            }

            list.Add(value);
        }

        var (min, max) = command.Positionals;
        if (parsed.Positionals.Count < min)
        {
            throw new CliException($"{command.Name}: missing argument. Usage: perftargets {command.Usage}");
        }

        if (max >= 0 && parsed.Positionals.Count > max)
        {
            throw new CliException($"{command.Name}: unexpected argument '{parsed.Positionals[max]}'. Usage: perftargets {command.Usage}");
        }

        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public string Value(string name, string fallback) => Value(name) ?? fallback;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
