using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>Limits and settings for reading the JSON exchange format.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JsonReadOptions
{
    private DocumentLimits _limits = DocumentLimits.Default;

    /// <summary>Gets the default options: <see cref="DocumentLimits.Default"/>, no file name.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>Gets the limits on the input and the document (the same on every path in and out). Never null.</summary>
    public DocumentLimits Limits { get => _limits; init => _limits = value ?? DocumentLimits.Default; }

    /// <summary>Gets the name of the file being read, used in error messages; null for in-memory input.</summary>
    public string? FileName { get; init; }
}
