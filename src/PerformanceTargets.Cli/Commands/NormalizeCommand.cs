using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Normalization;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets normalize</c>: adds <c>targetValue</c> everywhere and, with <c>--fix</c>, repairs the safe findings.</summary>
internal sealed class NormalizeCommand : ICommand
{
    public string Name => "normalize";

    public string Summary => "Add targetValue to every indicator; with --fix also repair PT302 spellings and PT306 spaces";

    public string Usage => "normalize <file> [--fix] [-o FILE]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("fix", null, null, "Also repair the safe findings: PT302 non-standard spellings (百分比 → %, 万 → 万元, >= → ≥, ＞ → >) and PT306 surrounding spaces"),
        new("output", "o", "FILE", "Write the normalised JSON to FILE (default: standard output); FILE may be the input itself"),
        new("quiet", "q", null, "Do not list the changes"),
    ];

    public (int Min, int Max) Positionals => (1, 1);

    public string Details => """
        Reads an exchange JSON file (or anything 'perftargets import' reads) and writes it back normalised. Every
        change is listed, one per line: JSON Pointer, reason (targetValue, PT302, PT306), before → after. The list goes
        to standard error when the JSON goes to standard output, else to standard output.
        Exit codes: 0 written, 2 the input could not be read or the output not written.
        """;

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var input = arguments.Positionals[0];
        var document = DocumentInputs.LoadOrThrow(input, context);
        var options = arguments.Flag("fix") ? NormalizeOptions.Fix : NormalizeOptions.Default;
        var result = TargetNormalizer.Normalize(document, options);
        var output = arguments.Value("output");
        var json = TargetJson.Write(result.Document);
        TextWriter changes;
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
            changes = context.Error;
        }
        else
        {
            OutputFiles.WriteAllBytes(output, json);
            changes = context.Out;
        }

        if (!arguments.Flag("quiet"))
        {
            foreach (var change in result.Changes)
            {
                changes.WriteLine($"{change.Pointer}\t{change.Reason}\t{change.Before ?? "(none)"} → {change.After}");
            }

            changes.WriteLine($"{result.Changes.Length} change(s).");
        }

        return CliApp.ExitOk;
    }
}
