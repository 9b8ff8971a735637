using PerformanceTargets.Schema;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets schema</c>: prints the JSON Schema of the exchange format.</summary>
internal sealed class SchemaCommand : ICommand
{
    public string Name => "schema";

    public string Summary => "Print the JSON Schema (draft-07) of the exchange format";

    public string Usage => "schema [-o FILE]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("output", "o", "FILE", "Write the schema to FILE instead of standard output"),
    ];

    public (int Min, int Max) Positionals => (0, 0);

    public string Details => "The schema is the one embedded in the library: schema/performance-targets.schema.json.";

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var output = arguments.Value("output");
        if (output is null)
        {
            context.Out.Write(TargetSchema.Text);
        }
        else
        {
            OutputFiles.WriteAllText(output, TargetSchema.Text);
        }

        return CliApp.ExitOk;
    }
}
