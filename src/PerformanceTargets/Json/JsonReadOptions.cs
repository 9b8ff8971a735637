namespace PerformanceTargets.Json;

/// <summary>Limits and settings for reading the JSON exchange format.</summary>
/// <remarks>
/// Immutable and thread-safe. The defaults suit exchange files from any real system: the seed document is about
/// 80 KB; the limits exist so that hostile input gets a clear error instead of exhausting a server.
/// </remarks>
public sealed record JsonReadOptions
{
    /// <summary>The default input size limit: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default nesting limit: 64 levels (a valid document needs 6, extensions a few more).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default limit on one string value: 1,048,576 UTF-16 code units.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The default limit on projects in one document: 100,000.</summary>
    public const int DefaultMaxProjects = 100_000;

    /// <summary>The default limit on indicator rows in one document: 2,000,000.</summary>
    public const int DefaultMaxIndicators = 2_000_000;

    /// <summary>Gets the default options.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest input accepted, in bytes.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Gets the deepest nesting of objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Gets the longest string value accepted, in UTF-16 code units.</summary>
    public int MaxStringLength { get; init; } = DefaultMaxStringLength;

    /// <summary>Gets the most projects accepted in one document.</summary>
    public int MaxProjects { get; init; } = DefaultMaxProjects;

    /// <summary>Gets the most indicator rows (annual and period, over all projects) accepted in one document.</summary>
    public int MaxIndicators { get; init; } = DefaultMaxIndicators;

    /// <summary>Gets the name of the file being read, used in error messages; null for in-memory input.</summary>
    public string? FileName { get; init; }
}
