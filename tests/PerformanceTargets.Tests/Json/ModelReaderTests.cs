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
/// The fast path of TargetJson.Read (Json/ModelReader.cs, straight into the model) must never accept what the reference
/// path (the plain source-generated context, the structure check and the mapper) refuses, must build exactly its
/// document, and should accept every document the reference accepts: otherwise reading would change behaviour.
/// </summary>
public class ModelReaderTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Valid_documents_read_the_same_both_ways(TargetDocument document)
    {
        var bytes = TargetJson.Write(document);
        AssertSame(bytes, "generated");
        Assert.NotNull(ModelReader.TryRead(bytes, JsonReadOptions.Default));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(MutationArbitraries)])]
    public void Mutated_documents_read_the_same_both_ways_or_fall_back(MutatedDocument mutated) =>
        AssertSame(Encoding.UTF8.GetBytes(mutated.Json), mutated.Description, completely: true);

    [Fact]
    public void The_seed_reads_the_same_both_ways_on_the_fast_path()
    {
        foreach (var name in new[] { "guanting-2024.json", "guanting-2024-excerpt.json" })
        {
            var bytes = File.ReadAllBytes(TestPaths.Sample(name));
            Assert.NotNull(ModelReader.TryRead(bytes, JsonReadOptions.Default));
            AssertSame(bytes, name, completely: true);
        }
    }

    [Theory]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"level1\": \"效益指标\",", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"le\\u0076el1\": \"产出指标\",", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出\\u6307标\",", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"weight\": 1e400,", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"weight\": 1e1,", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"weight\": \"5\",", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": 1, \"x-a\": 2,", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": 1, \"x-\\u0061\": 2,", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": {\"b\": [1, null]}, \"x-b\": \"二\",", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"x-a\": {\"b\": [1, null]}, \"zzz\": true,", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"targetValue\": {\"kind\": \"qualitative\", \"text\": \"x\"},", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"targetValue\": {\"kind\": \"qualitative\", \"value\": 1},", false)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"targetValue\": {\"kind\": \"quantitative\", \"value\": 95, \"comparator\": \">=\", \"unit\": \"%\", \"x-c\": 0},", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"targetValue\": null, \"direction\": \"negative\", \"weight\": null,", true)]
    [InlineData("\"level1\": \"产出指标\",", "\"level1\": \"产出指标\", \"direction\": \"up\",", false)]
    [InlineData("\"sequence\": 1,", "\"sequence\": 1.0,", false)]
    [InlineData("\"sequence\": 1,", "\"sequence\": 1, \"sequence\": 2,", false)]
    [InlineData("\"sequence\": 1,", "\"sequence\": null, \"periodIndicators\": null, \"implementationPeriod\": {\"start\": \"2024-01\", \"end\": \"2024-12\", \"x-p\": []}, \"attribute\": \"new\",", true)]
    [InlineData("\"sequence\": 1,", "\"implementationPeriod\": {\"start\": \"2024-01\", \"end\": \"2024-13\"},", false)]
    [InlineData("\"unit\": {", "\"unit\": {\"x-u\": 1, ", true)]
    [InlineData("\"unit\": {", "\"unit\": null, \"x-unit\": {", true)]
    [InlineData("\"month\": 3,", "\"month\": 3, \"x-note\": \"一季度\",", true)]
    [InlineData("\"total\": 67.54,", "\"total\": 67.540,", true)]
    [InlineData("\"total\": 67.54,", "\"total\": -67.54,", false)]
    [InlineData("\"goals\": [", "\"goals\": [null, 1, ", false)]
    [InlineData("\"goals\": [", "\"goals\": [null, ", false)]
    [InlineData("\"indicators\": [", "\"indicators\": [null, ", false)]
    [InlineData("\"indicators\": [", "\"indicators\": [7, ", false)]
    [InlineData("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"2.0\",", false)]
    [InlineData("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.7\", \"x-top\": {\"a\": \"b\"},", true)]
    [InlineData("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\\n\",", false)]
    [InlineData("\"fiscalYear\": 2024,", "\"fiscalYear\": 2101,", false)]
    [InlineData("\"framework\": \"2020\",", "\"framework\": \"2021\",", true)]
    [InlineData("\"framework\": \"2020\",", "\"framework\": null,", true)]
    [InlineData("\"framework\": \"2020\",", "\"framework\": \"2022\",", false)]
    [InlineData("\"stage\": \"draft\",", "\"stage\": \"final\",", true)]
    [InlineData("\"amountUnit\": \"万元\",", "\"amountUnit\": \"元\",", true)]
    [InlineData("\"amountUnit\": \"万元\",", "\"amountUnit\": \"万\",", false)]
    [InlineData("\"description\": \"经费保障行政村数量\",", "\"description\": null,", true)]
    public void Edge_cases_read_the_same_both_ways(string from, string to, bool valid)
    {
        var text = File.ReadAllText(TestPaths.Excerpt);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, at) + to + text.Substring(at + from.Length));
        AssertSame(bytes, to, completely: true);
        Assert.Equal(valid, TargetJson.Read(bytes).Success);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": []} 1")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": []} {}")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": [], }")]
    [InlineData("{\"schemaVersion\": \"1.0\", /* c */ \"fiscalYear\": 2024, \"projects\": []}")]
    [InlineData("[{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": []}]")]
    [InlineData("null")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": null}")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": [null]}")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": [], \"x-deep\": [[[[[[[[[[[[1]]]]]]]]]]]]}")]
    public void Whole_documents_read_the_same_both_ways(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        AssertSame(bytes, json, completely: true);
    }

    [Fact]
    public void Limits_send_a_document_to_the_reference_path()
    {
        var bytes = File.ReadAllBytes(TestPaths.Excerpt);
        foreach (var options in new[]
        {
            JsonReadOptions.Default with { Limits = DocumentLimits.Default with { MaxProjects = 2 } },
            JsonReadOptions.Default with { Limits = DocumentLimits.Default with { MaxIndicators = 20 } },
            JsonReadOptions.Default with { Limits = DocumentLimits.Default with { MaxStringLength = 40 } },
            JsonReadOptions.Default with { Limits = DocumentLimits.Default with { MaxDepth = 3 } },
        })
        {
            Assert.Null(ModelReader.TryRead(bytes, options));
            Assert.False(TargetJson.Read(bytes, options).Success, options.ToString());
        }

        Assert.NotNull(ModelReader.TryRead(bytes, JsonReadOptions.Default with { Limits = new DocumentLimits { MaxProjects = 3, MaxDepth = 5  } }));
    }

    [Fact]
    public void Invalid_utf8_in_an_indicator_falls_back_to_the_reference_path()
    {
        var bytes = File.ReadAllBytes(TestPaths.Excerpt);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("行政村数量"));
        bytes[at + 1] = 0xFF;
        Assert.Null(ModelReader.TryRead(bytes, JsonReadOptions.Default));
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

    /// <summary>
    /// The fast path accepts only what the reference accepts, with the same document; with <paramref name="completely"/>
    /// it also accepts everything the reference accepts.
    /// </summary>
    private static void AssertSame(byte[] bytes, string what, bool completely = false)
    {
        var reference = TargetJson.ReadReference(bytes, JsonReadOptions.Default);
        var fast = ModelReader.TryRead(bytes, JsonReadOptions.Default);
        if (fast is not null)
        {
            Assert.True(reference.Success, $"{what}: the fast path accepts what the reference refuses ({string.Join("; ", reference.Errors)})");
            Assert.Equal(reference.Document, fast);
            Assert.Equal(TargetJson.WriteToString(reference.Document!), TargetJson.WriteToString(fast));
        }
        else if (completely)
        {
            Assert.False(reference.Success, $"{what}: the fast path leaves a sound document to the reference path");
        }

        // Whatever the fast path did, TargetJson.Read decides as the reference does.
        Assert.Equal(reference.Success, TargetJson.Read(bytes).Success);
    }
}
