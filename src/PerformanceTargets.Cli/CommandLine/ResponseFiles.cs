using System.Text;

namespace PerformanceTargets.Cli.CommandLine;

/// <summary>
/// Expands <c>@FILE</c> on the command line into the arguments the file holds: one or more per line, separated by
/// white space, double quotes keeping spaces together; blank lines and lines starting with <c>#</c> are skipped. The
/// tool's own reader (instead of System.CommandLine's) so that its errors are in the tool's words, a response file is
/// at most 1 MiB, and files that name each other cannot expand forever: at most 32 expansions per command line.
/// </summary>
internal sealed class ResponseFiles
{
    /// <summary>The largest response file read.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most response files expanded in one command line (a file may name another, or itself).</summary>
    public const int MaxExpansions = 32;

    private readonly ParseScope _scope;
    private int _expansions;

    public ResponseFiles(ParseScope scope) => _scope = scope;

    /// <summary>The <see cref="System.CommandLine.Parsing.TryReplaceToken"/> of the parser.</summary>
    public bool TryReplace(string path, out IReadOnlyList<string>? tokens, out string? error)
    {
        tokens = null;
        var text = _scope.Text;
        if (++_expansions > MaxExpansions)
        {
            error = _scope.Own(text.T(
                $"响应文件嵌套过多（超过 {MaxExpansions} 次展开）：{text.Path(path)}",
                $"too many response files (more than {MaxExpansions} expansions): {text.Path(path)}"));
            return false;
        }

        try
        {
            if (!File.Exists(path))
            {
                error = _scope.Own(text.ResponseFileMissing(path));
                return false;
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                error = _scope.Own(text.ResponseFileTooLarge(path, MaxBytes));
                return false;
            }

            tokens = Split(File.ReadAllText(path, Encoding.UTF8));
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = _scope.Own(text.ResponseFileUnreadable(path, ex.Message));
            return false;
        }
    }

    /// <summary>Splits the text of a response file into arguments.</summary>
    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var current = new StringBuilder();
            var quoted = false;
            var any = false;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                    any = true;
                }
                else if (char.IsWhiteSpace(c) && !quoted)
                {
                    if (any)
                    {
                        tokens.Add(current.ToString());
                        current.Clear();
                        any = false;
                    }
                }
                else
                {
                    current.Append(c);
                    any = true;
                }
            }

            if (any)
            {
                tokens.Add(current.ToString());
            }
        }

        return tokens;
    }
}
