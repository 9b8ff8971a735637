using PerformanceTargets.Model;
using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Json;

public class ReadErrorTests
{
    private static string Excerpt => File.ReadAllText(TestPaths.Excerpt);

    private static JsonReadError SingleError(JsonReadResult result)
    {
        Assert.False(result.Success);
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Malformed_json_is_a_syntax_error_with_line_and_column()
    {
        var text = Excerpt.Replace("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024,,", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.Syntax, error.Kind);
        var expectedLine = Excerpt.Split('\n').ToList().FindIndex(l => l.Contains("fiscalYear", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, error.Location!.Line);
        Assert.True(error.Location!.Column > 0);
        Assert.Contains("not well-formed JSON", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("格式正确", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_document_is_a_syntax_error()
    {
        var error = SingleError(TargetJson.Read(Excerpt.Substring(0, Excerpt.Length / 2)));
        Assert.Equal(JsonReadErrorKind.Syntax, error.Kind);
    }

    [Fact]
    public void Invalid_utf8_is_an_encoding_error_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Excerpt).ToList();
        var at = Encoding.UTF8.GetBytes(Excerpt).AsSpan().IndexOf(Encoding.UTF8.GetBytes("官厅镇村干部工资"));
        bytes[at] = 0xFF;
        var error = SingleError(TargetJson.Read(bytes.ToArray()));
        Assert.Equal(JsonReadErrorKind.Encoding, error.Kind);
        var expectedLine = Excerpt.Substring(0, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Excerpt), 0, at).Length).Count(c => c == '\n') + 1;
        Assert.Equal(expectedLine, error.Location!.Line);
    }

    [Theory]
    [InlineData("\"x-note\": \"", "an extension value nobody decodes")]
    [InlineData("\"x-", "an extension name")]
    public void Invalid_utf8_where_no_reader_decodes_it_is_still_an_encoding_error(string before, string where)
    {
        // Reading such a document and writing it back would replace the byte: it must be refused, wherever it is.
        var prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", \"fiscalYear\": 2024, \"projects\": [], " + before);
        var bytes = prefix.Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes(before.StartsWith("\"x-note", StringComparison.Ordinal) ? "\"}" : "a\": 1}")).ToArray();
        var error = SingleError(TargetJson.Read(bytes));
        Assert.True(error.Kind == JsonReadErrorKind.Encoding, where);
        Assert.Equal(prefix.Length + 1, error.Location!.Column);
    }

    [Fact]
    public void Utf16_and_gb18030_files_are_refused_with_a_hint()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Excerpt)).ToArray();
        var error = SingleError(TargetJson.Read(utf16));
        Assert.Equal(JsonReadErrorKind.Encoding, error.Kind);
        Assert.Contains("UTF-16", error.Text.English, StringComparison.Ordinal);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(Excerpt);
        Assert.Equal(JsonReadErrorKind.Encoding, SingleError(TargetJson.Read(gb)).Kind);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(TestPaths.Excerpt)).ToArray();
        Assert.True(TargetJson.Read(bytes).Success);
    }

    [Fact]
    public void Empty_input_is_a_clear_error()
    {
        Assert.Equal(JsonReadErrorKind.Syntax, SingleError(TargetJson.Read(Array.Empty<byte>())).Kind);
        Assert.Equal(JsonReadErrorKind.Syntax, SingleError(TargetJson.Read(" \n ")).Kind);
        Assert.Equal(JsonReadErrorKind.Schema, SingleError(TargetJson.Read("null")).Kind);
        Assert.Equal(JsonReadErrorKind.Schema, SingleError(TargetJson.Read("[]")).Kind);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = "{\"schemaVersion\":\"1.0\",\"fiscalYear\":2024,\"projects\":[],\"x-deep\":" + new string('[', 5000) + new string(']', 5000) + "}";
        var error = SingleError(TargetJson.Read(deep));
        Assert.Equal(JsonReadErrorKind.LimitExceeded, error.Kind);
        Assert.StartsWith("/x-deep", error.Pointer, StringComparison.Ordinal);

        var justInside = "{\"schemaVersion\":\"1.0\",\"fiscalYear\":2024,\"projects\":[],\"x-deep\":" + new string('[', 63) + new string(']', 63) + "}";
        Assert.True(TargetJson.Read(justInside).Success);
        var justOver = "{\"schemaVersion\":\"1.0\",\"fiscalYear\":2024,\"projects\":[],\"x-deep\":" + new string('[', 64) + new string(']', 64) + "}";
        Assert.Equal(JsonReadErrorKind.LimitExceeded, SingleError(TargetJson.Read(justOver)).Kind);
    }

    [Fact]
    public void An_unknown_major_version_is_reported_as_such()
    {
        var text = Excerpt.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.UnsupportedVersion, error.Kind);
        Assert.Equal("/schemaVersion", error.Pointer);
        Assert.Equal(2, error.Location!.Line);

        var withTypeError = text.Replace("\"fiscalYear\": 2024", "\"fiscalYear\": \"2024\"", StringComparison.Ordinal);
        Assert.Equal(JsonReadErrorKind.UnsupportedVersion, SingleError(TargetJson.Read(withTypeError)).Kind);

        var minor = Excerpt.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.7\"", StringComparison.Ordinal);
        Assert.True(TargetJson.Read(minor).Success);
    }

    [Fact]
    public void A_wrong_type_names_the_pointer_and_what_was_expected()
    {
        var text = Excerpt.Replace("\"total\": 21.00", "\"total\": \"21.00\"", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.Schema, error.Kind);
        Assert.Equal("type", error.Keyword);
        Assert.Equal("/projects/1/budget/total", error.Pointer);
        Assert.Equal("Expected a number but found a string.", error.Text.English);
        Assert.Equal(Excerpt.Split('\n').ToList().FindIndex(l => l.Contains("\"total\": 21.00", StringComparison.Ordinal)) + 1, error.Location!.Line);
    }

    [Fact]
    public void An_error_prints_its_position_when_known_and_nothing_in_its_place_when_not()
    {
        var located = new JsonReadError { Kind = JsonReadErrorKind.Schema, Pointer = "/fiscalYear", Location = new SourceLocation { Line = 3, Column = 17 }, Text = new LocalizedText("应为整数。", "Expected an integer.") };
        Assert.Equal("3:17 /fiscalYear: Expected an integer.", located.ToString());
        using var stream = new MemoryStream(new byte[11]);
        var tooLarge = SingleError(TargetJson.Read(stream, new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = 10  } }));
        Assert.Null(tooLarge.Location);
        Assert.Equal("(document): The input is larger than 10 bytes (DocumentLimits.MaxInputBytes). Split the document or raise the limit.", tooLarge.ToString());
    }

    [Fact]
    public void A_huge_number_is_out_of_range_not_a_crash()
    {
        var text = Excerpt.Replace("\"total\": 21.00", "\"total\": 1e400", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.Schema, error.Kind);
        Assert.Contains("out of range", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_errors_are_all_reported_with_pointers_and_lines()
    {
        var text = Excerpt
            .Replace("\"name\": \"官厅镇村干部工资\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"stage\": \"draft\"", "\"stage\": \"draught\"", StringComparison.Ordinal)
            .Replace("\"amountUnit\": \"万元\",", "\"amountUnit\": \"万元\", \"amount_unit\": 1,", StringComparison.Ordinal);
        var result = TargetJson.Read(text);
        Assert.False(result.Success);
        var pointers = result.Errors.Select(e => (e.Pointer, e.Keyword)).ToList();
        Assert.Contains(("/projects/0/name", "required"), pointers);
        Assert.Contains(("/stage", "enum"), pointers);
        Assert.Contains(("/amount_unit", "additionalProperties"), pointers);
        Assert.All(result.Errors, e => Assert.True(e.Location?.Line > 0, e.ToString()));
        Assert.Contains("x-", result.Errors.Single(e => e.Keyword == "additionalProperties").HintText!.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_property_names_are_refused()
    {
        var text = Excerpt.Replace("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024, \"fiscalYear\": 2025,", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.Syntax, error.Kind);
        Assert.Equal("/fiscalYear", error.Pointer);
        Assert.Contains("twice", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_an_encoding_error()
    {
        var text = Excerpt.Replace("\"title\": \"", "\"title\": \"\\ud800", StringComparison.Ordinal);
        var error = SingleError(TargetJson.Read(text));
        Assert.Equal(JsonReadErrorKind.Encoding, error.Kind);
        Assert.Equal("/title", error.Pointer);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_parsing()
    {
        var bytes = File.ReadAllBytes(TestPaths.Excerpt);
        var options = new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = bytes.Length - 1  } };
        Assert.Equal(JsonReadErrorKind.LimitExceeded, SingleError(TargetJson.Read(bytes, options)).Kind);
        Assert.Equal(JsonReadErrorKind.LimitExceeded, SingleError(TargetJson.Read(new MemoryStream(bytes), options)).Kind);
        Assert.True(TargetJson.Read(bytes, options with { Limits = DocumentLimits.Default with { MaxInputBytes = bytes.Length } }).Success);
    }

    [Fact]
    public void Errors_can_be_thrown_on_request_with_every_message()
    {
        var result = TargetJson.Read("{\"schemaVersion\":\"1.0\"}");
        var exception = Assert.Throws<TargetJsonException>(() => result.GetDocumentOrThrow());
        Assert.Equal(2, exception.Errors.Length);
        Assert.Contains("fiscalYear", exception.Message, StringComparison.Ordinal);
        Assert.Contains("projects", exception.Message, StringComparison.Ordinal);
    }
}
