using BenchmarkDotNet.Running;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/PerformanceTargets.Benchmarks -- --filter '*'</c>.
/// Results land in BenchmarkDotNet.Artifacts/results; the quoted ones are copied to benchmarks/results/.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
