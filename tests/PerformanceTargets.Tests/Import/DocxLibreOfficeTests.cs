using System.Diagnostics;
using System.Text.RegularExpressions;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>Where the LibreOffice import test finds <c>soffice</c>: <c>PERFTARGETS_SOFFICE</c>, else the PATH.</summary>
public static class DocxLibreOffice
{
    public static string? Executable { get; } = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PERFTARGETS_SOFFICE") is { Length: > 0 } path)
        {
            return path;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "soffice");
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A test that needs LibreOffice: skipped without it, except in CI (<c>CI=true</c>), where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (DocxLibreOffice.Executable is null && !DocxLibreOffice.IsCi)
        {
            Skip = "LibreOffice (soffice) was not found on the PATH (or PERFTARGETS_SOFFICE): install libreoffice-writer-nogui. In CI (CI=true) this test fails instead of skipping.";
        }
    }
}

/// <summary>A Word document written by another program: LibreOffice's conversion of the seed's HTML rendering imports.</summary>
public class DocxLibreOfficeTests
{
    /// <summary>White space at the ends of strings, which HTML does not keep (" =100%" in the seed is "=100%" on a web page).</summary>
    private static string Trimmed(string json) => Regex.Replace(json, "(?<=\")\\s+|\\s+(?=\")", string.Empty);

    [LibreOfficeFact]
    public void The_seed_rendered_as_HTML_and_converted_by_LibreOffice_imports_with_every_project()
    {
        Assert.True(DocxLibreOffice.Executable is not null, "soffice was not found");
        using var temp = new TempDirectory();
        var seed = ImportFixtures.SeedDocument;
        var html = temp.File("guanting-2024.html");
        File.WriteAllText(html, TargetRenderer.Default.Render(seed).GetTextOrThrow());
        var start = new ProcessStartInfo(DocxLibreOffice.Executable!)
        {
            ArgumentList = { "--headless", "-env:UserInstallation=file://" + temp.File("profile"), "--convert-to", "docx:MS Word 2007 XML", "--outdir", Path.GetDirectoryName(html)!, html },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(180_000), "soffice did not finish in 3 minutes");
        }

        var docx = Path.ChangeExtension(html, ".docx");
        Assert.True(File.Exists(docx), "LibreOffice wrote no .docx");
        var result = TargetImporter.Import(docx);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal(seed.Projects.Length, document.Projects.Length);
        for (var i = 0; i < seed.Projects.Length; i++)
        {
            Assert.Equal(
                Trimmed(TargetJson.WriteToString(seed with { Projects = [seed.Projects[i]] })).Split("\"projects\"")[1],
                Trimmed(TargetJson.WriteToString(seed with { Projects = [document.Projects[i]] })).Split("\"projects\"")[1]);
        }

        Assert.Equal(seed.OverallTargets, document.OverallTargets);
    }
}
