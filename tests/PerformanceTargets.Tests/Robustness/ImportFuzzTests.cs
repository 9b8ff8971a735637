using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// The importer over mutations of the seed text and of the seed as a flat CSV table, each imported document written,
/// read back, validated and rendered (<see cref="FuzzTargets.Import"/>).
/// </summary>
[Trait("Category", "Fuzz")]
public class ImportFuzzTests
{
    private readonly ITestOutputHelper _output;

    public ImportFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_csv_seed_imports_every_table_and_indicator()
    {
        var seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();
        var (bytes, _) = FuzzTargets.Seed(FuzzTargets.ImportCsv);
        var result = TargetImporter.Import(bytes, new ImportOptions { FileName = "seed.csv" });
        Assert.Equal(ImportLayout.Flat, result.Layout);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var document = result.GetDocumentOrThrow();
        Assert.Equal(seed.Projects.Select(p => p.Name), document.Projects.Select(p => p.Name));
        Assert.Equal(seed.Projects.SelectMany(p => p.Indicators).Select(i => i.Target), document.Projects.SelectMany(p => p.Indicators).Select(i => i.Target));
        Assert.True(FuzzTargets.Import(bytes));
        Assert.True(FuzzTargets.Import(Encoding.UTF8.GetBytes(File.ReadAllText(TestPaths.Seed))));
    }

    [Fact]
    public void The_importer_survives_mutations_of_the_seed_text()
    {
        var (seed, kind) = FuzzTargets.Seed(FuzzTargets.ImportText);
        var outcome = FuzzHarness.Run(FuzzTargets.ImportText, seed, kind, randomSeed: 2024, FuzzTargets.Import, minInputs: 50);
        outcome.WriteTo(_output, FuzzTargets.ImportText);
        Assert.True(outcome.Accepted > 0 && outcome.Accepted < outcome.Inputs, "the mutations should give both documents and errors");
    }

    [Fact]
    public void The_importer_survives_mutations_of_a_flat_csv_table()
    {
        var (seed, kind) = FuzzTargets.Seed(FuzzTargets.ImportCsv);
        var outcome = FuzzHarness.Run(FuzzTargets.ImportCsv, seed, kind, randomSeed: 816001, FuzzTargets.Import, minInputs: 50);
        outcome.WriteTo(_output, FuzzTargets.ImportCsv);
        Assert.True(outcome.Accepted > 0 && outcome.Accepted < outcome.Inputs, "the mutations should give both documents and errors");
    }
}
