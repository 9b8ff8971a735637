using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>Every limit of <see cref="JsonReadOptions"/>: accepted at the limit, refused just over it with a clear error.</summary>
public class JsonLimitTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();

    private static JsonReadError Refused(JsonReadResult result)
    {
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(JsonReadErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("DocumentLimits", error.Text.English, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Input_size_at_and_over_the_limit()
    {
        var bytes = TargetJson.Write(Seed);
        Assert.True(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = bytes.Length  } }).Success);
        Refused(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = bytes.Length - 1  } }));
    }

    [Fact]
    public void The_default_input_limit_is_64_mib()
    {
        Assert.Equal(64L * 1024 * 1024, DocumentLimits.Default.MaxInputBytes);
        var padding = new byte[DocumentLimits.DefaultMaxInputBytes + 1];
        Refused(TargetJson.Read(padding));
    }

    [Fact]
    public void String_length_at_and_over_the_limit()
    {
        var document = Seed with { Title = new string('题', 1000) };
        var bytes = TargetJson.Write(document);
        Assert.True(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxStringLength = 1000  } }).Success);
        var error = Refused(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxStringLength = 999  } }));
        Assert.Equal("/title", error.Pointer);
        Assert.True(error.Location?.Line > 0);
    }

    [Fact]
    public void Project_count_at_and_over_the_limit()
    {
        var bytes = TargetJson.Write(Seed);
        Assert.True(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxProjects = 23  } }).Success);
        var error = Refused(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxProjects = 22  } }));
        Assert.Equal("/projects", error.Pointer);
    }

    [Fact]
    public void Indicator_count_at_and_over_the_limit()
    {
        var bytes = TargetJson.Write(Seed);
        Assert.True(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxIndicators = 179  } }).Success);
        var error = Refused(TargetJson.Read(bytes, new JsonReadOptions { Limits = new DocumentLimits { MaxIndicators = 178  } }));
        Assert.StartsWith("/projects/22/indicators", error.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_at_and_over_the_limit()
    {
        static string Nested(int depth) => "{\"schemaVersion\":\"1.0\",\"fiscalYear\":2024,\"projects\":[],\"x-n\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";
        Assert.True(TargetJson.Read(Nested(10), new JsonReadOptions { Limits = new DocumentLimits { MaxDepth = 10  } }).Success);
        Refused(TargetJson.Read(Nested(11), new JsonReadOptions { Limits = new DocumentLimits { MaxDepth = 10  } }));
        Assert.True(TargetJson.Read(Encoding.UTF8.GetBytes(Nested(64))).Success);
        Refused(TargetJson.Read(Encoding.UTF8.GetBytes(Nested(65))));
    }
}
