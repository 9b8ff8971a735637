using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using PerformanceTargets.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Runs a target over mutated inputs for a bounded time and number of inputs. Every input must end in a result or
/// a clear error: an exception, a run longer than the time bound or an allocation beyond the memory bound fails the
/// test, and the input is saved under TestData/Fuzz/regressions so that it can be committed and replayed
/// (<see cref="FuzzRegressionTests"/>).
/// </summary>
public static class FuzzHarness
{
#if LIBRARY_NETSTANDARD
    private const string DefaultSeconds = "5";
#else
    private const string DefaultSeconds = "15";
#endif

    /// <summary>
    /// The budget of each fuzz target: PERFTARGETS_FUZZ_SECONDS seconds, by default 15 against the net10.0 build (four
    /// targets: one minute) and 5 against the netstandard2.0 build, whose code paths differ only in polyfills.
    /// </summary>
    public static TimeSpan Budget => TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("PERFTARGETS_FUZZ_SECONDS") ?? DefaultSeconds, CultureInfo.InvariantCulture));

    /// <summary>
    /// Added to every target's random seed: PERFTARGETS_FUZZ_SEED (default 0). CI runs the same inputs each time; a long
    /// local run with another value explores new ones.
    /// </summary>
    public static int SeedOffset => int.Parse(Environment.GetEnvironmentVariable("PERFTARGETS_FUZZ_SEED") ?? "0", CultureInfo.InvariantCulture);

    public static string RegressionFolder => TestPaths.TestData("Fuzz", "regressions");

    /// <summary>What a run tried: inputs in all, those that gave a document, inputs by strategy, the slowest and the most allocating.</summary>
    public sealed record Outcome(int Inputs, int Accepted, IReadOnlyDictionary<string, int> ByStrategy, TimeSpan Slowest, long MostAllocated)
    {
        public void WriteTo(ITestOutputHelper output, string name)
        {
            output.WriteLine($"{name}: {Inputs} inputs ({Accepted} gave a document, {Inputs - Accepted} clear errors); slowest {Slowest.TotalMilliseconds:F0} ms; most allocated {MostAllocated / 1024} KiB");
            foreach (var (strategy, count) in ByStrategy.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {strategy}: {count}");
            }
        }
    }

    /// <summary>
    /// Mutates <paramref name="seed"/> and runs <paramref name="target"/> on each variant until the budget is spent and
    /// at least <paramref name="minInputs"/> inputs were tried (a loaded CI machine gets fewer inputs per second, never
    /// fewer inputs). The target asserts what must hold and returns whether the input gave a document (rather than a
    /// clear error).
    /// </summary>
    public static Outcome Run(string name, byte[] seed, InputKind kind, int randomSeed, Func<byte[], bool> target, int minInputs = 100, int maxInputs = 100_000, TimeSpan? perInputLimit = null, long? allocationLimit = null)
    {
        var mutator = new Mutator(unchecked(randomSeed + SeedOffset));
        var limit = perInputLimit ?? TimeSpan.FromSeconds(5);
        var memory = allocationLimit ?? (256L * 1024 * 1024);
        var byStrategy = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var mostAllocated = 0L;
        var inputs = 0;
        var accepted = 0;
        while (inputs < maxInputs && (inputs < minInputs || clock.Elapsed < Budget))
        {
            var (strategy, bytes) = mutator.Mutate(seed, kind);
            inputs++;
            byStrategy[strategy] = byStrategy.GetValueOrDefault(strategy) + 1;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            try
            {
                accepted += target(bytes) ? 1 : 0;
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

        return new Outcome(inputs, accepted, byStrategy, slowest, mostAllocated);
    }

    /// <summary>The saved inputs of a target, in ordinal order of their file names.</summary>
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
