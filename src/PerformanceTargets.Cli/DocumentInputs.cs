using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Cli;

/// <summary>
/// Loads a document from a path given on the command line: exchange JSON (by its <c>.json</c> extension or first
/// character), or anything the importers read. Errors are printed on stderr, one per line, and end in a
/// <see cref="CliException"/> (exit 2); import warnings are printed and the document is used.
/// </summary>
internal static class DocumentInputs
{
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="context">Where errors go.</param>
    /// <param name="importOptions">Options for a file that is not JSON; null for the defaults.</param>
    /// <param name="chinese">Whether the reader's messages are printed in Chinese (a command's <c>--culture zh-CN</c>) rather than English.</param>
    public static TargetDocument LoadOrThrow(string path, CliContext context, ImportOptions? importOptions = null, bool chinese = false)
    {
        byte[] bytes;
        string name;
        if (path == "-")
        {
            name = "<stdin>";
            bytes = Encoding.UTF8.GetBytes(StandardInput.ReadAll(context.In));
        }
        else
        {
            EnsureReadable(path);
            name = path;

            // Refused before it is read: a file the readers would refuse anyway is not loaded into memory first.
            var limit = Math.Max(DocumentLimits.Default.MaxInputBytes, (importOptions ?? ImportOptions.Default).Limits.MaxInputBytes);
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                throw new CliException(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "'{0}' is {1:N0} bytes; the limit is {2:N0} bytes (64 MiB). Split the document, or raise DocumentLimits.MaxInputBytes / DocumentLimits.MaxInputBytes through the library.",
                    path,
                    length,
                    limit));
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
                var text = chinese ? error with { Message = error.MessageZh } : error;
                context.Error.WriteLine(error.Line > 0 ? $"{name}:{text}" : $"{name}: {text}");
            }

            throw new CliException($"'{name}' could not be read: {result.Errors.Length} error(s); run 'perftargets validate' for the full report.");
        }

        var imported = TargetImporter.Import(bytes, (importOptions ?? ImportOptions.Default) with { FileName = name });
        foreach (var diagnostic in imported.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            context.Error.WriteLine(diagnostic.Format(chinese ? Language.Chinese : Language.English));
        }

        return imported.Document
            ?? throw new CliException($"'{name}' could not be imported: {imported.ErrorCount} error(s).");
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
    public static void EnsureReadable(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"'{path}' is a folder; give a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"'{path}' does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {ex.Message}");
        }
    }
}
