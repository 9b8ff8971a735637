using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using PerformanceTargets.Cli.Commands;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// The command tree of the tool in one language: the root with its global options (-c/--culture, --verbose,
/// -h/--help/-?, --version) and every command, in the order help lists them. Built for each run, because help
/// texts and the actions' output writers belong to the run.
/// </summary>
internal sealed class CommandTree
{
    private CommandTree(RootCommand root, Option<string> culture, Option<bool> verbose)
    {
        Root = root;
        Culture = culture;
        Verbose = verbose;
    }

    public RootCommand Root { get; }

    /// <summary>Gets -c, --culture: zh-CN (default) or en; on the root, recursive, so it goes anywhere on the line.</summary>
    public Option<string> Culture { get; }

    /// <summary>Gets --verbose: details of unexpected errors.</summary>
    public Option<bool> Verbose { get; }

    public static CommandTree Build(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var root = new RootCommand(text.Tagline);
        var culture = new Option<string>("--culture", "-c")
        {
            Description = text.T("消息、帮助和标签的语言：zh-CN（默认）或 en", "Language of messages, help and labels: zh-CN (default) or en"),
            HelpName = "zh-CN|en",
            Recursive = true,
            DefaultValueFactory = _ => "zh-CN",
        };
        culture.CompletionSources.Add("zh-CN", "en");
        culture.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!Languages.TryParse(token.Value, out _))
                {
                    scope.Error(result, text.NotACulture(token.Value));
                }
            }
        });
        var verbose = CliOptions.Flag("--verbose", null, text.T("出现意外错误时打印详情", "Print the details of unexpected errors"));
        verbose.Recursive = true;
        root.Options.Add(culture);
        root.Options.Add(verbose);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = text.T("显示帮助和用法（也可：perftargets <命令> --help）", "Show help and usage (also: perftargets <command> --help)");
                    help.Action = new HelpWriterAction(text, context.Out);
                    break;
                case VersionOption version:
                    version.Description = text.T("显示版本", "Show the version");
                    version.Action = new VersionWriterAction(context.Out);
                    break;
            }
        }

        root.SetAction(_ =>
        {
            context.Out.Write(HelpWriter.Write(root, text));
            return CliApp.ExitOk;
        });

        root.Subcommands.Add(ImportCommand.Create(context, scope));
        root.Subcommands.Add(ValidateCommand.Create(context, scope));
        root.Subcommands.Add(RenderCommand.Create(context, scope));
        root.Subcommands.Add(ReportCommand.Create(context, scope));
        root.Subcommands.Add(ScoreCommand.Create(context, scope));
        root.Subcommands.Add(MergeCommand.Create(context, scope));
        root.Subcommands.Add(NormalizeCommand.Create(context, scope));
        root.Subcommands.Add(RulesCommand.Create(context, scope));
        root.Subcommands.Add(SchemaCommand.Create(context, scope));
        root.Subcommands.Add(ServeCommand.Create(context, scope));
        return new CommandTree(root, culture, verbose);
    }

    /// <summary>Tells whether the parse is a completion request (<c>[suggest]</c> directive), whose words are incomplete by nature.</summary>
    public bool IsCompletion(ParseResult parse) => Root.Directives.OfType<SuggestDirective>().Any(d => parse.GetResult(d) is not null);

    /// <summary>The language a parse asks for: the last --culture given, when it is one the tool speaks; else Chinese.</summary>
    public Language LanguageOf(ParseResult parse) =>
        parse.GetResult(Culture)?.Tokens is { Count: > 0 } tokens && Languages.TryParse(tokens[^1].Value, out var language) ? language : Language.Chinese;
}
