namespace PerformanceTargets.Model;

/// <summary>
/// The one set of limits on a document, applied the same on every path in and out: reading JSON, importing a text,
/// CSV, XLSX or Word file, validating, and writing. What passes one entry point passes all of them, and what the
/// library writes it reads back. <c>docs/limits.md</c> lists each limit with the entry points it applies to.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; derive changed limits with <c>with</c> expressions. The defaults suit exchange files from
/// any real system (the seed document, 23 tables and 179 indicators, is 72 KB of JSON); the limits exist so that
/// hostile input gets a clear error instead of exhausting a server.
/// </remarks>
public sealed record DocumentLimits
{
    /// <summary>The default input size limit: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default nesting limit of JSON objects and arrays: 64 levels (a valid document needs 6, extensions a few more).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default limit on one string value, extension strings included: 1,048,576 UTF-16 code units.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The default limit on projects in one document: 100,000.</summary>
    public const int DefaultMaxProjects = 100_000;

    /// <summary>The default limit on indicator rows in one document: 2,000,000.</summary>
    public const int DefaultMaxIndicators = 2_000_000;

    /// <summary>Gets the default limits.</summary>
    public static DocumentLimits Default { get; } = new();

    /// <summary>
    /// Gets the largest input accepted, in bytes: a JSON file, a file to import (and its decoded text and unpacked
    /// parts), and the JSON the library writes.
    /// </summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Gets the deepest nesting of JSON objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Gets the longest string value accepted (a cell, a name, an extension string), in UTF-16 code units.</summary>
    public int MaxStringLength { get; init; } = DefaultMaxStringLength;

    /// <summary>Gets the most projects accepted in one document.</summary>
    public int MaxProjects { get; init; } = DefaultMaxProjects;

    /// <summary>Gets the most indicator rows (annual and period, over all projects) accepted in one document.</summary>
    public int MaxIndicators { get; init; } = DefaultMaxIndicators;
}
