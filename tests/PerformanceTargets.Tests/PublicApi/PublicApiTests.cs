using PublicApiGenerator;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.PublicApi;

/// <summary>
/// The public API is a promise: this test fails whenever it changes. To approve a deliberate change, review
/// PerformanceTargets.received.txt next to the approved file and copy it over (or run the tests once with
/// PERFTARGETS_APPROVE=1), then commit the approved file with the change.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"] };
        var api = typeof(TargetJson).Assembly.GeneratePublicApi(options).Replace("\r\n", "\n", StringComparison.Ordinal);
        var folder = Path.Combine(TestPaths.Root, "tests", "PerformanceTargets.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "PerformanceTargets.approved.txt");
        var receivedPath = Path.Combine(folder, "PerformanceTargets.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (string.Equals(approved, api, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, api);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API changed. Review {receivedPath}; if the change is deliberate, copy it to {approvedPath} and commit it.");
    }

    [Fact]
    public void Every_public_type_is_sealed_static_abstract_an_interface_or_an_enum()
    {
        var types = typeof(TargetJson).Assembly.GetExportedTypes();
        var open = types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();
        Assert.Empty(open);
    }
}
