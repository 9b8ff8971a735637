using System.CommandLine;
using System.Reflection;
using PerformanceTargets.Cli.CommandLine;

namespace PerformanceTargets.Cli;

/// <summary>The <c>perftargets</c> program: parses the command line, runs one command, returns the exit code.</summary>
internal static class CliApp
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>Findings at or above the fail-on level.</summary>
    public const int ExitFindings = 1;

    /// <summary>Usage or I/O error.</summary>
    public const int ExitUsage = 2;

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Runs the program. Never throws: a usage error is one line per problem on stderr (exit 2), an unexpected failure one
    /// line (exit 2), with the details when <c>--verbose</c> is given.
    /// </summary>
    /// <remarks>
    /// The language is decided before the command tree is built, so that help and parse errors are in it too: the
    /// command line is parsed with the Chinese tree, and when its <c>--culture</c> (anywhere on the line, or in a
    /// response file) names English, built and parsed again in English. An absent or unknown culture is Chinese.
    /// </remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null, bool interactive = false, Func<Stream>? stdinBytes = null)
    {
        var context = new CliContext(stdout, stderr, stdin ?? TextReader.Null, interactive) { InBytes = stdinBytes };
        var (parse, scope, tree) = Parse(args, context);
        if (tree.LanguageOf(parse) == Language.English)
        {
            context = context with { Text = CliText.English };
            (parse, scope, tree) = Parse(args, context);
        }

        var text = context.Text;
        var verbose = parse.GetResult(tree.Verbose) is { Implicit: false };
        try
        {
            if (parse.Action is not HelpWriterAction && !tree.IsCompletion(parse))
            {
                var errors = ParseErrors.Describe(parse, scope);
                if (errors.Count > 0)
                {
                    foreach (var line in errors)
                    {
                        stderr.WriteLine("perftargets: " + line);
                    }

                    return ExitUsage;
                }
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (CliException ex)
        {
            stderr.WriteLine("perftargets: " + ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("perftargets: " + TerminalText.Excerpt(ex.Message, 300));
            if (verbose)
            {
                stderr.WriteLine(TerminalText.Escape(ex.ToString()).Replace("\\n", "\n", StringComparison.Ordinal));
            }

            return ExitUsage;
        }
#pragma warning disable CA1031 // The program's last line of defence: one clear line, never a stack trace unless asked.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine("perftargets: " + text.InternalError(ex.GetType().Name, ex.Message));
            if (verbose)
            {
                stderr.WriteLine(TerminalText.Escape(ex.ToString()).Replace("\\n", "\n", StringComparison.Ordinal));
            }

            return ExitUsage;
        }
    }

    private static (ParseResult Parse, ParseScope Scope, CommandTree Tree) Parse(string[] args, CliContext context)
    {
        var scope = new ParseScope(context.Text);
        var tree = CommandTree.Build(context, scope);
        var parse = tree.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = new ResponseFiles(scope).TryReplace });
        return (parse, scope, tree);
    }
}

/// <summary>A usage or input error with the exit code to return; its message (in the chosen language, data escaped) is printed as one line.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = CliApp.ExitUsage)
        : base(message) => ExitCode = exitCode;

    public CliException()
        : this("error")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = CliApp.ExitUsage;

    public int ExitCode { get; }
}

/// <summary>What a command writes to and reads from, and the language it speaks.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In, bool Interactive = false)
{
    /// <summary>Gets the words of the chosen language (Chinese by default).</summary>
    public CliText Text { get; init; } = CliText.Chinese;

    /// <summary>Gets the chosen language.</summary>
    public Language Language => Text.Language;

    /// <summary>
    /// Gets standard input as bytes, when the host has them (the console does, a test's reader does not): what
    /// <c>import -</c> reads, so that a .docx or .xlsx can come through a pipe. Opened only by the command that reads it.
    /// </summary>
    public Func<Stream>? InBytes { get; init; }
}
