using System.CommandLine;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>A command of the tool: a System.CommandLine command with the paragraphs its help ends with.</summary>
internal sealed class CliCommand : Command
{
    public CliCommand(string name, string description, string details)
        : base(name, description) => Details = details;

    /// <summary>Gets what help prints after the options: details, exit codes, examples (already in the chosen language).</summary>
    public string Details { get; }
}
