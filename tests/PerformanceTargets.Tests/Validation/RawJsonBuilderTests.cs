using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// The SARIF results are laid out by <see cref="RawJsonBuilder"/> and copied into the report's JSON writer: every value it
/// encodes must be the bytes that <see cref="Utf8JsonWriter"/> itself writes with the report's encoder, whatever the text
/// (quotes, back slashes, controls, line separators, lone surrogates, characters outside the BMP).
/// </summary>
public class RawJsonBuilderTests
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [Property(MaxTest = 500)]
    public bool A_string_is_encoded_as_the_json_writer_encodes_it(string text, char odd, bool astral)
    {
        // Random text, with one character of any kind put in it, and a character outside the BMP.
        var value = (text ?? string.Empty) + odd + (astral ? "𠀀指标😀" : "“指标”，。");
        using var builder = new RawJsonBuilder();
        builder.Raw("["u8);
        builder.String(value.AsSpan());
        builder.Raw("]"u8);
        return builder.Written.SequenceEqual(Expected(value));
    }

    [Property(MaxTest = 300)]
    public bool A_text_with_a_fixed_tail_is_encoded_as_the_whole_text_with_a_space_between(string text, string tail, char odd)
    {
        // The tail (a rule's hint) is encoded once and copied: written twice, after different texts, and after texts that
        // need escaping, each value must be the writer's bytes for "text tail".
        var first = (text ?? string.Empty) + odd;
        var fixedTail = (tail ?? string.Empty) + "。请\"核实\"\\";
        using var builder = new RawJsonBuilder();
        builder.Raw("["u8);
        builder.String(first.AsSpan(), fixedTail);
        builder.Raw(","u8);
        builder.String("指标“≥95%”".AsSpan(), fixedTail);
        builder.Raw(","u8);
        builder.String("no tail".AsSpan(), null);
        builder.Raw("]"u8);
        var expected = Encoding.UTF8.GetString(Expected(first + " " + fixedTail)).TrimEnd(']') + ","
            + Encoding.UTF8.GetString(Expected("指标“≥95%” " + fixedTail)).Trim('[', ']') + ","
            + Encoding.UTF8.GetString(Expected("no tail")).TrimStart('[');
        return Encoding.UTF8.GetString(builder.Written) == expected;
    }

    [Fact]
    public void Recurring_strings_are_encoded_once_and_then_copied_as_they_were()
    {
        using var builder = new RawJsonBuilder();
        builder.Raw("["u8);
        builder.Recurring("file:///tmp/a%20b.json");
        builder.Raw(","u8);
        builder.Recurring("PT\"1");
        builder.Raw(","u8);
        builder.Recurring("file:///tmp/a%20b.json");
        builder.Raw(","u8);
        builder.Number(-1234567890123L);
        builder.Raw("]"u8);
        Assert.Equal("""["file:///tmp/a%20b.json","PT\"1","file:///tmp/a%20b.json",-1234567890123]""", Encoding.UTF8.GetString(builder.Written));
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void The_table_of_units_written_as_they_are_agrees_with_the_json_writer_for_every_unit()
    {
        // 63,488 units (every one but the surrogates, which the writer always escapes): the table says "as it is" exactly
        // when the writer writes the unit's own UTF-8 between the quotes.
        var mismatches = new List<int>();
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                Assert.False(RawJsonBuilder.IsVerbatim([(char)c]));
                continue;
            }

            var text = ((char)c).ToString();
            var written = Expected(text);
            var verbatim = written.AsSpan(1, written.Length - 2).SequenceEqual(Encoding.UTF8.GetBytes("\"" + text + "\""));
            if (verbatim != RawJsonBuilder.IsVerbatim(text.AsSpan()))
            {
                mismatches.Add(c);
            }
        }

        Assert.Empty(mismatches);
        Assert.True(RawJsonBuilder.IsVerbatim("指标值“≥95%”，请改为：".AsSpan()));
        Assert.False(RawJsonBuilder.IsVerbatim("a\"b".AsSpan()));
    }

    [Fact]
    public void A_long_text_is_verbatim_exactly_when_every_unit_is_whichever_block_a_unit_falls_in()
    {
        // Long texts are checked sixteen units at a time against ranges before any lookup: every unit, put at the start,
        // the middle and the end of a block and in the tail, must get the answer it gets alone.
        var mismatches = new List<int>();
        var chars = new char[41];
        for (var c = 0; c < 0x10000; c++)
        {
            var alone = RawJsonBuilder.IsVerbatim([(char)c]);
            foreach (var at in new[] { 0, 7, 15, 16, 31, 40 })
            {
                chars.AsSpan().Fill('指');
                chars[at] = (char)c;
                if (RawJsonBuilder.IsVerbatim(chars) != alone)
                {
                    mismatches.Add(c);
                    break;
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.True(RawJsonBuilder.IsVerbatim("表3的全部 9 个指标的指标值都是 ≥95百分比：指标值是随手填写的，未经测算。“年度”（另见表4、6）…".AsSpan()));
        Assert.False(RawJsonBuilder.IsVerbatim("表3的全部 9 个指标的指标值都是 ≥95百分比\u2028：指标值是随手填写的".AsSpan()));
        Assert.False(RawJsonBuilder.IsVerbatim("/projects/0/indicators/12/target\\/projects/0/indicators".AsSpan()));
    }
#endif

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_value_of_the_seed_ends_where_reading_that_one_value_ends(bool minified)
    {
        // The location index finds where a scalar ends by scanning (a string to its closing quote, a number to the byte
        // after it) and counts the end column from the start when both are on one line: both must give what reading the
        // value and counting from the start of its line gives.
        var bytes = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
        if (minified)
        {
            using var parsed = JsonDocument.Parse(bytes);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
            {
                parsed.WriteTo(writer);
            }

            bytes = buffer.ToArray();
        }

        var map = TargetJson.Read(bytes).SourceMap;
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        var checkedValues = 0;
        foreach (var (pointer, location) in map.Entries)
        {
            // The value's start from its line and UTF-16 column, then its end by reading it, as a line and a column.
            var lineStart = starts[location.Line - 1];
            var lineEnd = location.Line < starts.Count ? starts[location.Line] : bytes.Length;
            var line = Encoding.UTF8.GetString(bytes, lineStart, lineEnd - lineStart);
            var start = lineStart + Encoding.UTF8.GetByteCount(line.AsSpan(0, location.Column - 1));
            var reader = new Utf8JsonReader(bytes.AsSpan(start));
            Assert.True(reader.Read(), pointer);
            reader.Skip();
            var end = start + (int)reader.BytesConsumed;
            var endLine = starts.FindLastIndex(s => s <= end) + 1;
            var endColumn = Encoding.UTF8.GetCharCount(bytes, starts[endLine - 1], end - starts[endLine - 1]) + 1;
            Assert.True((endLine, endColumn) == (location.EndLine, location.EndColumn), $"{pointer}: ({location.EndLine}, {location.EndColumn}), expected ({endLine}, {endColumn})");
            checkedValues++;
        }

        Assert.True(checkedValues > 1500, checkedValues.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] Expected(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true }))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        return stream.ToArray();
    }
}
