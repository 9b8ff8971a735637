namespace PerformanceTargets.Benchmarks;

/// <summary>Finds the repository's samples from wherever BenchmarkDotNet runs the benchmark process.</summary>
public static class BenchmarkData
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PerformanceTargets.sln")))
                {
                    return directory.FullName;
                }

                directory = directory.Parent;
            }
        }

        throw new InvalidOperationException("The repository root (with PerformanceTargets.sln) was not found.");
    }
}
