using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Cli;

/// <summary>
/// Loads a document from a path given on the command line: exchange JSON (by its <c>.json</c> extension or first
/// character), or anything the importers read. Errors are printed on stderr, one per line in the chosen language with
/// data escaped, and end in a <see cref="CliException"/> (exit 2); import warnings are printed and the document is used.
/// </summary>
internal static class DocumentInputs
{
    /// <summary>The most characters of a library message printed on one line.</summary>
    private const int MaxMessage = 300;

    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="context">Where errors go, and their language.</param>
    /// <param name="importOptions">Options for a file that is not JSON; null for the defaults.</param>
    public static TargetDocument LoadOrThrow(string path, CliContext context, ImportOptions? importOptions = null)
    {
        var words = context.Text;
        var chinese = !words.IsEnglish;
        byte[] bytes;
        string name;
        if (path == "-")
        {
            name = "<stdin>";
            bytes = Encoding.UTF8.GetBytes(StandardInput.ReadAll(context.In, words));
        }
        else
        {
            EnsureReadable(path, words);
            name = path;

            // Refused before it is read: a file the readers would refuse anyway is not loaded into memory first.
            var limit = Math.Max(DocumentLimits.Default.MaxInputBytes, (importOptions ?? ImportOptions.Default).Limits.MaxInputBytes);
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                throw new CliException(words.FileTooLarge(path, length, limit));
            }

            bytes = File.ReadAllBytes(path);
        }

        if (IsJson(path, bytes))
        {
            var result = TargetJson.Read(bytes, new JsonReadOptions { FileName = name });
            if (result.TryGetDocument(out var document))
            {
                return document;
            }

            foreach (var error in result.Errors)
            {
                var text = error.Format(chinese ? Language.Chinese : Language.English);
                var line = error.Location is null ? $"{name}: {text}" : text;
                context.Error.WriteLine(TerminalText.Excerpt(line, MaxMessage));
            }

            throw new CliException(words.CouldNotBeRead(name, result.Errors.Length));
        }

        var imported = TargetImporter.Import(bytes, (importOptions ?? ImportOptions.Default) with { FileName = name });
        foreach (var diagnostic in imported.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            context.Error.WriteLine(TerminalText.Excerpt(diagnostic.Format(chinese ? Language.Chinese : Language.English), MaxMessage));
        }

        return imported.Document
            ?? throw new CliException(words.CouldNotBeImported(name, imported.ErrorCount));
    }

    /// <summary>Tells exchange JSON from what the importers read: the <c>.json</c> extension, else a first non-blank character <c>{</c>.</summary>
    public static bool IsJson(string path, ReadOnlySpan<byte> bytes)
    {
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == (byte)'{';
    }

    /// <summary>Throws a one-line <see cref="CliException"/> when the path is missing, a folder or unreadable.</summary>
    public static void EnsureReadable(string path, CliText words)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(words.IsAFolder(path));
        }

        if (!File.Exists(path))
        {
            throw new CliException(words.DoesNotExist(path));
        }

        try
        {
            using var stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(words.CannotRead(path, ex.Message));
        }
    }
}
