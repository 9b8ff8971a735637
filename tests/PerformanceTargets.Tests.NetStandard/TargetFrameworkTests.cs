using System.Reflection;
using System.Runtime.Versioning;
using PerformanceTargets.Json;

namespace PerformanceTargets.Tests;

public class TargetFrameworkTests
{
    [Fact]
    public void These_tests_run_against_the_netstandard20_build_of_the_library()
    {
        var framework = typeof(TargetJson).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }
}
