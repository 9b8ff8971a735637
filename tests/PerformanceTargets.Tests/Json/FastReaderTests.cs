using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Tests.Validation;

namespace PerformanceTargets.Tests.Json;

/// <summary>
/// The first-attempt readers of projects and indicator rows (Json/FastReaders.cs) must never accept what the plain
/// source-generated context refuses, and must build exactly its DTOs: otherwise TargetJson.Read would change behaviour.
/// </summary>
public class FastReaderTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Valid_documents_read_the_same_both_ways(TargetDocument document) =>
        AssertSame(TargetJson.Write(document), "generated");

    [Property(MaxTest = 300, Arbitrary = [typeof(MutationArbitraries)])]
    public void Mutated_documents_read_the_same_both_ways_or_fall_back(MutatedDocument mutated) =>
        AssertSame(Encoding.UTF8.GetBytes(mutated.Json), mutated.Description);

    [Theory]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"level1\": \"效益指标\",")]
    [InlineData("\"level1\": \"产出指标\",", "\"le\\u0076el1\": \"产出指标\",")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出\\u6307标\",")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"weight\": 1e400,")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"weight\": \"5\",")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": 1, \"x-a\": 2,")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": {\"b\": [1, null]}, \"zzz\": true,")]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"targetValue\": {\"kind\": \"qualitative\", \"text\": \"x\"},")]
    [InlineData("\"sequence\": 1,", "\"sequence\": 1.0,")]
    [InlineData("\"sequence\": 1,", "\"sequence\": 1, \"sequence\": 2,")]
    [InlineData("\"month\": 3,", "\"month\": 3, \"x-note\": \"一季度\",")]
    [InlineData("\"total\": 67.54,", "\"total\": 67.540,")]
    [InlineData("\"goals\": [", "\"goals\": [null, 1, ")]
    [InlineData("\"indicators\": [", "\"indicators\": [null, ")]
    [InlineData("\"indicators\": [", "\"indicators\": [7, ")]
    public void Edge_cases_read_the_same_both_ways(string from, string to)
    {
        var text = File.ReadAllText(TestPaths.Excerpt);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        AssertSame(Encoding.UTF8.GetBytes(text.Substring(0, at) + to + text.Substring(at + from.Length)), to);
    }

    [Fact]
    public void Invalid_utf8_in_an_indicator_falls_back_to_the_plain_reader()
    {
        var bytes = File.ReadAllBytes(TestPaths.Excerpt);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("行政村数量"));
        bytes[at + 1] = 0xFF;
        AssertSame(bytes, "invalid UTF-8");
        Assert.Equal(JsonReadErrorKind.Encoding, Assert.Single(TargetJson.Read(bytes).Errors).Kind);
    }

    [Fact]
    public void Equal_cells_share_one_string_and_the_pool_is_released()
    {
        var document = TargetJson.Read(File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"))).GetDocumentOrThrow();
        Assert.Same(document.Projects[0].Indicators[0].Level1, document.Projects[5].Indicators[0].Level1);
        Assert.Same(document.Projects[2].Indicators[0].Target, document.Projects[3].Indicators[0].Target);
        var reader = new Utf8JsonReader("\"a\""u8);
        reader.Read();
        Assert.Equal("a", StringPool.Get(ref reader));
    }

    private static void AssertSame(byte[] bytes, string what)
    {
        var stock = Attempt(bytes, TargetJson.GetReadContext(JsonReadOptions.DefaultMaxDepth), pooled: false);
        var fast = Attempt(bytes, TargetJson.GetFastReadContext(JsonReadOptions.DefaultMaxDepth), pooled: true);
        if (fast.Json is not null)
        {
            Assert.True(stock.Json is not null, $"{what}: the fast reader accepts what the plain reader refuses ({stock.Error})");
            Assert.Equal(stock.Json, fast.Json);
        }

        // Whatever the first attempt did, what the plain reader refuses TargetJson.Read refuses.
        if (stock.Json is null)
        {
            Assert.False(TargetJson.Read(bytes).Success, what);
        }
    }

    private static (string? Json, string? Error) Attempt(byte[] bytes, ExchangeJsonContext context, bool pooled)
    {
        if (pooled)
        {
            StringPool.Begin();
        }

        try
        {
            var dto = JsonSerializer.Deserialize(bytes, context.DocumentDto);
            return (JsonSerializer.Serialize(dto, TargetJson.GetReadContext(JsonReadOptions.DefaultMaxDepth).DocumentDto), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
        finally
        {
            if (pooled)
            {
                StringPool.End();
            }
        }
    }
}
