using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Json.Codec;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Tests.Validation;

namespace PerformanceTargets.Tests.Json;

/// <summary>
/// The one codec (Json/Format: the description; Json/Codec: the reader and the writer driven by it): what it reads it
/// writes back unchanged, what it refuses it refuses with every error located, and its verdict is NJsonSchema's on the
/// published schema wherever NJsonSchema can judge (the agreement property is in Validation/SchemaAgreementTests).
/// </summary>
public class CodecTests
{
    [Property(MaxTest = 200, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Valid_documents_read_back_as_written(TargetDocument document)
    {
        var bytes = TargetJson.Write(document);
        AssertConsistent(bytes, "generated");
        var read = TargetJson.Read(bytes).GetDocumentOrThrow();
        Assert.Equal(document, read);
        Assert.Equal(bytes, TargetJson.Write(read));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(MutationArbitraries)])]
    public void Mutated_documents_are_decided_consistently(MutatedDocument mutated) =>
        AssertConsistent(Encoding.UTF8.GetBytes(mutated.Json), mutated.Description);

    [Fact]
    public void The_samples_read_and_write_back_byte_for_byte()
    {
        foreach (var name in new[] { "guanting-2024.json", "guanting-2024-excerpt.json" })
        {
            var bytes = File.ReadAllBytes(TestPaths.Sample(name));
            AssertConsistent(bytes, name);
            Assert.Equal(bytes, TargetJson.Write(TargetJson.Read(bytes).GetDocumentOrThrow()));
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
    public void Edge_cases_are_decided_as_the_format_says(string from, string to, bool valid)
    {
        var text = File.ReadAllText(TestPaths.Excerpt);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, at) + to + text.Substring(at + from.Length));
        AssertConsistent(bytes, to);
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
    public void Broken_whole_documents_are_refused_with_located_errors(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        AssertConsistent(bytes, json);
        var result = TargetJson.Read(bytes);
        Assert.False(result.Success, json);
        Assert.All(result.Errors, e => Assert.True(e.Location?.Line > 0, e.ToString()));
    }

    [Fact]
    public void Nested_extension_values_within_the_depth_limit_are_kept_and_written_back()
    {
        var json = "{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": [], \"x-deep\": [[[[[[[[[[[[1]]]]]]]]]]]]}";
        var bytes = Encoding.UTF8.GetBytes(json);
        AssertConsistent(bytes, json);
        var document = TargetJson.Read(bytes).GetDocumentOrThrow();
        Assert.Equal("[[[[[[[[[[[[1]]]]]]]]]]]]", document.Extensions[0].Value.GetRawText());
    }

    [Fact]
    public void Limits_refuse_a_document_with_a_limit_error()
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
            var result = TargetJson.Read(bytes, options);
            Assert.False(result.Success, options.ToString());
            Assert.Contains(result.Errors, e => e.Kind == JsonReadErrorKind.LimitExceeded);
        }

        Assert.True(TargetJson.Read(bytes, JsonReadOptions.Default with { Limits = new DocumentLimits { MaxProjects = 3, MaxDepth = 5 } }).Success);
    }

    [Fact]
    public void Invalid_utf8_in_an_indicator_is_an_encoding_error()
    {
        var bytes = File.ReadAllBytes(TestPaths.Excerpt);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("行政村数量"));
        bytes[at + 1] = 0xFF;
        AssertConsistent(bytes, "invalid UTF-8");
        Assert.Equal(JsonReadErrorKind.Encoding, Assert.Single(TargetJson.Read(bytes).Errors).Kind);
    }

    [Fact]
    public void Equal_cells_share_one_string_within_a_read_and_from_read_to_read_and_the_pool_stays_bounded()
    {
        var bytes = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
        var document = TargetJson.Read(bytes).GetDocumentOrThrow();

        // Within a read, and in the next file of a batch read on the same thread, equal cells are one string, and the
        // document reads the same. (On a new thread, whose pool is empty: the seed's short strings take 8 KB of the
        // 32 KB arena, so that it does not fill. The test runner's threads have read other tests' documents, and a pool
        // that fills in the middle of a read starts again, so that two equal cells may then be two strings.)
        TargetDocument? first = null, again = null;
        var thread = new Thread(() =>
        {
            first = TargetJson.Read(bytes).GetDocumentOrThrow();
            again = TargetJson.Read(bytes).GetDocumentOrThrow();
        });
        thread.Start();
        thread.Join();
        Assert.Same(first!.Projects[0].Indicators[0].Level1, first.Projects[5].Indicators[0].Level1);
        Assert.Same(first.Projects[2].Indicators[0].Target, first.Projects[3].Indicators[0].Target);
        Assert.Same(first.Projects[0].Indicators[0].Level1, again!.Projects[0].Indicators[0].Level1);
        Assert.Same(first.Projects[22].Indicators[^1].Target, again.Projects[22].Indicators[^1].Target);
        Assert.Equal(document, again);

        var pool = new StringPool();
        var shared = Read(pool, "\"指标\"");
        Assert.Same(shared, Read(pool, "\"指标\""));
        Assert.Equal("a\"b", Read(pool, "\"a\\\"b\"")); // escaped: decoded by the reader

        // More distinct text than the arena holds (32 KB): the table starts again, every value still read as written.
        var values = Enumerable.Range(0, 3000).Select(i => "指标名称第" + i.ToString("D5", CultureInfo.InvariantCulture) + "项").ToArray();
        Assert.True(values.Sum(v => Encoding.UTF8.GetByteCount(v)) > 2 * 32 * 1024);
        for (var round = 0; round < 2; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(value, Read(pool, JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
            }
        }

        // After it started again, a value read before is decoded anew, and shared from then on.
        var later = Read(pool, "\"指标\"");
        Assert.Equal(shared, later);
        Assert.NotSame(shared, later);
        Assert.Same(later, Read(pool, "\"指标\""));

        static string Read(StringPool pool, string json)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();
            return pool.Get(ref reader);
        }
    }

    /// <summary>
    /// The location index keeps an object's places only up to its last property present (an indicator of the seed uses 6
    /// of its 11): a property after that, or one left out in between, has no place of its own and is found at its object;
    /// one present after a gap, or before a nested object, keeps its place.
    /// </summary>
    [Fact]
    public void Absent_properties_are_found_at_their_object_and_present_ones_keep_their_places()
    {
        var seed = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestPaths.Sample("guanting-2024.json")))!;
        var indicators = seed["projects"]![0]!["indicators"]!;
        indicators[0]!.AsObject().Remove("description");
        indicators[0]!["weight"] = 10;
        indicators[1]!["targetValue"] = System.Text.Json.Nodes.JsonNode.Parse("""{"kind": "quantitative", "value": 21}""");
        var json = seed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var lines = json.Split('\n');
        var map = TargetJson.Read(Encoding.UTF8.GetBytes(json)).SourceMap;

        // Present: found exactly, on the line that holds the property.
        foreach (var (pointer, name) in new[]
        {
            ("/projects/0/indicators/0/weight", "\"weight\""),
            ("/projects/0/indicators/0/basis", "\"basis\""),
            ("/projects/0/indicators/1/targetValue/value", "\"value\""),
            ("/projects/0/indicators/1/targetValue", "\"targetValue\""),
            ("/projects/0/indicators/2/basis", "\"basis\""),
        })
        {
            Assert.True(map.TryGetExact(pointer, out var place), pointer);
            Assert.Contains(name, lines[place.Line - 1], StringComparison.Ordinal);
        }

        // Absent (left out in between, or after the last one present): no place of its own, found at the object.
        foreach (var (pointer, owner) in new[]
        {
            ("/projects/0/indicators/0/description", "/projects/0/indicators/0"),
            ("/projects/0/indicators/0/direction", "/projects/0/indicators/0"),
            ("/projects/0/indicators/2/weight", "/projects/0/indicators/2"),
            ("/projects/0/indicators/2/evaluation", "/projects/0/indicators/2"),
            ("/projects/0/indicators/1/targetValue/text", "/projects/0/indicators/1/targetValue"),
            ("/projects/0/indicators/1/evaluation", "/projects/0/indicators/1"),
        })
        {
            Assert.False(map.TryGetExact(pointer, out _), pointer);
            Assert.True(map.TryGetExact(owner, out var expected), owner);
            Assert.Equal(expected, map.Find(pointer));
        }
    }

    /// <summary>
    /// Reading decides the same twice (the reader keeps no state between reads); a document read is written back and
    /// read again to the same document; a refusal has at least one error, each with a message in both languages.
    /// </summary>
    private static void AssertConsistent(byte[] bytes, string what)
    {
        var first = TargetJson.Read(bytes);
        var second = TargetJson.Read(bytes);
        Assert.Equal(first.Success, second.Success);
        Assert.Equal(first.Errors.Select(e => e.ToString()), second.Errors.Select(e => e.ToString()));
        if (first.Document is { } document)
        {
            Assert.Equal(document, second.Document);
            var again = TargetJson.Read(TargetJson.Write(document));
            Assert.True(again.Success, what);
            Assert.Equal(document, again.Document);
        }
        else
        {
            Assert.NotEmpty(first.Errors);
            Assert.All(first.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Text.English) || string.IsNullOrWhiteSpace(e.Text.Chinese), what));
        }
    }
}
