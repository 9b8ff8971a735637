namespace PerformanceTargets.Cli;

/// <summary>One option of a command.</summary>
/// <param name="Name">The long name without dashes, such as <c>format</c>.</param>
/// <param name="Short">The one-letter alias without dash, or null.</param>
/// <param name="ValueName">The value placeholder for help (<c>FILE</c>); null for a flag.</param>
/// <param name="Description">One line of help.</param>
/// <param name="Allowed">The allowed values, or null for any.</param>
/// <param name="Repeatable">Whether the option may be given more than once.</param>
internal sealed record CommandOption(string Name, string? Short, string? ValueName, string Description, IReadOnlyList<string>? Allowed = null, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;
}

/// <summary>A command of the <c>perftargets</c> program.</summary>
internal interface ICommand
{
    /// <summary>Gets the command name, such as <c>validate</c>.</summary>
    string Name { get; }

    /// <summary>Gets one line for the command list.</summary>
    string Summary { get; }

    /// <summary>Gets the usage line after the program name, such as <c>validate &lt;file&gt;... [options]</c>.</summary>
    string Usage { get; }

    /// <summary>Gets the options the command accepts.</summary>
    IReadOnlyList<CommandOption> Options { get; }

    /// <summary>Gets the fewest and most positional arguments (max -1 for any number).</summary>
    (int Min, int Max) Positionals { get; }

    /// <summary>Gets extra help text: details, exit codes, examples.</summary>
    string Details { get; }

    /// <summary>Runs the command and returns the exit code.</summary>
    int Run(ParsedArguments arguments, CliContext context);
}
