using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Documents of any size built from the seed: its 23 tables repeated in order with their sequence numbers, codes
/// and names made unique, so that every rule sees realistic content (including the boilerplate rows that repeat).
/// </summary>
public static class ScaleData
{
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly Lazy<TargetDocument> Seed = new(() => TargetJson.ReadFile(BenchmarkData.Sample("guanting-2024.json")).GetDocumentOrThrow());

    public static TargetDocument Document(int projects)
    {
        var seed = Seed.Value;
        var builder = ImmutableArray.CreateBuilder<Project>(projects);
        for (var i = 0; i < projects; i++)
        {
            var template = seed.Projects[i % seed.Projects.Length];
            var batch = i / seed.Projects.Length;
            builder.Add(template with
            {
                Sequence = i + 1,
                Code = template.Code is null ? null : UniqueCode(template.Code, i),
                Name = batch == 0 ? template.Name : template.Name + "（" + (batch + 1).ToString(CultureInfo.InvariantCulture) + "）",
            });
        }

        return seed with { Projects = builder.MoveToImmutable() };
    }

    /// <summary>Replaces the 6-digit running number after the P with one derived from <paramref name="index"/>, and recomputes the check character.</summary>
    private static string UniqueCode(string code, int index)
    {
        var running = (100000 + index).ToString(CultureInfo.InvariantCulture);
        var body = code.Substring(0, 9) + running + code.Substring(15, 5);
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 20; i++)
        {
            sum = (sum + (CodeCharacters.IndexOf(body[i], StringComparison.Ordinal) * weight)) % 31;
            weight = weight * 3 % 31;
        }

        return body + CodeCharacters[(30 - sum + 31) % 31];
    }
}
