using System.CommandLine.Parsing;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// What one parse of the command line shares: the language, and the errors that the tool's own validators reported
/// (already in its words), told apart from System.CommandLine's built-in ones, which <see cref="ParseErrors"/> rewords.
/// </summary>
internal sealed class ParseScope
{
    private readonly HashSet<string> _own = new(StringComparer.Ordinal);

    public ParseScope(CliText text) => Text = text;

    public CliText Text { get; }

    /// <summary>Reports an error in the tool's words on a symbol.</summary>
    public void Error(SymbolResult result, string message)
    {
        _own.Add(message);
        result.AddError(message);
    }

    /// <summary>Remembers a message reported elsewhere (the response-file reader) as the tool's own.</summary>
    public string Own(string message)
    {
        _own.Add(message);
        return message;
    }

    public bool IsOwn(string message) => _own.Contains(message);
}
