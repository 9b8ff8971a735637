using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;

namespace PerformanceTargets.Tests.Import;

/// <summary>The seed in the encodings Chinese government files come in: detected, or forced.</summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030", "gb18030-bom", "utf-8-crlf"];

    internal static byte[] Encode(string text, string name) => name switch
    {
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        "gb18030-bom" => [0x84, 0x31, 0x95, 0x33, .. Encoding.GetEncoding("GB18030").GetBytes(text)],
        "utf-8-crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_copy_of_the_seed_in_another_encoding_imports_to_the_same_json(string encoding)
    {
        var bytes = Encode(ImportFixtures.SeedText, encoding);
        var result = ImportFixtures.Import(bytes);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(TargetJson.Write(ImportFixtures.SeedDocument), TargetJson.Write(result.Document));
        Assert.Equal(
            encoding.StartsWith("gb", StringComparison.Ordinal) ? ImportEncoding.Gb18030 : encoding.StartsWith("utf-16", StringComparison.Ordinal) ? ImportEncoding.Utf16 : ImportEncoding.Utf8,
            result.Encoding);
    }

    [Fact]
    public void Gb18030_without_bom_is_detected_and_said_so()
    {
        var result = ImportFixtures.Import(Encode(ImportFixtures.SeedText, "gb18030"));
        var info = Assert.Single(result.WithCode(ImportDiagnosticCodes.EncodingDetected));
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal(4, info.Location?.Line); // the first line with Chinese text
    }

    [Theory]
    [InlineData("gb18030", ImportEncoding.Gb18030)]
    [InlineData("utf-16le-bom", ImportEncoding.Utf16)]
    [InlineData("utf-16be-bom", ImportEncoding.Utf16)]
    [InlineData("utf-8-bom", ImportEncoding.Utf8)]
    public void A_forced_encoding_that_matches_imports_without_detection(string encoding, ImportEncoding forced)
    {
        var result = ImportFixtures.Import(Encode(ImportFixtures.SeedText, encoding), new ImportOptions { Encoding = forced });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.WithCode(ImportDiagnosticCodes.EncodingDetected));
        Assert.Equal(ImportFixtures.SeedDocument, result.Document);
    }

    [Fact]
    public void Utf16_without_bom_imports_when_forced()
    {
        var result = ImportFixtures.Import(Encoding.Unicode.GetBytes(ImportFixtures.SeedText), new ImportOptions { Encoding = ImportEncoding.Utf16 });
        Assert.Equal(ImportFixtures.SeedDocument, result.Document);
    }

    [Fact]
    public void Utf16_without_bom_is_not_guessed_and_the_hint_says_how_to_force_it()
    {
        var result = ImportFixtures.Import(Encoding.Unicode.GetBytes(ImportFixtures.SeedText));
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.BinaryInput, error.Code);
        Assert.Contains("--encoding utf-16", error.HintText?.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gb18030", ImportEncoding.Utf8, "UTF-8")]
    [InlineData("utf-16le-bom", ImportEncoding.Gb18030, "GB18030")]
    public void A_forced_encoding_that_does_not_match_is_an_error_naming_the_offset(string encoding, ImportEncoding forced, string name)
    {
        var result = ImportFixtures.Import(Encode(ImportFixtures.SeedText, encoding), new ImportOptions { Encoding = forced });
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.InvalidEncoding, error.Code);
        Assert.Contains(name, error.Text.English, StringComparison.Ordinal);
        Assert.Contains("offset", error.Text.English, StringComparison.Ordinal);
        Assert.True(error.Location?.Line >= 1);
    }

    [Fact]
    public void Bytes_invalid_in_utf8_and_gb18030_are_refused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("\t项目编码\n\t"), 0xFF, 0xFF, 0x81, .. Encoding.UTF8.GetBytes("\n")];
        var result = ImportFixtures.Import(bytes);
        Assert.Null(result.Document);
        Assert.Equal(ImportDiagnosticCodes.InvalidEncoding, Assert.Single(result.Errors()).Code);
        Assert.Equal(2, result.Errors().Single().Location?.Line);
    }

    [Fact]
    public void A_utf32_file_is_refused_with_a_clear_message()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("\t项目编码")];
        var result = ImportFixtures.Import(bytes);
        Assert.Null(result.Document);
        Assert.Contains("UTF-32", Assert.Single(result.Errors()).Text.English, StringComparison.Ordinal);
    }
}
