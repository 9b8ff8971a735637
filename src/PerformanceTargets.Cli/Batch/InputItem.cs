namespace PerformanceTargets.Cli.Batch;

/// <summary>One document to process: a file, or one NDJSON line read from standard input.</summary>
/// <param name="Name">What to call it in messages and reports: the path as given or found, or <c>stdin:LINE</c>.</param>
/// <param name="Path">The file path, or null for standard input.</param>
/// <param name="Content">The document's bytes when they came from standard input; null for files (read when processed).</param>
/// <param name="Problem">Why the input cannot be processed (missing, unreadable, empty folder), or null.</param>
internal sealed record InputItem(string Name, string? Path, byte[]? Content, string? Problem = null)
{
    public bool IsStdin => Path is null;
}
