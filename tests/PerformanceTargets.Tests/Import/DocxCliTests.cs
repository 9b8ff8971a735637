#if !LIBRARY_NETSTANDARD
using System.Text;
using PerformanceTargets.Cli;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary><c>perftargets import FILE.docx</c> and <c>import -</c> with a .docx on standard input.</summary>
public class DocxCliTests
{
    [Fact]
    public void Import_of_a_docx_file_writes_the_json_the_text_gives()
    {
        using var temp = new TempDirectory();
        var input = temp.File("guanting-2024.docx");
        File.WriteAllBytes(input, DocxSeedTests.Docx);
        var output = temp.File("guanting-2024.json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["import", input, "-o", output, "--culture", "en"], stdout, stderr);
        Assert.Equal(0, exit);
        Assert.Contains("imported 23 tables, 179 indicators, total budget 894.78 万元", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(TestPaths.Sample("guanting-2024.json")), File.ReadAllBytes(output));
    }

    [Fact]
    public void Import_of_a_docx_on_standard_input_reads_its_bytes()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["import", "-", "--culture", "en"], stdout, stderr, TextReader.Null, stdinBytes: () => new MemoryStream(DocxSeedTests.Docx));
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.json"), Encoding.UTF8), stdout.ToString());
        Assert.Contains("<stdin>", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_doc_file_exits_2_with_the_reason()
    {
        using var temp = new TempDirectory();
        var input = temp.File("old.doc");
        File.WriteAllBytes(input, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("WordDocument")]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["import", input, "--culture", "en"], stdout, stderr);
        Assert.Equal(2, exit);
        Assert.Empty(stdout.ToString());
        Assert.Contains("error PTI007: The input is a Word 97-2003 document (.doc), which is not read.", stderr.ToString(), StringComparison.Ordinal);
    }
}
#endif
