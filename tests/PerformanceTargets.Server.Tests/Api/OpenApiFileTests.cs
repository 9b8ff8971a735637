using System.Text;
using System.Text.Json;
using PerformanceTargets.Server.Tests.Infrastructure;

namespace PerformanceTargets.Server.Tests.Api;

/// <summary>
/// docs/openapi.json is what the server serves at /openapi/v1.json, byte for byte. To publish a change of the API, run
/// the tests once with PERFTARGETS_APPROVE=1, review the diff and commit it.
/// </summary>
public sealed class OpenApiFileTests
{
    private static string FilePath => Path.Combine(TestPaths.Root, "docs", "openapi.json");

    [Fact]
    public async Task The_committed_openapi_document_is_what_the_server_serves()
    {
        await using var host = await ServerHost.StartInMemoryAsync();
        var served = await host.Client.GetByteArrayAsync("/openapi/v1.json");
        var text = Encoding.UTF8.GetString(served).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1")
        {
            File.WriteAllText(FilePath, text, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(FilePath), $"{FilePath} is missing: run the tests with PERFTARGETS_APPROVE=1 to write it.");
        Assert.True(
            string.Equals(File.ReadAllText(FilePath), text, StringComparison.Ordinal),
            $"The served OpenAPI document differs from {FilePath}: the API changed. Review it and regenerate the file (PERFTARGETS_APPROVE=1).");
    }

    [Fact]
    public void The_openapi_document_describes_every_endpoint_of_the_api()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FilePath));
        var root = json.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/import", "post"), ("/api/validate", "post"), ("/api/render", "post"), ("/api/score", "post"), ("/api/rules", "get"), ("/api/schema", "get"), ("/api/info", "get") })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.True(operation.TryGetProperty("operationId", out _), path);
            if (method == "post")
            {
                var content = operation.GetProperty("requestBody").GetProperty("content");
                Assert.True(content.TryGetProperty("multipart/form-data", out _), path);
                Assert.True(operation.GetProperty("responses").TryGetProperty("413", out _), path);
            }
        }

        Assert.False(root.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0, "The document names a server address.");
    }
}
