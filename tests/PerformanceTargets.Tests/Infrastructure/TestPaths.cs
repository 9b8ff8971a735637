namespace PerformanceTargets.Tests.Infrastructure;

/// <summary>Paths into the repository, found from the test assembly's folder.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string SchemaFile => Path.Combine(Root, "schema", "performance-targets.schema.json");

    /// <summary>The seed: the 2024 township budget text the project was born from.</summary>
    public static string Seed => Path.Combine(Samples, "guanting-2024.txt");

    /// <summary>The hand-made excerpt of the seed: part 1 and tables 1, 3 and 14.</summary>
    public static string Excerpt => Path.Combine(Samples, "guanting-2024-excerpt.json");

    public static string Sample(string name) => Path.Combine(Samples, name);

    public static string TestData(params string[] parts) => Path.Combine([Root, "tests", "PerformanceTargets.Tests", "TestData", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PerformanceTargets.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("The repository root (with PerformanceTargets.sln) was not found above " + AppContext.BaseDirectory);
    }
}
