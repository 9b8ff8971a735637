using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Runs a target over mutated inputs for a bounded time and number of inputs. Every input must end in a result or
/// a clear error: an exception, a run longer than the time bound or an allocation beyond the memory bound fails the
/// test, and the input is saved under TestData/Fuzz/regressions so that it can be committed and replayed.
/// </summary>
public static class FuzzHarness
{
    /// <summary>The per-run budget; CI may raise it with PERFTARGETS_FUZZ_SECONDS.</summary>
    public static TimeSpan Budget => TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("PERFTARGETS_FUZZ_SECONDS") ?? "15", CultureInfo.InvariantCulture));

    public static string RegressionFolder => TestPaths.TestData("Fuzz", "regressions");

    public sealed record Outcome(int Inputs, IReadOnlyDictionary<string, int> ByStrategy, TimeSpan Slowest, long MostAllocated);

    public static Outcome Run(string name, byte[] seed, bool json, int randomSeed, Action<byte[]> target, int maxInputs = 100_000, TimeSpan? perInputLimit = null, long? allocationLimit = null)
    {
        var mutator = new Mutator(randomSeed);
        var limit = perInputLimit ?? TimeSpan.FromSeconds(5);
        var memory = allocationLimit ?? (256L * 1024 * 1024);
        var byStrategy = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var mostAllocated = 0L;
        var inputs = 0;
        while (inputs < maxInputs && clock.Elapsed < Budget)
        {
            var (strategy, bytes) = mutator.Mutate(seed, json);
            inputs++;
            byStrategy[strategy] = byStrategy.GetValueOrDefault(strategy) + 1;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            try
            {
                target(bytes);
            }
#pragma warning disable CA1031 // Any exception is the failure we are looking for.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var path = Save(name, bytes);
                Assert.Fail($"{name}: {ex.GetType().Name} on a '{strategy}' input after {inputs} inputs; saved as {path}.\n{ex}");
            }

            watch.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            mostAllocated = Math.Max(mostAllocated, allocated);
            if (watch.Elapsed > limit)
            {
                var path = Save(name, bytes);
                Assert.Fail($"{name}: a '{strategy}' input took {watch.Elapsed.TotalSeconds:F1} s (limit {limit.TotalSeconds} s); saved as {path}.");
            }

            if (allocated > memory)
            {
                var path = Save(name, bytes);
                Assert.Fail($"{name}: a '{strategy}' input of {bytes.Length} bytes allocated {allocated / 1048576} MiB (limit {memory / 1048576} MiB); saved as {path}.");
            }
        }

        return new Outcome(inputs, byStrategy, slowest, mostAllocated);
    }

    public static IEnumerable<string> Regressions(string name) =>
        Directory.Exists(RegressionFolder)
            ? Directory.GetFiles(RegressionFolder, name + "-*.bin").Order(StringComparer.Ordinal)
            : [];

    private static string Save(string name, byte[] bytes)
    {
        Directory.CreateDirectory(RegressionFolder);
        var hash = Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant();
        var path = Path.Combine(RegressionFolder, $"{name}-{hash}.bin");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
