using System.Globalization;
using System.IO.Compression;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Packaging;

/// <summary>
/// Packs the library and the tool from a copy of the sources into a local folder, installs the tool from it into a
/// temporary tool path and runs it, and builds a small consumer project that references the package from that
/// folder. Slow (a minute or two): it is what a user of the packages does.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(10);
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void The_library_package_has_every_framework_xml_docs_readme_licence_and_symbols()
    {
        var package = Path.Combine(_feed.Folder, $"PerformanceTargets.{_feed.Version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/PerformanceTargets.dll", entries);
            Assert.Contains($"lib/{framework}/PerformanceTargets.xml", entries);
        }

        Assert.Contains("PACKAGE.md", entries);
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>PACKAGE.md</readme>", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")));
    }

    [Fact]
    public void The_tool_installs_from_the_folder_and_validates_the_sample()
    {
        using var tools = new TempDirectory();
        var install = ProcessRunner.Run("dotnet", ["tool", "install", "PerformanceTargets.Cli", "--tool-path", tools.Path, "--add-source", _feed.Folder, "--version", _feed.Version], tools.Path, Slow);
        Assert.True(install.ExitCode == 0, install.ToString());

        var executable = Path.Combine(tools.Path, "perftargets");
        var version = ProcessRunner.Run(executable, ["--version"], TestPaths.Root, Slow);
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Equal(_feed.Version, version.Output.Trim());

        var schema = ProcessRunner.Run(executable, ["schema"], TestPaths.Root, Slow);
        Assert.True(schema.ExitCode == 0, schema.ToString());
        Assert.Equal(TargetSchema.Text, schema.Output);

        var validate = ProcessRunner.Run(executable, ["validate", "samples/guanting-2024.json", "--culture", "en"], TestPaths.Root, Slow);
        Assert.True(validate.ExitCode == 1, validate.ToString());
        Assert.Contains($"samples/guanting-2024.json: 9 errors, 204 warnings, 3 infos (rule set {PerformanceTargets.Validation.RuleCatalog.Version}); not valid", validate.Output, StringComparison.Ordinal);
        Assert.Contains("error PT102: The goal \"目标内容1\" is the template's placeholder text", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_project_references_the_package_from_the_folder_and_runs_the_readme_quick_start()
    {
        using var consumer = new TempDirectory();
        File.WriteAllText(consumer.File("Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PerformanceTargets" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(consumer.File("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="perftargets-local" value="{_feed.Folder}" />
              </packageSources>
            </configuration>
            """);

        // The program is the README's quick start, exactly as written there (its using directives moved to the top).
        File.WriteAllText(consumer.File("Program.cs"), ReadmeQuickStart());
        Directory.CreateDirectory(consumer.File("samples"));
        File.Copy(TestPaths.Sample("guanting-2024.json"), consumer.File("samples/guanting-2024.json"));
        File.Copy(TestPaths.Seed, consumer.File("samples/guanting-2024.txt"));
        File.Copy(TestPaths.Sample("guanting-2024-evaluation.json"), consumer.File("samples/guanting-2024-evaluation.json"));
        File.Copy(TestPaths.Sample("guanting-2024-evaluation.csv"), consumer.File("samples/guanting-2024-evaluation.csv"));
        var run = ProcessRunner.Run("dotnet", ["run"], consumer.Path, Slow);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("怀来县官厅镇人民政府2024年部门预算绩效文本: 23 tables, 894.78 万元", run.Output, StringComparison.Ordinal);
        Assert.Contains("年度服务部门数量: ≥95百分比 → ≥95% (PercentWord)", run.Output, StringComparison.Ordinal);
        Assert.Contains("valid: False, 9 errors, 204 warnings", run.Output, StringComparison.Ordinal);
        Assert.Contains("PT102 /projects/2/goals/0: The goal \"目标内容1\" is the template's placeholder text", run.Output, StringComparison.Ordinal);
        Assert.Contains("guanting-2024.txt:71:1: info PTI009", run.Output, StringComparison.Ordinal);
        Assert.Contains("PT102", File.ReadAllText(consumer.File("guanting-2024.review.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.File("revised.json")));
        Assert.Contains("官厅镇村干部工资: 99.89 Excellent", run.Output, StringComparison.Ordinal);
        Assert.Contains("23 rows merged, 0 not", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.File("evaluation.html")));
    }

    /// <summary>The C# blocks of README.md's quick start, joined into one program.</summary>
    private static string ReadmeQuickStart()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(readme, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.True(blocks.Count >= 2, "README.md has lost its C# quick start");
        var lines = blocks.SelectMany(b => b.Split('\n')).ToList();
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);
        var code = lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal));
        return string.Join("\n", usings) + "\n" + string.Join("\n", code) + "\n";
    }

    /// <summary>Packs both packages once for the class, from a copy of the sources, with a version no cache holds.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly TempDirectory _root = new();

        public PackedFeed()
        {
            Version = "1.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            var copy = Path.Combine(_root.Path, "repo");
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", ".editorconfig" })
            {
                Directory.CreateDirectory(copy);
                File.Copy(Path.Combine(TestPaths.Root, file), Path.Combine(copy, file));
            }

            CopyTree(Path.Combine(TestPaths.Root, "schema"), Path.Combine(copy, "schema"));
            CopyTree(Path.Combine(TestPaths.Root, "src"), Path.Combine(copy, "src"));
            Folder = Path.Combine(_root.Path, "feed");
            foreach (var project in new[] { "src/PerformanceTargets/PerformanceTargets.csproj", "src/PerformanceTargets.Cli/PerformanceTargets.Cli.csproj" })
            {
                var pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", "Release", "-o", Folder, "-p:Version=" + Version], copy, Slow);
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed: " + pack);
                }
            }
        }

        public string Folder { get; }

        public string Version { get; }

        public void Dispose() => _root.Dispose();

        private static void CopyTree(string source, string target)
        {
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
    }
}
