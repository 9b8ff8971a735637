using PerformanceTargets.Model;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Tests.Scoring;

/// <summary>
/// Ranges and tolerances (rule set 1.1.0 reads them as quantities with two bounds) are scored as a finance bureau reads
/// them: within the range is complete; below a positive lower bound or above a positive upper bound the completion is
/// the ratio to the bound passed; below a bound of zero or less (a tolerance around zero, −2 of ±2%) there is no ratio.
/// </summary>
public class RangeTargetTests
{
    private static Figure Completion(string target, string actual)
    {
        var document = new TargetDocument
        {
            FiscalYear = 2024,
            Projects =
            [
                new Project
                {
                    Name = "项目",
                    Budget = new Budget { Total = 10m },
                    Evaluation = new ProjectEvaluation { Budget = 10m, Spent = 10m },
                    Indicators = [new Indicator { Level1 = "产出指标", Level2 = "质量指标", Name = "误差率", Target = target, Evaluation = new IndicatorEvaluation { Actual = actual, Points = 10m } }],
                },
            ],
        };
        return TargetScorer.Default.Score(document).Projects[0].Indicators[0].Evaluation!.Completion;
    }

    [Theory]
    [InlineData("3%～5%", "4%", "100")]
    [InlineData("3%～5%", "5%", "100")]
    [InlineData("3%-5%", "1.5%", "50")]
    [InlineData("3%—5%", "10%", "50")]
    [InlineData("±2%以内", "-1%", "100")]
    [InlineData("±2%以内", "3%", "66.67")]
    [InlineData("介于80%和90%之间", "85%", "100")]
    public void A_range_is_complete_within_and_a_ratio_to_the_bound_passed_outside(string target, string actual, string completion)
    {
        var figure = Completion(target, actual);
        Assert.True(figure.HasValue, figure.Gap.ToString());
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
    }

    [Theory]
    [InlineData("±2%以内", "-3%", FigureGap.UndefinedRatio)]
    [InlineData("3%～5%", "达标", FigureGap.NotComparable)]
    [InlineData("3～5个", "4万元", FigureGap.NotComparable)]
    public void Outside_a_tolerance_or_in_another_unit_there_is_no_completion(string target, string actual, FigureGap gap)
    {
        var figure = Completion(target, actual);
        Assert.False(figure.HasValue);
        Assert.Equal(gap, figure.Gap);
    }
}
