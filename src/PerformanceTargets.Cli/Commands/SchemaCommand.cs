using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Schema;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets schema</c>: prints the JSON Schema of the exchange format.</summary>
internal static class SchemaCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "schema",
            text.T("打印交换格式的 JSON Schema（draft-07）", "Print the JSON Schema (draft-07) of the exchange format"),
            text.T(
                "即类库内嵌的 schema/performance-targets.schema.json。退出码：0 已写出；2 无法写出。",
                "The schema is the one embedded in the library: schema/performance-targets.schema.json. Exit codes: 0 written; 2 the output could not be written."));
        var output = CliOptions.Value("--output", "-o", "FILE", text.T("把 schema 写入 FILE，而不是标准输出", "Write the schema to FILE instead of standard output"));
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            if (parse.GetValue(output) is { } path)
            {
                OutputFiles.WriteAllText(path, TargetSchema.Text, text);
            }
            else
            {
                context.Out.Write(TargetSchema.Text);
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
