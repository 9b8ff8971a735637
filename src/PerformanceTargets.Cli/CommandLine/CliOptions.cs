using System.CommandLine;
using System.Globalization;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// Makes the options of the tool: each with its help text in the chosen language, its allowed values checked in the
/// tool's words and offered to tab completion. Options shared by several commands (--encoding, --layout,
/// --framework, --parallel) are made here once.
/// </summary>
internal static class CliOptions
{
    /// <summary>An option that takes one of a few words.</summary>
    public static Option<string> Choice(ParseScope scope, string name, string? alias, string description, string defaultValue, params string[] allowed)
    {
        var option = Aliased<string>(name, alias);
        option.Description = description;
        option.HelpName = string.Join("|", allowed);
        option.DefaultValueFactory = _ => defaultValue;
        option.CompletionSources.Add(allowed);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!allowed.Contains(token.Value, StringComparer.Ordinal))
                {
                    scope.Error(result, scope.Text.NotOneOf(name, token.Value, allowed));
                }
            }
        });
        return option;
    }

    /// <summary>An option that takes one free value, null when absent.</summary>
    public static Option<string?> Value(string name, string? alias, string helpName, string description)
    {
        var option = Aliased<string?>(name, alias);
        option.Description = description;
        option.HelpName = helpName;
        return option;
    }

    /// <summary>An option that may be given several times, one value each time.</summary>
    public static Option<string[]> Many(string name, string? alias, string helpName, string description)
    {
        var option = Aliased<string[]>(name, alias);
        option.Description = description;
        option.HelpName = helpName;
        option.AllowMultipleArgumentsPerToken = false;
        option.DefaultValueFactory = _ => [];
        return option;
    }

    /// <summary>An option without value.</summary>
    public static Option<bool> Flag(string name, string? alias, string description)
    {
        var option = Aliased<bool>(name, alias);
        option.Description = description;
        option.Arity = ArgumentArity.Zero;
        return option;
    }

    public static Option<string> Encoding(ParseScope scope) => Choice(
        scope,
        "--encoding",
        null,
        scope.Text.T("非 JSON 输入（文本、CSV）的编码：auto（默认：字节序标记，否则 UTF-8，否则 GB18030）、utf-8、utf-16 或 gb18030", "Encoding of text and CSV inputs: auto (default: byte order mark, else UTF-8, else GB18030), utf-8, utf-16 or gb18030"),
        "auto",
        "auto",
        "utf-8",
        "utf-16",
        "gb18030");

    public static Option<string> Layout(ParseScope scope) => Choice(
        scope,
        "--layout",
        null,
        scope.Text.T("非 JSON 输入的版式：auto（默认，按内容识别）、text 或 flat", "Layout of inputs that are not JSON: auto (default: detected from the content), text or flat"),
        "auto",
        "auto",
        "text",
        "flat");

    public static Option<string> Framework(ParseScope scope) => Choice(
        scope,
        "--framework",
        null,
        scope.Text.T("未注明指标体系的文档所用的体系：2020（默认）或 2021", "Indicator framework for documents that name none: 2020 (default) or 2021"),
        "2020",
        "2020",
        "2021");

    /// <summary>--parallel N: how many documents are processed at once; the processor count by default.</summary>
    public static Option<int> Parallel(ParseScope scope)
    {
        var option = new Option<int>("--parallel")
        {
            Description = scope.Text.T(
                "同时处理的文档数：默认为处理器数，1 为逐一处理；输出顺序总是输入的顺序",
                "How many documents are processed at once: the processor count by default, 1 for one at a time; output is always in the order of the inputs"),
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= CliText.ParallelLimit)
                {
                    return count;
                }

                scope.Error(result, scope.Text.NotAWorkerCount(text));
                return 1;
            },
        };
        return option;
    }

    private static Option<T> Aliased<T>(string name, string? alias) => alias is null ? new Option<T>(name) : new Option<T>(name, alias);
}
