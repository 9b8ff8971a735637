using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PerformanceTargets.Server.Tests.Infrastructure;

/// <summary>The server of <c>perftargets serve</c> built with test options: in memory (the test server) or on Kestrel, port 0.</summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app, HttpClient client, Uri address)
    {
        _app = app;
        Client = client;
        Address = address;
    }

    public HttpClient Client { get; }

    internal Http.RequestGate Gate => _app.Services.GetRequiredService<Http.RequestGate>();

    public Uri Address { get; }

    internal static async Task<ServerHost> StartInMemoryAsync(ServerOptions? options = null)
    {
        var app = DeskServer.Build(options, configure: builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var client = app.GetTestClient();
        return new ServerHost(app, client, client.BaseAddress!);
    }

    internal static async Task<ServerHost> StartKestrelAsync(ServerOptions? options = null)
    {
        var app = DeskServer.Build(options, "http://127.0.0.1:0", builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new ServerHost(app, new HttpClient { BaseAddress = address }, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A multipart body with one file per (name, bytes).</summary>
    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }

        return form;
    }

    public static byte[] Seed => File.ReadAllBytes(TestPaths.Seed);

    public static byte[] SeedJson => File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
}
