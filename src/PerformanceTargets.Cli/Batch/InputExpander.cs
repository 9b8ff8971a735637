using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace PerformanceTargets.Cli.Batch;

/// <summary>
/// Turns command-line inputs into documents, lazily so that memory stays flat however many there are: files,
/// folders (every document file below them, recursively, in ordinal order), glob patterns (<c>data/**/*.json</c>),
/// and <c>-</c> for NDJSON on standard input (one document per line).
/// </summary>
/// <remarks>
/// Folders and patterns are walked once per real folder: a symbolic link to a folder is followed, but a folder already
/// walked (the same real folder reached again, or an ancestor: a loop such as <c>l1 -&gt; .</c>) is skipped, and a
/// file reached through a link to a file that the walk also reaches (or reached) itself is reported once.
/// </remarks>
internal static class InputExpander
{
    /// <summary>The extensions of files a folder contributes: exchange JSON and what the importers read.</summary>
    public static readonly IReadOnlyList<string> DocumentExtensions = [".json", ".txt", ".csv", ".xlsx", ".docx"];

    /// <summary>The most symbolic links followed to resolve one path (as the ELOOP limit of Linux).</summary>
    private const int MaxLinkHops = 40;

    public static IEnumerable<InputItem> Expand(IEnumerable<string> arguments, TextReader stdin, CliText text, long maxLineChars = StandardInput.MaxChars)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                foreach (var item in ReadNdjson(stdin, text, maxLineChars))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(argument))
            {
                var any = false;
                foreach (var file in Walk(argument, IsDocument, int.MaxValue))
                {
                    any = true;
                    yield return new InputItem(file, file, null);
                }

                if (!any)
                {
                    yield return new InputItem(argument, argument, null, text.FolderWithoutDocuments(argument, DocumentExtensions));
                }
            }
            else if (File.Exists(argument))
            {
                yield return new InputItem(argument, argument, null);
            }
            else if (IsPattern(argument))
            {
                var any = false;
                foreach (var file in Glob(argument))
                {
                    any = true;
                    yield return new InputItem(file, file, null);
                }

                if (!any)
                {
                    yield return new InputItem(argument, argument, null, text.NoMatch(argument));
                }
            }
            else
            {
                yield return new InputItem(argument, argument, null, text.DoesNotExist(argument));
            }
        }
    }

    public static bool IsPattern(string argument) => argument.IndexOfAny(['*', '?', '[']) >= 0;

    private static bool IsDocument(string file) => DocumentExtensions.Contains(Path.GetExtension(file).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// The files below a folder for which <paramref name="include"/> is true, one folder at a time, each folder's files in
    /// ordinal order before its subfolders (also in ordinal order), down to <paramref name="maxDepth"/> levels of subfolders.
    /// Each real folder is walked once; only the names of the folder being read are held, plus the real paths of the
    /// folders walked and of the files reached through links out of the walked tree.
    /// </summary>
    internal static IEnumerable<string> Walk(string folder, Func<string, bool> include, int maxDepth)
    {
        var rootReal = RealPath(folder);
        if (rootReal is null)
        {
            yield break;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var outside = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real, int Depth)>();
        pending.Push((folder, rootReal, 0));
        while (pending.Count > 0)
        {
            var (current, real, depth) = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var inside = IsUnder(real, rootReal);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!include(file))
                {
                    continue;
                }

                if (new FileInfo(file).LinkTarget is not null)
                {
                    // A link to a file: skipped when its target is a document of the walked tree (reached as itself),
                    // reported once when it points out of the tree.
                    var target = RealPath(file);
                    if (target is not null && ((IsUnder(target, rootReal) && include(target)) || !outside.Add(target)))
                    {
                        continue;
                    }
                }
                else if (!inside && !outside.Add(Path.Combine(real, Path.GetFileName(file))))
                {
                    continue;
                }

                yield return file;
            }

            if (depth >= maxDepth)
            {
                continue;
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                var sub = folders[i];
                var subReal = new DirectoryInfo(sub).LinkTarget is null ? Path.Combine(real, Path.GetFileName(sub)) : RealPath(sub);

                // A folder walked already (reached again through a link) or an ancestor (a loop) is not walked again.
                if (subReal is not null && visited.Add(subReal))
                {
                    pending.Push((sub, subReal, depth + 1));
                }
            }
        }
    }

    /// <summary>
    /// The canonical path of a file or folder: absolute, with every symbolic link on the way resolved (as realpath(3));
    /// null when a link is broken or the links loop.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var remaining = new List<string>(Split(full.Substring(root.Length)));
        remaining.Reverse();
        var current = root;
        var hops = 0;
        while (remaining.Count > 0)
        {
            var part = remaining[^1];
            remaining.RemoveAt(remaining.Count - 1);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Combine(current, part);
            string? link;
            try
            {
                link = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (link is null)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            if (Path.IsPathRooted(link))
            {
                current = Path.GetPathRoot(link) ?? root;
                link = link.Substring(current.Length);
            }

            var target = Split(link);
            for (var i = target.Length - 1; i >= 0; i--)
            {
                remaining.Add(target[i]);
            }
        }

        return current;
    }

    private static string[] Split(string path) => path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsUnder(string path, string folder) =>
        path.Length >= folder.Length && path.StartsWith(folder, StringComparison.Ordinal) &&
        (path.Length == folder.Length || path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    /// <summary>The files a pattern matches, walked with <see cref="Walk"/> from the fixed folder the pattern starts with.</summary>
    private static IEnumerable<string> Glob(string pattern)
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

        var restParts = parts.Skip(fixedParts.Count).ToArray();
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join("/", restParts));
        var depth = restParts.Contains("**") || restParts.Any(p => p.Contains("**", StringComparison.Ordinal)) ? int.MaxValue : restParts.Length - 1;
        foreach (var file in Walk(root, _ => true, depth))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (matcher.Match(relative).HasMatches)
            {
                yield return fixedParts.Count == 0 ? Path.GetRelativePath(".", file) : file;
            }
        }
    }

    private static IEnumerable<InputItem> ReadNdjson(TextReader stdin, CliText text, long maxLineChars)
    {
        foreach (var (number, line) in StandardInput.ReadLines(stdin, maxLineChars))
        {
            var name = $"stdin:{number}";
            if (line is null)
            {
                yield return new InputItem(name, null, null, text.NdjsonLineTooLong(number, maxLineChars));
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
