using System.Reflection;

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

    /// <summary>Gets every command, in the order help lists them.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } = CommandRegistry.All;

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Runs the program. Never throws: unexpected failures are one line on stderr and exit code 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null, bool interactive = false)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            return RunCore(args, new CliContext(stdout, stderr, stdin ?? TextReader.Null, interactive));
        }
        catch (CliException ex)
        {
            stderr.WriteLine("perftargets: " + ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("perftargets: " + ex.Message);
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitUsage;
        }
#pragma warning disable CA1031 // The program's last line of defence: one clear line, never a stack trace unless asked.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"perftargets: internal error: {ex.GetType().Name}: {ex.Message} (run with --verbose for details)");
            if (verbose)
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitUsage;
        }
    }

    private static int RunCore(string[] args, CliContext context)
    {
        var stdout = context.Out;
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help" or "-?")
        {
            if (args.Length > 1 && args[0] == "help")
            {
                var target = Find(args[1]) ?? throw new CliException($"unknown command '{args[1]}'. Run 'perftargets --help' for the list of commands.");
                stdout.Write(Help.ForCommand(target));
                return ExitOk;
            }

            stdout.Write(Help.Overview(Commands));
            return ExitOk;
        }

        if (args[0] is "--version" or "-v" or "version")
        {
            stdout.WriteLine(Version);
            return ExitOk;
        }

        if (args[0].StartsWith('-'))
        {
            throw new CliException($"unknown option '{args[0]}'. Run 'perftargets --help' for usage.");
        }

        var command = Find(args[0]) ?? throw new CliException($"unknown command '{args[0]}'. Run 'perftargets --help' for the list of commands.");
        var rest = args.Skip(1).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.Write(Help.ForCommand(command));
            return ExitOk;
        }

        var parsed = ParsedArguments.Parse(command, rest);
        return command.Run(parsed, context);
    }

    private static ICommand? Find(string name) => Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

/// <summary>A usage or input error with the exit code to return; its message is printed as one line.</summary>
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

/// <summary>What a command writes to and reads from.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In, bool Interactive = false);
