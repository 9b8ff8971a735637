using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Json.Codec;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Json;

/// <summary>
/// Robustness of the codec on shapes that once went wrong: a minified document whose every finding was located by
/// counting from the start of its one line, amounts rounded without a word, numbers echoed whole in messages, and
/// documents written that the reader then refused.
/// </summary>
public class CodecRobustnessTests
{
    private static string Excerpt => File.ReadAllText(TestPaths.Excerpt);

    private static string Replace(string from, string to)
    {
        var text = Excerpt;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }

    private static byte[] Minify(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The seed's 23 tables repeated to <paramref name="count"/> projects (names kept: PT402 and others fire on every copy).</summary>
    private static TargetDocument Repeated(int count)
    {
        var seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();
        var projects = Enumerable.Range(0, count).Select(i => seed.Projects[i % seed.Projects.Length] with { Sequence = i + 1 }).ToImmutableArray();
        return seed with { Projects = projects };
    }

    /// <summary>
    /// Columns are counted sixteen bytes at a time where the machine can: the count of UTF-16 units of any run of UTF-8
    /// (ASCII, CJK, letters outside the BMP, and cut anywhere, as a 128-byte checkpoint cuts a character) equals the
    /// byte-by-byte definition and, for whole text, the string's length.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Utf16_units_of_utf8_are_counted_as_the_definition_counts_them()
    {
        var pieces = Gen.Elements("a", "9", " ", "\n", "é", "预", "算", "\u00a0", "😀", "𠀀", "\"");
        var texts = pieces.ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(Arb.From(from text in texts from cut in Gen.Choose(0, 7) select (text, cut)), p =>
        {
            var bytes = Encoding.UTF8.GetBytes(p.text);
            var whole = LineTable.Utf16Length(bytes) == p.text.Length;
            var from = Math.Min(p.cut, bytes.Length);
            var cut = LineTable.Utf16Length(bytes.AsSpan(from)) == ByteByByte(bytes.AsSpan(from));
            return whole && cut;
        });
    }

    /// <summary>
    /// The line table finds line feeds thirty-two bytes at a time where the machine can: for any text (line feeds at any
    /// place, next to each other, at the ends, around block boundaries, after a byte order mark or not), every offset's
    /// line and column equal the definition: one plus the line feeds before it, and one plus the UTF-16 units since the
    /// last of them.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Lines_and_columns_are_found_as_the_definition_finds_them()
    {
        var pieces = Gen.Elements("a", "\n", "\n\n", "\r\n", "预", "😀", "                ", "\"key\": 1,");
        var texts = pieces.ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(Arb.From(from text in texts from bom in Gen.Elements(true, false) select (text, bom)), p =>
        {
            var body = Encoding.UTF8.GetBytes(p.text);
            var origin = p.bom ? 3 : 0;
            var bytes = p.bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
            var table = new LineTable(bytes, origin);
            for (var offset = origin; offset <= bytes.Length; offset++)
            {
                var lineStart = origin;
                var line = 1;
                for (var i = origin; i < offset; i++)
                {
                    if (bytes[i] == (byte)'\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                if (table.LineColumn(offset) != (line, ByteByByte(bytes.AsSpan(lineStart, offset - lineStart)) + 1))
                {
                    return false;
                }
            }

            return true;
        });
    }

    private static int ByteByByte(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    [Fact]
    public void Locating_every_finding_of_a_minified_document_counts_a_bounded_number_of_bytes_per_finding()
    {
        // 2,300 projects on one line of about 7 MB, about 20,000 findings. Counting each finding's column from the start
        // of the line, as the reader once did, would count about 70 GB.
        var bytes = Minify(TargetJson.Write(Repeated(2_300)));
        Assert.DoesNotContain((byte)'\n', bytes);
        var report = TargetValidator.Default.Validate(bytes);
        Assert.True(report.Findings.Length > 10_000, report.Findings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var before = LineTable.t_counted;
        var lines = 0L;
        foreach (var finding in report.Findings)
        {
            lines += finding.Location!.Line;
            Assert.True(finding.Location.Column > 0);
        }

        var counted = LineTable.t_counted - before;
        Assert.Equal(report.Findings.Length, lines);

        // At most two 128-byte blocks a column (bounded here by 4 KB each) (start and end of the value), plus one pass to set the checkpoints.
        Assert.True(counted <= (report.Findings.Length * 2L * 4096) + (2L * bytes.Length), $"{counted:N0} bytes counted for {report.Findings.Length:N0} findings");
    }

    [Fact]
    public void A_minified_document_gives_the_same_findings_and_columns_that_point_at_the_value()
    {
        var indented = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
        var minified = Minify(indented);
        var a = TargetValidator.Default.Validate(indented).Findings;
        var b = TargetValidator.Default.Validate(minified).Findings;
        Assert.Equal(a.Select(f => (f.RuleId, f.Pointer, f.Message)), b.Select(f => (f.RuleId, f.Pointer, f.Message)));
        var text = Encoding.UTF8.GetString(minified);
        foreach (var finding in b.Where(f => f.Pointer.EndsWith("/target", StringComparison.Ordinal)).Take(20))
        {
            var value = TargetJson.Read(minified).SourceMap.Find(finding.Pointer)!;
            Assert.Equal(1, value.Line);
            Assert.Equal('"', text[value.Column - 1]);
            Assert.Equal('"', text[value.EndColumn - 2]);
        }
    }

    [Theory]
    [InlineData("9999999999999999999999999999.9", "29 significant digits")]
    [InlineData("0.12345678901234567890123456789", "29 significant digits after the point")]
    [InlineData("1e-400", "a number too fine for a decimal")]
    [InlineData("123456789012345678901234567890", "30 digits")]
    public void An_amount_a_decimal_cannot_keep_exactly_is_refused_at_its_place_never_rounded(string number, string what)
    {
        var text = Replace("\"total\": 67.54,", "\"total\": " + number + ",");
        var result = TargetJson.Read(text);
        Assert.False(result.Success, what);
        var error = Assert.Single(result.Errors);
        Assert.Equal("/projects/0/budget/total", error.Pointer);
        Assert.Equal(JsonReadErrorKind.Schema, error.Kind);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("\"total\": " + number, StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Location!.Line);
        Assert.Equal("PT002", Assert.Single(TargetValidator.Default.ValidateJson(text).Findings).RuleId);
    }

    [Theory]
    [InlineData("1234567890123456789012345678")]
    [InlineData("0.1234567890123456789012345678")]
    [InlineData("67.540000")]
    [InlineData("6.754e1")]
    [InlineData("0e-400")]
    public void An_amount_a_decimal_keeps_exactly_is_read_and_written_back_with_its_value(string number)
    {
        var text = Replace("\"total\": 67.54,", "\"total\": " + number + ",");
        var document = TargetJson.Read(text).GetDocumentOrThrow();
        var total = document.Projects[0].Budget.Total;
        Assert.Equal(decimal.Parse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), total);
        var again = TargetJson.Read(TargetJson.Write(document)).GetDocumentOrThrow();
        Assert.Equal(total, again.Projects[0].Budget.Total);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), again.Projects[0].Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_huge_integer_is_reported_at_its_place_with_a_short_excerpt_of_it()
    {
        var digits = new string('9', 400);
        var text = Replace("\"total\": 67.54,", "\"total\": " + digits + ",");
        var error = Assert.Single(TargetJson.Read(text).Errors);
        Assert.Equal("/projects/0/budget/total", error.Pointer);
        Assert.True(error.Location!.Line > 1);
        Assert.True(error.Text.English.Length < 300, error.Text.English);
        Assert.Contains("…", error.Text.English, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('9', 100), error.Text.Chinese, StringComparison.Ordinal);
        var finding = Assert.Single(TargetValidator.CreateBuilder().UseFullSchemaReport().Build().ValidateJson(text).Findings);
        Assert.Equal("/projects/0/budget/total", finding.Pointer);
    }

    [Fact]
    public void Long_values_are_quoted_as_excerpts_in_every_message()
    {
        var long1 = new string('长', 5000);
        var text = Replace("\"stage\": \"draft\"", "\"stage\": \"" + long1 + "\"");
        var error = Assert.Single(TargetJson.Read(text).Errors);
        Assert.True(error.Text.Chinese.Length < 300 && error.Text.English.Length < 300, error.Text.English);
        var unknown = Replace("\"stage\": \"draft\"", "\"stage\": \"draft\", \"" + new string('k', 5000) + "\": 1");
        var named = Assert.Single(TargetJson.Read(unknown).Errors);
        Assert.True(named.Text.English.Length < 300, named.Text.English);
    }

    [Fact]
    public void Extension_strings_are_held_to_the_string_limit_on_read_and_on_write()
    {
        var limits = DocumentLimits.Default with { MaxStringLength = 100 };
        var text = Replace("\"stage\": \"draft\"", "\"stage\": \"draft\", \"x-note\": {\"deep\": [\"" + new string('x', 101) + "\"]}");
        var error = Assert.Single(TargetJson.Read(text, new JsonReadOptions { Limits = limits }).Errors);
        Assert.Equal(JsonReadErrorKind.LimitExceeded, error.Kind);
        Assert.Equal("/x-note", error.Pointer);

        var document = TargetJson.Read(text).GetDocumentOrThrow();
        var refused = Assert.Throws<TargetJsonException>(() => TargetJson.Write(document, limits));
        Assert.Equal(JsonReadErrorKind.LimitExceeded, Assert.Single(refused.Errors).Kind);
    }

    [Fact]
    public void The_writer_refuses_what_the_reader_would_refuse_and_writes_what_it_reads_at_the_limits()
    {
        var seed = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var bytes = TargetJson.Write(seed);

        // Output size: at the limit it is written and read back; one byte under it, refused with nothing written.
        var atLimit = DocumentLimits.Default with { MaxInputBytes = bytes.Length };
        Assert.Equal(bytes, TargetJson.Write(seed, atLimit));
        Assert.True(TargetJson.Read(bytes, new JsonReadOptions { Limits = atLimit }).Success);
        var tooSmall = DocumentLimits.Default with { MaxInputBytes = bytes.Length - 1 };
        Assert.Equal(JsonReadErrorKind.LimitExceeded, Assert.Single(Assert.Throws<TargetJsonException>(() => TargetJson.Write(seed, tooSmall)).Errors).Kind);
        Assert.False(TargetJson.Read(bytes, new JsonReadOptions { Limits = tooSmall }).Success);

        // Projects and indicators.
        var projects = seed.Projects.Length;
        Assert.True(TargetJson.Read(TargetJson.Write(seed, DocumentLimits.Default with { MaxProjects = projects }), new JsonReadOptions { Limits = DocumentLimits.Default with { MaxProjects = projects } }).Success);
        var error = Assert.Single(Assert.Throws<TargetJsonException>(() => TargetJson.Write(seed, DocumentLimits.Default with { MaxProjects = projects - 1 })).Errors);
        Assert.Equal("/projects", error.Pointer);
        Assert.Throws<TargetJsonException>(() => TargetJson.Write(seed, DocumentLimits.Default with { MaxIndicators = seed.IndicatorCount - 1 }));

        // A string over the limit names its place.
        var longName = seed with { Projects = seed.Projects.SetItem(1, seed.Projects[1] with { Name = new string('名', 200) }) };
        var named = Assert.Single(Assert.Throws<TargetJsonException>(() => TargetJson.Write(longName, DocumentLimits.Default with { MaxStringLength = 199 })).Errors);
        Assert.Equal("/projects/1/name", named.Pointer);
    }
}
