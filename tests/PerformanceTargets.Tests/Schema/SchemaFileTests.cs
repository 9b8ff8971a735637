using System.Text;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Schema;

/// <summary>
/// The schema file of the repository is what the library generates from its one description of the format, byte for
/// byte: the file is never edited by hand. To publish a change of the description, run the tests once with
/// PERFTARGETS_APPROVE=1 (or <c>perftargets schema &gt; schema/performance-targets.schema.json</c>), review the diff and
/// commit it.
/// </summary>
public class SchemaFileTests
{
    [Fact]
    public void The_schema_file_is_what_the_description_generates()
    {
        var generated = TargetSchema.GetUtf8Bytes();
        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1")
        {
            File.WriteAllBytes(TestPaths.SchemaFile, generated);
        }

        var file = File.ReadAllBytes(TestPaths.SchemaFile);
        Assert.True(file.AsSpan().SequenceEqual(generated), $"The generated schema ({generated.Length} bytes) differs from {TestPaths.SchemaFile} ({file.Length} bytes): the description of the format changed. Review it and regenerate the file (PERFTARGETS_APPROVE=1).");
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
