using PerformanceTargets.Scoring;

namespace PerformanceTargets.Tests.Scoring;

/// <summary>
/// The scorer drops trailing zeros by counting them off a 64-bit integer instead of dividing by 1 with 28 zeros (the
/// division is the definition, and costs more than the rest of an indicator's scoring): both give the same bits, so
/// every figure prints as before ("9.9", "80", "-0.5").
/// </summary>
public class RoundingTests
{
    private const decimal One = 1.0000000000000000000000000000m;

    /// <summary>Edge values, each with its own scale (0, 0.00 and -0.00 differ in bits: a theory would merge them as duplicates).</summary>
    private static readonly decimal[] Edges =
    [
        0m, 0.00m, -0.00m, 1m, 1.0m, 1.00m, -1.10m, 105.0m, 80.00m, 9.90m, 0.01m, -0.01m, 99.995m, -99.995m, 1.005m,
        66.666666666666666666666666667m, 2m / 3m, -2m / 3m, 100m * 7m / 12m, 0.000000000000000000000000001m,
        18446744073709551615m, 18446744073709551615.00m, 18446744073709551616m, 1844674407370955161.50m,
        decimal.MaxValue, decimal.MinValue, 7922816251426433759354395033.5m,
    ];

    [Fact]
    public void Trailing_zeros_are_dropped_as_the_division_drops_them()
    {
        foreach (var value in Edges)
        {
            Assert.Equal(decimal.GetBits(value / One), decimal.GetBits(TargetScorer.Normal(value)));
            var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(decimal.GetBits(rounded / One), decimal.GetBits(TargetScorer.Round(value)));
        }
    }

    [Fact]
    public void Generated_figures_give_the_same_bits()
    {
        var random = new Random(2024);
        for (var i = 0; i < 200_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(4) == 0 ? random.Next() : 0, random.Next(8) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(29));
            Assert.Equal(decimal.GetBits(value / One), decimal.GetBits(TargetScorer.Normal(value)));
            var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(decimal.GetBits(rounded / One), decimal.GetBits(TargetScorer.Round(value)));
        }
    }
}
