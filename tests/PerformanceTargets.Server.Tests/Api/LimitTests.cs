using System.Net;
using PerformanceTargets.Server.Http;
using PerformanceTargets.Server.Tests.Infrastructure;

namespace PerformanceTargets.Server.Tests.Api;

/// <summary>Each limit of <see cref="ServerOptions"/> at and just over its value: a problem document, never a crash.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_413()
    {
        var body = ServerHost.SeedJson;
        await using (var at = await ServerHost.StartInMemoryAsync(new ServerOptions { MaxRequestBodyBytes = body.Length }))
        {
            using var response = await at.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(body));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var over = await ServerHost.StartInMemoryAsync(new ServerOptions { MaxRequestBodyBytes = body.Length - 1 });
        using var refused = await over.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(body));
        var problem = await ApiTests.Problem(refused, HttpStatusCode.RequestEntityTooLarge, Problems.BodyTooLarge);
        Assert.Contains((body.Length - 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_length_is_refused_as_soon_as_it_passes_the_limit()
    {
        var body = ServerHost.SeedJson;
        await using var host = await ServerHost.StartInMemoryAsync(new ServerOptions { MaxRequestBodyBytes = 1000 });
        using var content = new StreamContent(new UnknownLengthStream(body));
        using var response = await host.Client.PostAsync("/api/validate?filename=seed.json", content);
        await ApiTests.Problem(response, HttpStatusCode.RequestEntityTooLarge, Problems.BodyTooLarge);
    }

    [Fact]
    public async Task Kestrel_refuses_a_body_over_the_limit_with_a_problem_document()
    {
        var body = ServerHost.SeedJson;
        await using var host = await ServerHost.StartKestrelAsync(new ServerOptions { MaxRequestBodyBytes = 4096 });
        using var response = await host.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(body));
        await ApiTests.Problem(response, HttpStatusCode.RequestEntityTooLarge, Problems.BodyTooLarge);

        using var content = new StreamContent(new UnknownLengthStream(body));
        using var chunked = await host.Client.PostAsync("/api/validate?filename=seed.json", content);
        await ApiTests.Problem(chunked, HttpStatusCode.RequestEntityTooLarge, Problems.BodyTooLarge);

        // The server goes on serving.
        using var small = await host.Client.PostAsync("/api/validate?filename=a.json", new ByteArrayContent("{}"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task Validate_takes_the_documents_limit_and_one_more_is_413()
    {
        await using var host = await ServerHost.StartInMemoryAsync(new ServerOptions { MaxDocumentsPerRequest = 2 });
        var seed = ServerHost.SeedJson;
        using var two = await host.Client.PostAsync("/api/validate", ServerHost.Files(("a.json", seed), ("b.json", seed)));
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        using var three = await host.Client.PostAsync("/api/validate", ServerHost.Files(("a.json", seed), ("b.json", seed), ("c.json", seed)));
        await ApiTests.Problem(three, HttpStatusCode.RequestEntityTooLarge, Problems.TooManyDocuments);
    }

    [Theory]
    [InlineData("/api/import")]
    [InlineData("/api/render")]
    [InlineData("/api/score")]
    public async Task The_other_document_endpoints_take_one_document(string path)
    {
        await using var host = await ServerHost.StartInMemoryAsync();
        var seed = ServerHost.SeedJson;
        using var one = await host.Client.PostAsync(path, ServerHost.Files(("a.json", seed)));
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using var two = await host.Client.PostAsync(path, ServerHost.Files(("a.json", seed), ("b.json", seed)));
        await ApiTests.Problem(two, HttpStatusCode.RequestEntityTooLarge, Problems.TooManyDocuments);
    }

    [Fact]
    public async Task The_concurrency_limit_serves_that_many_at_once_and_refuses_one_more_with_503()
    {
        await using var host = await ServerHost.StartKestrelAsync(new ServerOptions { MaxConcurrentRequests = 2 });
        var seed = ServerHost.SeedJson;
        var first = new StalledContent(seed);
        var second = new StalledContent(seed);
        var held1 = host.Client.PostAsync("/api/validate?filename=1.json", first);
        var held2 = host.Client.PostAsync("/api/validate?filename=2.json", second);
        await Task.WhenAll(first.Started, second.Started);
        await WaitUntilAsync(() => Gate(host).Free == 0);

        using (var refused = await host.Client.PostAsync("/api/validate?filename=3.json", new ByteArrayContent(seed)))
        {
            await ApiTests.Problem(refused, HttpStatusCode.ServiceUnavailable, Problems.Busy);
            Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        }

        // The desk's own files are not counted.
        using (var page = await host.Client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        first.Release();
        second.Release();
        using (var r1 = await held1)
        using (var r2 = await held2)
        {
            Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
            Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        }

        await WaitUntilAsync(() => Gate(host).Free == 2);
        using var after = await host.Client.PostAsync("/api/validate?filename=4.json", new ByteArrayContent(seed));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_body_still_arriving_at_the_timeout_is_408()
    {
        await using var host = await ServerHost.StartKestrelAsync(new ServerOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var stalled = new StalledContent(ServerHost.SeedJson);
        var pending = host.Client.PostAsync("/api/validate?filename=seed.json", stalled);
        await stalled.Started;
        await Task.Delay(1000);
        stalled.Release();
        using var response = await pending;
        await ApiTests.Problem(response, HttpStatusCode.RequestTimeout, Problems.BodyTimeout);
        await WaitUntilAsync(() => Gate(host).Free == ServerOptions.DefaultMaxConcurrentRequests);
    }

    [Fact]
    public async Task Work_still_running_at_the_timeout_is_503_and_keeps_its_place_until_it_ends()
    {
        var release = new TaskCompletionSource();
        var options = new ServerOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(3), // long enough that the body is read in time on a loaded machine (else 408)
            MaxConcurrentRequests = 1,
            BeforeWork = _ => release.Task, // work that ignores the timeout, as CPU-bound library calls do
        };
        await using var host = await ServerHost.StartInMemoryAsync(options);
        using var response = await host.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(ServerHost.SeedJson));
        await ApiTests.Problem(response, HttpStatusCode.ServiceUnavailable, Problems.WorkTimeout);
        Assert.Equal(0, host.Gate.Free);
        using (var busy = await host.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(ServerHost.SeedJson)))
        {
            await ApiTests.Problem(busy, HttpStatusCode.ServiceUnavailable, Problems.Busy);
        }

        release.SetResult();
        await WaitUntilAsync(() => host.Gate.Free == 1);
    }

    [Fact]
    public async Task Work_within_the_timeout_is_served()
    {
        var options = new ServerOptions { RequestTimeout = TimeSpan.FromSeconds(20), BeforeWork = token => Task.Delay(100, token) };
        await using var host = await ServerHost.StartInMemoryAsync(options);
        using var response = await host.Client.PostAsync("/api/validate?filename=seed.json", new ByteArrayContent(ServerHost.SeedJson));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Limits_that_are_not_positive_are_refused_when_the_server_is_built()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ServerHost.StartInMemoryAsync(new ServerOptions { MaxConcurrentRequests = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ServerHost.StartInMemoryAsync(new ServerOptions { RequestTimeout = TimeSpan.Zero }));
    }

    private static RequestGate Gate(ServerHost host) => host.Gate;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 seconds.");
            await Task.Delay(20);
        }
    }

    /// <summary>A stream whose length is not known, so that the body is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
