using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace PerformanceTargets.Cli.Batch;

/// <summary>
/// Turns command-line inputs into documents, lazily so that memory stays flat however many there are: files,
/// folders (every document file below them, recursively, in ordinal order), glob patterns (<c>data/**/*.json</c>),
/// and <c>-</c> for NDJSON on standard input (one document per line).
/// </summary>
internal static class InputExpander
{
    /// <summary>The extensions of files a folder or pattern contributes: exchange JSON and what the importers read.</summary>
    public static readonly IReadOnlyList<string> DocumentExtensions = [".json", ".txt", ".csv", ".xlsx"];

    public static IEnumerable<InputItem> Expand(IEnumerable<string> arguments, TextReader stdin, long maxLineChars = StandardInput.MaxChars)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                foreach (var item in ReadNdjson(stdin, maxLineChars))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(argument))
            {
                var any = false;
                foreach (var file in EnumerateFolder(argument))
                {
                    any = true;
                    yield return new InputItem(file, file, null);
                }

                if (!any)
                {
                    yield return new InputItem(argument, argument, null, $"'{argument}' is a folder with no documents ({string.Join(", ", DocumentExtensions)}).");
                }
            }
            else if (File.Exists(argument))
            {
                yield return new InputItem(argument, argument, null);
            }
            else if (IsPattern(argument))
            {
                var matches = Glob(argument);
                if (matches.Count == 0)
                {
                    yield return new InputItem(argument, argument, null, $"no file matches '{argument}'.");
                }

                foreach (var file in matches)
                {
                    yield return new InputItem(file, file, null);
                }
            }
            else
            {
                yield return new InputItem(argument, argument, null, $"'{argument}' does not exist.");
            }
        }
    }

    public static bool IsPattern(string argument) => argument.IndexOfAny(['*', '?', '[']) >= 0;

    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        // Enumerate one folder at a time, sorted, so the order is stable and only one folder's names are in memory.
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                files = [];
                folders = [];
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (DocumentExtensions.Contains(Path.GetExtension(file).ToLowerInvariant(), StringComparer.Ordinal))
                {
                    yield return file;
                }
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }

    private static List<string> Glob(string pattern)
    {
        // Split the pattern into the fixed folder it starts from and the part with wildcards.
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var fixedParts = parts.TakeWhile(p => !IsPattern(p)).ToList();
        var root = fixedParts.Count == 0 ? "." : string.Join("/", fixedParts);
        if (normalized.StartsWith('/') && fixedParts.Count == 1)
        {
            root = "/";
        }

        var rest = string.Join("/", parts.Skip(fixedParts.Count));
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(root)
            .Select(full => fixedParts.Count == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(root, full)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<InputItem> ReadNdjson(TextReader stdin, long maxLineChars)
    {
        foreach (var (number, line) in StandardInput.ReadLines(stdin, maxLineChars))
        {
            var name = $"stdin:{number}";
            if (line is null)
            {
                yield return new InputItem(name, null, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, "line {0} of standard input is longer than {1:N0} characters, the input limit; it was skipped.", number, maxLineChars));
                continue;
            }

            if (line.Length == 0 || line.All(char.IsWhiteSpace))
            {
                continue;
            }

            yield return new InputItem(name, null, Encoding.UTF8.GetBytes(line));
        }
    }
}
