using System.Text;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Json;

public class RoundTripTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_reads_and_writes_back_byte_identical(string sample)
    {
        var original = File.ReadAllBytes(TestPaths.Sample(sample));
        var result = TargetJson.Read(original);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var written = TargetJson.Write(result.Document!);
        Assert.Equal(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Excerpt_sample_holds_the_seed_values_exactly()
    {
        var document = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal(DocumentStage.Draft, document.Stage);
        Assert.Same(IndicatorFramework.Framework2020, document.Framework);
        Assert.Equal([1, 3, 14], document.Projects.Select(p => p.Sequence!.Value));
        var table3 = document.Projects[1];
        Assert.Equal("13073024P00889410018Q", table3.Code);
        Assert.Equal("怀财字【2024】7号", table3.FundingReference);
        Assert.Equal("21.00", table3.Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "目标内容1" }, table3.Goals.ToArray());
        Assert.All(table3.Indicators, i => Assert.Equal("≥95百分比", i.Target));
        var table1 = document.Projects[0];
        Assert.Equal(" 加强村干部工作稳定性", table1.Indicators[5].Name);
        Assert.Equal("≤67.54万元", table1.Indicators[3].Target);
        Assert.Equal(67.54m, table1.Budget.Total);
        Assert.Equal(0m, table1.Budget.Other);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Read_of_write_is_identity(TargetDocument document)
    {
        var bytes = TargetJson.Write(document);
        var result = TargetJson.Read(bytes);
        return result.Success && result.Document!.Equals(document);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Write_of_read_of_write_is_byte_identical(TargetDocument document)
    {
        var first = TargetJson.Write(document);
        var second = TargetJson.Write(TargetJson.Read(first).GetDocumentOrThrow());
        return first.AsSpan().SequenceEqual(second);
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Writing_is_deterministic_utf8_without_bom_lf_and_unescaped_chinese(TargetDocument document)
    {
        var first = TargetJson.Write(document);
        var second = TargetJson.Write(document with { });
        var text = Encoding.UTF8.GetString(first);
        return first.AsSpan().SequenceEqual(second)
            && !(first.Length >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF)
            && !text.Contains('\r')
            && text.EndsWith("}\n", StringComparison.Ordinal)
            && !text.Contains("\\u5", StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_properties_are_kept_with_their_exact_numbers()
    {
        const string json = """
            {
              "schemaVersion": "1.0",
              "fiscalYear": 2024,
              "x-source": { "system": "河北预算一体化", "exportedAt": "2024-01-15", "rate": 1.500 },
              "projects": [
                { "name": "项目", "budget": { "total": 1.10, "x-note": "含结转" }, "indicators": [],
                  "x-flags": [true, null, 1e3] }
              ]
            }
            """;
        var document = TargetJson.Read(json).GetDocumentOrThrow();
        Assert.True(document.Extensions.TryGetValue("x-source", out var source));
        Assert.Equal("1.500", source.GetProperty("rate").GetRawText());
        Assert.Equal("含结转", document.Projects[0].Budget.Extensions[0].Value.GetString());
        var written = TargetJson.WriteToString(document);
        Assert.Contains("\"rate\": 1.500", written, StringComparison.Ordinal);
        Assert.Contains("1e3", written, StringComparison.Ordinal);
        Assert.Contains("\"total\": 1.10", written, StringComparison.Ordinal);
        Assert.Equal(document, TargetJson.Read(written).GetDocumentOrThrow());
    }
}
