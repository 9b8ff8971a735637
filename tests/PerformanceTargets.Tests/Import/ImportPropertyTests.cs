using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;
using PerformanceTargets.Json;

namespace PerformanceTargets.Tests.Import;

/// <summary>Generators of hostile input: random bytes, and the seed with lines deleted, duplicated, swapped or garbled.</summary>
public static class ImportArbitraries
{
    private static readonly string[] Garbage = ["", "\t", "\t\t\t", " ", "\t项目编码", "\t一级指标", "\t绩效目标", "[bookmark: x]", "1.", "\t816001", "\t单位：千元", "\"", "\t\"a,b\"", "\uFFFD", "第二部分", "目    录", "\t-1", "\t1e400"];

    public static Arbitrary<byte[]> Bytes() => Arb.From(ArbMap.Default.GeneratorFor<byte[]>());

    public static Arbitrary<List<string>> MangledSeed() => Arb.From(
        from edits in Gen.ListOf(
            from kind in Gen.Choose(0, 3)
            from at in Gen.Choose(0, 2480)
            from other in Gen.Choose(0, 2480)
            from garbage in Gen.Elements(Garbage)
            select (kind, at, other, garbage)).Resize(12)
        select Apply(edits));

    private static List<string> Apply(IEnumerable<(int Kind, int At, int Other, string Garbage)> edits)
    {
        var lines = ImportFixtures.SeedLines.ToList();
        foreach (var (kind, at, other, garbage) in edits)
        {
            var i = at % lines.Count;
            var j = other % lines.Count;
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[j]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                default:
                    lines[i] = garbage;
                    break;
            }
        }

        return lines;
    }
}

public class ImportPropertyTests
{
    [Property(MaxTest = 100, Arbitrary = [typeof(ImportArbitraries)])]
    public void Random_bytes_never_throw(byte[] bytes)
    {
        var result = TargetImporter.Import(bytes);
        Assert.True(result.Document is not null || result.ErrorCount > 0);
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(ImportArbitraries)])]
    public void A_mangled_seed_never_throws_and_what_is_imported_is_valid_json(List<string> lines)
    {
        var text = string.Join("\n", lines);
        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { FileName = "mangled.txt" });
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Text.English) || string.IsNullOrEmpty(d.Text.Chinese)));
        if (result.Document is { } document)
        {
            var read = TargetJson.Read(TargetJson.Write(document));
            Assert.True(read.Success, string.Join("\n", read.Errors));
            Assert.Equal(document, read.Document);

            // Every located value points at a line of the input.
            Assert.All(result.SourceMap.Entries, e => Assert.InRange(e.Value.Line, 1, lines.Count));
        }
    }

    [Property(MaxTest = 40)]
    public void A_csv_of_random_cells_under_a_known_header_never_throws(NonNull<string>[] cells)
    {
        var text = "项目名称,预算数,一级指标,二级指标,三级指标,指标值\n" + string.Join(",", cells.Select(c => c.Get));
        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { FiscalYear = 2024 });
        Assert.True(result.Document is not null || result.ErrorCount > 0);
    }
}
