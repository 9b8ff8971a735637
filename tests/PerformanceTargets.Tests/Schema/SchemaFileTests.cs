using System.Text;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Schema;

/// <summary>The schema embedded in the library is the schema file of the repository, byte for byte.</summary>
public class SchemaFileTests
{
    [Fact]
    public void Embedded_schema_is_byte_identical_to_the_schema_file()
    {
        var file = File.ReadAllBytes(TestPaths.SchemaFile);
        var embedded = TargetSchema.GetUtf8Bytes();
        Assert.True(file.AsSpan().SequenceEqual(embedded), $"The embedded schema ({embedded.Length} bytes) differs from {TestPaths.SchemaFile} ({file.Length} bytes): rebuild the library.");
    }

    [Fact]
    public void Schema_text_is_the_file_decoded_as_utf8()
    {
        var file = File.ReadAllBytes(TestPaths.SchemaFile);
        Assert.Equal(new UTF8Encoding(false, true).GetString(file), TargetSchema.Text);
    }

    [Fact]
    public void Schema_file_is_utf8_without_bom_with_lf_line_endings_and_a_final_newline()
    {
        var file = File.ReadAllBytes(TestPaths.SchemaFile);
        Assert.False(file.Length >= 3 && file[0] == 0xEF && file[1] == 0xBB && file[2] == 0xBF, "The schema file starts with a byte order mark.");
        var text = new UTF8Encoding(false, true).GetString(file);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal), "The schema file ends with a blank line.");
        Assert.DoesNotContain('\t', text);
    }

    [Fact]
    public void Get_utf8_bytes_returns_a_copy()
    {
        var first = TargetSchema.GetUtf8Bytes();
        first[0] = (byte)'X';
        Assert.Equal((byte)'{', TargetSchema.GetUtf8Bytes()[0]);
    }
}
