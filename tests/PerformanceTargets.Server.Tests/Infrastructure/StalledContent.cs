using System.Net;

namespace PerformanceTargets.Server.Tests.Infrastructure;

/// <summary>A request body that sends its first bytes, then waits until released before it sends the rest.</summary>
public sealed class StalledContent(byte[] content, int sentFirst = 16) : HttpContent
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that ends when the first bytes have been sent.</summary>
    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(content.AsMemory(0, sentFirst));
        await stream.FlushAsync();
        _started.TrySetResult();
        await _release.Task;
        await stream.WriteAsync(content.AsMemory(sentFirst));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = content.Length;
        return true;
    }
}
