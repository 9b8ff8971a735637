namespace PerformanceTargets.Server;

/// <summary>
/// The limits of <c>perftargets serve</c>: each has a default that no genuine request comes near, and a request beyond
/// one gets a problem document (<c>application/problem+json</c>) with its status and code, never a crash. See
/// docs/limits.md and docs/server.md. Immutable; one instance serves every request.
/// </summary>
internal sealed record ServerOptions
{
    /// <summary>The default of <see cref="MaxRequestBodyBytes"/>: 32 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 32L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDocumentsPerRequest"/>: 20.</summary>
    public const int DefaultMaxDocumentsPerRequest = 20;

    /// <summary>The default of <see cref="MaxConcurrentRequests"/>: 32.</summary>
    public const int DefaultMaxConcurrentRequests = 32;

    /// <summary>The default of <see cref="RequestTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Gets the options with every default.</summary>
    public static ServerOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest request body, in bytes, multipart framing included. A larger body (by its
    /// <c>Content-Length</c>, or as soon as more has arrived) is refused with 413 and code <c>PTS001</c>.
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// Gets the most documents (files of a multipart body) one request may carry. <c>/api/validate</c> takes up to this
    /// many; the other endpoints take one. More is refused with 413 and code <c>PTS002</c>.
    /// </summary>
    public int MaxDocumentsPerRequest { get; init; } = DefaultMaxDocumentsPerRequest;

    /// <summary>
    /// Gets the most API requests served at once. One more is refused at once with 503, <c>Retry-After: 1</c> and code
    /// <c>PTS003</c>; it is not queued. A request cut short by its timeout keeps its place until its work has ended.
    /// </summary>
    public int MaxConcurrentRequests { get; init; } = DefaultMaxConcurrentRequests;

    /// <summary>
    /// Gets the time one API request may take. A body still arriving then is answered 408 (<c>PTS004</c>); work still
    /// running then is answered 503 (<c>PTS005</c>).
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    /// <summary>Gets a hook run before each API request's work, after its body has been read; for tests that need slow work. Null in use.</summary>
    internal Func<CancellationToken, Task>? BeforeWork { get; init; }

    /// <summary>Throws when a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Check()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRequestBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocumentsPerRequest);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxConcurrentRequests);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero);
    }
}
