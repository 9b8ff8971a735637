using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Cli;

/// <summary>Loads a document from a path given on the command line, with clear errors.</summary>
internal static class DocumentInputs
{
    /// <summary>Reads a document or throws a <see cref="CliException"/> after printing every read error on stderr.</summary>
    public static TargetDocument LoadOrThrow(string path, CliContext context)
    {
        EnsureReadable(path);
        var result = TargetJson.ReadFile(path);
        if (result.TryGetDocument(out var document))
        {
            return document;
        }

        foreach (var error in result.Errors)
        {
            context.Error.WriteLine($"{path}:{error}");
        }

        throw new CliException($"'{path}' could not be read: {result.Errors.Length} error(s).");
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
