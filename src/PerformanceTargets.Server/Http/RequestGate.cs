using Microsoft.AspNetCore.Http;

namespace PerformanceTargets.Server.Http;

/// <summary>
/// The time and place of one API request: a token that is cancelled when <see cref="ServerOptions.RequestTimeout"/>
/// passes (or the client goes), and the work still running, so that its place is kept until it ends.
/// </summary>
internal sealed class RequestWork : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public RequestWork(TimeSpan timeout, CancellationToken aborted)
    {
        _timeout = new CancellationTokenSource(timeout);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(_timeout.Token, aborted);
    }

    /// <summary>Gets the token of the request: cancelled at its timeout or when the client goes.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>Gets whether the timeout has passed.</summary>
    public bool TimedOut => _timeout.IsCancellationRequested;

    /// <summary>Gets the work started by <see cref="RunAsync{T}"/>; null before.</summary>
    public Task? Pending { get; private set; }

    /// <summary>Runs work on the thread pool and waits for it until the token is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The request timed out or was aborted; the work goes on until it ends, holding its place.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work, CancellationToken.None);
        Pending = task;
        return await task.WaitAsync(Token).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}

/// <summary>
/// The middleware that bounds the API: at most <see cref="ServerOptions.MaxConcurrentRequests"/> requests under
/// <c>/api</c> at once (one more is answered 503 at once, with <c>Retry-After</c>), each with its
/// <see cref="RequestWork"/>. The review desk's files are not counted.
/// </summary>
internal sealed class RequestGate(ServerOptions options) : IDisposable
{
    private readonly SemaphoreSlim _places = new(options.MaxConcurrentRequests, options.MaxConcurrentRequests);

    /// <summary>Gets the number of free places, for tests.</summary>
    public int Free => _places.CurrentCount;

    /// <summary>Releases the semaphore (when the host stops).</summary>
    public void Dispose() => _places.Dispose();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!_places.Wait(0))
        {
            var language = ServerLanguage.Of(context.Request);
            context.Response.Headers.RetryAfter = "1";
            await Problems.WriteAsync(
                context,
                Problems.Create(
                    language,
                    StatusCodes.Status503ServiceUnavailable,
                    Problems.Busy,
                    "服务器繁忙",
                    "Server busy",
                    $"同时处理的请求已达上限（{options.MaxConcurrentRequests}，MaxConcurrentRequests）；请稍后重试。",
                    $"The server is serving its limit of {options.MaxConcurrentRequests} requests at once (MaxConcurrentRequests); retry shortly."),
                language).ConfigureAwait(false);
            return;
        }

        var work = new RequestWork(options.RequestTimeout, context.RequestAborted);
        context.Features.Set(work);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (work.Pending is { IsCompleted: false } pending)
            {
                _ = pending.ContinueWith(
                    _ =>
                    {
                        work.Dispose();
                        _places.Release();
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.None,
                    TaskScheduler.Default);
            }
            else
            {
                work.Dispose();
                _places.Release();
            }
        }
    }
}
