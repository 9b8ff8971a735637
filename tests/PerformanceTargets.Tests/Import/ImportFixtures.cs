using System.Text;
using System.Text.Json;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Import;

/// <summary>The seed, imported once, and helpers to make damaged copies of it and to read values by JSON Pointer.</summary>
public static class ImportFixtures
{
    private static readonly Lazy<ImportResult> SeedResultLazy = new(() => TargetImporter.Import(TestPaths.Seed));

    /// <summary>Gets the result of importing the seed file (shared: results are immutable).</summary>
    public static ImportResult SeedResult => SeedResultLazy.Value;

    public static TargetDocument SeedDocument => SeedResult.Document!;

    public static string SeedText => File.ReadAllText(TestPaths.Seed, Encoding.UTF8);

    /// <summary>The seed's lines, 0-based (line n of the file is SeedLines[n - 1]).</summary>
    public static string[] SeedLines => SeedText.Split('\n');

    /// <summary>The seed with its lines changed by <paramref name="edit"/>, as UTF-8 bytes.</summary>
    public static byte[] EditSeed(Action<List<string>> edit)
    {
        var lines = SeedLines.ToList();
        edit(lines);
        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }

    /// <summary>The 0-based index of the <paramref name="occurrence"/>-th line (0-based) equal to <paramref name="line"/>.</summary>
    public static int IndexOf(List<string> lines, string line, int occurrence = 0)
    {
        var seen = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == line && ++seen == occurrence)
            {
                return i;
            }
        }

        throw new InvalidOperationException("line not found: " + line);
    }

    public static ImportResult Import(byte[] bytes, ImportOptions? options = null) =>
        TargetImporter.Import(bytes, options ?? new ImportOptions { FileName = "test.txt" });

    public static ImportResult Import(string text, ImportOptions? options = null) => Import(Encoding.UTF8.GetBytes(text), options);

    /// <summary>Gets the JSON value at a pointer of the document as written by the library.</summary>
    public static JsonElement At(TargetDocument document, string pointer)
    {
        using var json = JsonDocument.Parse(TargetJson.Write(document));
        var element = json.RootElement;
        foreach (var token in JsonPointer.Split(pointer))
        {
            element = element.ValueKind == JsonValueKind.Array ? element[int.Parse(token)] : element.GetProperty(token);
        }

        return element.Clone();
    }

    /// <summary>Every leaf pointer (string, number, boolean) of the document as written by the library.</summary>
    public static List<string> LeafPointers(TargetDocument document)
    {
        using var json = JsonDocument.Parse(TargetJson.Write(document));
        var pointers = new List<string>();
        Walk(json.RootElement, string.Empty, pointers);
        return pointers;
    }

    public static IEnumerable<ImportDiagnostic> Errors(this ImportResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    public static IEnumerable<ImportDiagnostic> WithCode(this ImportResult result, string code) => result.Diagnostics.Where(d => d.Code == code);

    private static void Walk(JsonElement element, string pointer, List<string> pointers)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, JsonPointer.Append(pointer, property.Name), pointers);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, JsonPointer.Append(pointer, i++), pointers);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                pointers.Add(pointer);
                break;
        }
    }
}
