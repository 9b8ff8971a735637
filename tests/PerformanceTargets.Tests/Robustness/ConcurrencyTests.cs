using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Tests.Rendering;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// One validator, one default renderer, one renderer with user templates and the importer, shared by many threads over
/// 200 documents (the seed, the excerpt, generated, hostile and damaged ones): every report (text, JSON, SARIF) and every
/// rendering is byte for byte what the single-threaded run gives.
/// </summary>
public class ConcurrencyTests
{
    private const int Rounds = 3;

    private static readonly TargetValidator English = TargetValidator.CreateBuilder().UseCulture(Language.English).DisableRule("PT308").Build();

    private static readonly TargetRenderer UserTemplates = TargetRenderer.CreateBuilder()
        .UseTemplate(TemplateKind.HtmlDocument, "{{ document.display_title }}\n{{ for project in projects }}{{ include 'html-table' }}{{ end }}{{ if review }}{{ review.error_count }}{{ end }}")
        .UseTemplate(TemplateKind.HtmlTable, "{{ project.number }}.{{ project.name }}|{{ for row in project.indicators }}{{ row.level1 }}/{{ row.name }}={{ row.target }};{{ end }}\n")
        .Build()
        .GetRendererOrThrow();

    /// <summary>The JSON inputs: 2 samples, 1 hostile, 97 generated documents, 100 damaged copies of the seed.</summary>
    private static List<(string Name, byte[] Bytes)> JsonInputs()
    {
        var inputs = new List<(string, byte[])>
        {
            ("seed", File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"))),
            ("excerpt", File.ReadAllBytes(TestPaths.Excerpt)),
            ("hostile", TargetJson.Write(RenderingFixtures.Hostile())),
        };
        var generated = DocumentArbitraries.DocumentGen().Sample(97, new Rnd(20241128UL), 20);
        inputs.AddRange(generated.Select((d, i) => ("generated-" + i.ToString(CultureInfo.InvariantCulture), TargetJson.Write(d))));
        var mutator = new Mutator(42);
        var seed = inputs[0].Item2;
        for (var i = 0; i < 100; i++)
        {
            var (strategy, bytes) = mutator.Mutate(seed, InputKind.Json);
            inputs.Add((strategy + "-" + i.ToString(CultureInfo.InvariantCulture), bytes));
        }

        return inputs;
    }

    /// <summary>Everything a server would send back for one JSON input, as one string.</summary>
    private static string Serve(string name, byte[] bytes, TargetValidator validator)
    {
        var report = validator.Validate(bytes, name + ".json");
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            ValidationReportWriter.WriteText(report, writer, validator.Culture);
            ValidationReportWriter.WriteJson(report, writer);
            ValidationReportWriter.WriteSarif(report, writer, validator);
        }

        if (report.Document is { } document)
        {
            text.Append(TargetRenderer.Default.Render(document).GetTextOrThrow());
            text.Append(TargetRenderer.Default.Render(document, new RenderOptions { Format = RenderFormat.Markdown, Language = Language.English }).GetTextOrThrow());
            text.Append(TargetRenderer.Default.Render(document, new RenderOptions { Review = true }, report).GetTextOrThrow());
            text.Append(UserTemplates.Render(document, new RenderOptions { Review = true }, report).GetTextOrThrow());
            if (document.Projects.Length > 0)
            {
                text.Append(TargetRenderer.Default.RenderTable(document, document.Projects.Length - 1, new RenderOptions { MergedCells = MergedCellStyle.Repeat }).GetTextOrThrow());
            }
        }

        return text.ToString();
    }

    private static void AssertSameInParallel(int count, Func<int, string> work)
    {
        var expected = Enumerable.Range(0, count).Select(work).ToArray();
        var actual = new string[count * Rounds];
        var order = Enumerable.Range(0, actual.Length).OrderBy(i => (i * 7919) % actual.Length).ToArray();
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => actual[order[k]] = work(order[k] % count));
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.True(string.Equals(expected[i % count], actual[i], StringComparison.Ordinal), $"input {i % count} (round {i / count}) differs when run in parallel");
        }
    }

    [Fact]
    public void Validators_and_renderers_shared_by_threads_give_the_single_threaded_results()
    {
        var inputs = JsonInputs();
        Assert.Equal(200, inputs.Count);
        Assert.Contains(inputs, i => TargetJson.Read(i.Bytes).Success);
        Assert.Contains(inputs, i => !TargetJson.Read(i.Bytes).Success);
        AssertSameInParallel(inputs.Count * 2, i => Serve(inputs[i / 2].Name, inputs[i / 2].Bytes, i % 2 == 0 ? TargetValidator.Default : English));
    }

    [Fact]
    public void The_importer_run_by_threads_gives_the_single_threaded_results()
    {
        var text = File.ReadAllBytes(TestPaths.Seed);
        var (csv, _) = FuzzTargets.Seed(FuzzTargets.ImportCsv);
        var inputs = new List<byte[]> { text, csv };
        var mutator = new Mutator(7);
        for (var i = 0; i < 60; i++)
        {
            inputs.Add(mutator.Mutate(i % 2 == 0 ? text : csv, i % 2 == 0 ? InputKind.Text : InputKind.Csv).Bytes);
        }

        AssertSameInParallel(inputs.Count, i =>
        {
            var result = TargetImporter.Import(inputs[i], new ImportOptions { FileName = "input-" + i.ToString(CultureInfo.InvariantCulture) });
            var output = new StringBuilder();
            foreach (var diagnostic in result.Diagnostics)
            {
                output.Append(diagnostic.Format(Language.Chinese)).Append('\n');
            }

            if (result.Document is { } document)
            {
                output.Append(TargetJson.WriteToString(document));
                using var writer = new StringWriter(output, CultureInfo.InvariantCulture);
                ValidationReportWriter.WriteText(TargetValidator.Default.Validate(result), writer);
            }

            return output.ToString();
        });
    }
}
