using PerformanceTargets.Internal;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The sandbox limits user templates run under: loop iterations, recursion depth, output size, memory and time. Reaching
/// a limit stops the rendering with a <see cref="TemplateErrorKind.LimitExceeded"/> error (<c>PTT003</c>) that names the
/// line and column.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The limits apply to every rendering of a renderer built with at least one user
/// template. The built-in renderer (<see cref="TargetRenderer.Default"/>) runs only its own trusted templates, whose
/// work grows with the document alone; it keeps the recursion limit and has no loop, output or time limit, so that a
/// large document is never cut short.
/// </remarks>
public sealed record TemplateLimits
{
    private readonly int _loopLimit = 1_000_000;
    private readonly int _recursionLimit = 64;
    private readonly int _outputLimit = 64 * 1024 * 1024;
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private readonly long _memoryLimit = 1024L * 1024 * 1024;

    /// <summary>Gets the default limits: 1,000,000 loop iterations, recursion depth 64, 64 Mi characters of output, 1 GiB allocated, 30 seconds.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>
    /// Gets the most loop iterations a template may run, counted together over each outermost loop and the loops
    /// nested in it (Scriban's <c>LoopLimit</c>). Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int LoopLimit { get => _loopLimit; init => _loopLimit = Guard.Positive(value); }

    /// <summary>Gets the deepest nesting of function calls and includes (Scriban's <c>RecursiveLimit</c>). Must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int RecursionLimit { get => _recursionLimit; init => _recursionLimit = Guard.Positive(value); }

    /// <summary>
    /// Gets the most characters a rendering may produce (Scriban's <c>OutputLimit</c>, also the limit of any one string a
    /// template builds). Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int OutputLimit { get => _outputLimit; init => _outputLimit = Guard.Positive(value); }

    /// <summary>
    /// Gets the most bytes one rendering may allocate (default 1 GiB), counted on the rendering's thread from its start:
    /// every string, list and object the template makes, whether it keeps it in a variable, a list or nowhere. The
    /// first template step after the count passes the limit stops the rendering, so a template that keeps many long
    /// strings ends in an error at a line and column, never in <see cref="OutOfMemoryException"/>; one step allocates at
    /// most a few strings of <see cref="OutputLimit"/> characters, so memory in use stays below the limit plus that.
    /// The default is twice what a copy of the built-in review template allocates for a document whose page reaches
    /// <see cref="OutputLimit"/>. Counted where the runtime counts a thread's allocations (.NET Core 3.0 and later); on
    /// .NET Framework the limit is not applied. Must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MemoryLimit { get => _memoryLimit; init => _memoryLimit = Guard.Positive(value); }

    /// <summary>Gets the longest time one rendering may take. Must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan Timeout { get => _timeout; init => _timeout = Guard.Positive(value); }
}
