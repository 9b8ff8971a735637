using System.Collections.Immutable;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;

namespace PerformanceTargets.Scoring;

/// <summary>
/// Scores self-evaluations (绩效自评) and lights monitoring (绩效运行监控) of format-1.1 documents, by the formulas of
/// the exchange format's lifecycle contract: execution rate and score, each indicator's completion and formula score,
/// the total and the grade; planned and executed shares, the lag and the light of every project and indicator.
/// </summary>
/// <remarks>
/// <para>Use <see cref="Default"/> (thresholds 10 and 20 points, 10 execution points) or build one with
/// <see cref="CreateBuilder"/>. A scorer is immutable and thread-safe; <see cref="Score(TargetDocument)"/> may run concurrently.
/// Scoring never throws on a document: a figure that cannot be computed is a <see cref="Figure"/> without a value that
/// says why.</para>
/// <para>Reported figures (<c>executionScore</c>, <c>score</c>, <c>totalScore</c>, <c>grade</c>, <c>executionRate</c>)
/// are never used in the sums and never changed; the review rules PT601–PT613 and PT701–PT705 compare them with these.</para>
/// </remarks>
public sealed class TargetScorer
{
    internal TargetScorer(decimal yellowLag, decimal redLag, decimal executionPoints)
    {
        YellowLag = yellowLag;
        RedLag = redLag;
        DefaultExecutionPoints = executionPoints;
    }

    /// <summary>Gets a scorer with the defaults: yellow above a lag of 10 points, red above 20, 10 execution points.</summary>
    public static TargetScorer Default { get; } = new TargetScorerBuilder().Build();

    /// <summary>Gets the lag, in percentage points, above which a light is yellow (10 unless configured); at or below it, green.</summary>
    public decimal YellowLag { get; }

    /// <summary>Gets the lag, in percentage points, above which a light is red (20 unless configured).</summary>
    public decimal RedLag { get; }

    /// <summary>Gets the points of budget execution where a project's evaluation states none (10 unless configured).</summary>
    public decimal DefaultExecutionPoints { get; }

    /// <summary>Creates a builder to configure a scorer.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static TargetScorerBuilder CreateBuilder() => new();

    /// <summary>Scores a document: every project, with evaluation and monitoring figures where it has the blocks.</summary>
    /// <param name="document">The document; one without monitoring or evaluation blocks gives projects without figures.</param>
    /// <returns>The scores. Never throws on a document's content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public DocumentScores Score(TargetDocument document)
    {
        Guard.NotNull(document);

        // Tables repeat their cells ("≥95%", "100%", "得到保障"): each distinct text is parsed once per call.
        var parsed = new Dictionary<string, IndicatorTarget>(StringComparer.Ordinal);
        return Score(document, text =>
        {
            if (!parsed.TryGetValue(text, out var target))
            {
                target = IndicatorTarget.Parse(text);
                parsed.Add(text, target);
            }

            return target;
        });
    }

    /// <summary>Gets the grade of a total: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差.</summary>
    /// <param name="total">The total score.</param>
    /// <returns>The grade.</returns>
    public static EvaluationGrade GradeOf(decimal total) => total switch
    {
        >= 90m => EvaluationGrade.Excellent,
        >= 80m => EvaluationGrade.Good,
        >= 60m => EvaluationGrade.Fair,
        _ => EvaluationGrade.Poor,
    };

    /// <summary>Gets the light of a lag with this scorer's thresholds: green at or below <see cref="YellowLag"/> (being ahead is green), yellow up to <see cref="RedLag"/>, red above.</summary>
    /// <param name="lag">The lag, in percentage points.</param>
    /// <returns>The light.</returns>
    public Light LightOf(decimal lag) => lag > RedLag ? Light.Red : lag > YellowLag ? Light.Yellow : Light.Green;

    /// <summary>Rounds a figure as every score is rounded: 2 places, half away from zero; trailing zeros dropped (9.90 is 9.9, 80.00 is 80).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round(decimal value) => Normal(Math.Round(value, 2, MidpointRounding.AwayFromZero));

    /// <summary>Gets whether two figures agree: they differ by at most 0.01.</summary>
    /// <param name="a">One figure.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when |a − b| ≤ 0.01.</returns>
    public static bool Agree(decimal a, decimal b) => Math.Abs(a - b) <= 0.01m;

    /// <summary>Drops trailing zeros (105.0 is 105), so that sums print as people write them.</summary>
    /// <remarks>
    /// The division by 1 with 28 zeros is the definition; a figure whose digits fit in 64 bits (every score, rate and
    /// share of a real table) has its zeros counted off the integer instead, as a decimal division costs more than the
    /// rest of an indicator's scoring. Both give the same bits (a test holds them together).
    /// </remarks>
    internal static decimal Normal(decimal value)
    {
#if NET8_0_OR_GREATER
        var scale = value.Scale;
        if (scale == 0 && value != 0m)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] == 0 && value != 0m)
        {
            var digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            while (scale > 0 && digits % 10 == 0)
            {
                digits /= 10;
                scale--;
            }

            return new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, bits[3] < 0, (byte)scale);
        }
#endif
        return value / 1.0000000000000000000000000000m;
    }

    /// <summary>Scores with a parser of cells, so that the validator parses each distinct cell once.</summary>
    internal DocumentScores Score(TargetDocument document, Func<string, IndicatorTarget> parse)
    {
        var projects = document.Projects;
        var scores = ImmutableArray.CreateBuilder<ProjectScores>(projects.Length);
        var quantities = new QuantityNames();
        for (var i = 0; i < projects.Length; i++)
        {
            scores.Add(ScoreProject(i, projects[i], document.FiscalYear, parse, quantities));
        }

        return new DocumentScores(document, scores.MoveToImmutable());
    }

    private ProjectScores ScoreProject(int index, Project project, int fiscalYear, Func<string, IndicatorTarget> parse, QuantityNames quantities)
    {
        var evaluated = project.Evaluation is not null;
        var monitored = project.Monitoring is not null;
        foreach (var indicator in project.Indicators)
        {
            evaluated |= indicator.Evaluation is not null;
            monitored |= indicator.Monitoring is not null;
        }

        var month = monitored ? ElapsedMonth(project.Monitoring, fiscalYear) : null;
        var expected = month is { } m ? Figure.Of(Round(100m * m / 12m)) : Figure.Missing(FigureGap.InvalidDate);
        var indicators = ImmutableArray.CreateBuilder<IndicatorScores>(project.Indicators.Length);
        var indicatorPoints = 0m;
        var indicatorScores = 0m;
        for (var i = 0; i < project.Indicators.Length; i++)
        {
            var indicator = project.Indicators[i];
            var target = parse(indicator.Target);
            var evaluation = evaluated ? Evaluate(indicator, target, parse) : null;
            if (evaluation is not null)
            {
                indicatorPoints = Checked.Add(indicatorPoints, evaluation.Points ?? 0m);
                indicatorScores = Checked.Add(indicatorScores, evaluation.Score);
            }

            var monitoring = monitored ? Monitor(indicator, target, expected, quantities.IsQuantity(indicator.Level2), parse) : null;
            indicators.Add(new IndicatorScores(i, indicator, target, evaluation, monitoring));
        }

        return new ProjectScores(
            index,
            project,
            evaluated ? Evaluate(project, indicatorPoints, indicatorScores) : null,
            monitored ? Monitor(project, month) : null,
            indicators.MoveToImmutable());
    }

    // ---- Self-evaluation --------------------------------------------------------------------------------------------

    private ProjectEvaluationScore Evaluate(Project project, decimal indicatorPoints, decimal indicatorScores)
    {
        var evaluation = project.Evaluation;
        var budget = evaluation?.Budget ?? project.Budget.Total;
        var spent = evaluation?.Spent;
        var points = evaluation?.ExecutionPoints ?? DefaultExecutionPoints;
        Figure rate;
        Figure score;
        if (spent is not { } b)
        {
            rate = score = Figure.Missing(FigureGap.NoSpent);
        }
        else if (budget <= 0m)
        {
            rate = score = Figure.Missing(FigureGap.UndefinedRatio);
        }
        else
        {
            var r = Checked.Divide(b, budget);
            rate = r is { } ratio && Checked.Multiply(ratio, 100m) is { } percent ? Figure.Of(Round(percent)) : Figure.Missing(FigureGap.UndefinedRatio);
            score = r is { } capped && Checked.Multiply(points, Math.Min(capped, 1m)) is { } product ? Figure.Of(Round(product)) : Figure.Missing(FigureGap.UndefinedRatio);
        }

        var total = Round(Checked.Add(score.ValueOrNull ?? 0m, indicatorScores));
        return new ProjectEvaluationScore
        {
            Budget = budget,
            Spent = spent,
            ExecutionRate = rate,
            ExecutionPoints = points,
            ExecutionScore = score,
            IndicatorPoints = Normal(indicatorPoints),
            TotalPoints = Normal(Checked.Add(points, indicatorPoints)),
            TotalScore = total,
            Grade = GradeOf(total),
        };
    }

    private static IndicatorEvaluationScore Evaluate(Indicator indicator, IndicatorTarget target, Func<string, IndicatorTarget> parse)
    {
        var evaluation = indicator.Evaluation;
        var points = evaluation?.Points;
        var actualText = evaluation?.Actual;
        var actual = IsBlank(actualText) ? null : parse(actualText!);
        var comparison = Comparison.Complete(target, indicator.Direction, actual);
        var completion = comparison.Ratio is { } c && Checked.Multiply(c, 100m) is { } percent ? Figure.Of(Round(percent)) : Figure.Missing(comparison.Gap);
        Figure formula;
        if (!completion.HasValue)
        {
            formula = completion;
        }
        else if (points is not { } p)
        {
            formula = Figure.Missing(FigureGap.NoPoints);
        }
        else
        {
            var factor = Math.Max(0m, Math.Min(comparison.Ratio!.Value, 1m));
            formula = Figure.Of(Round(p * factor));
        }

        var achievement = evaluation?.Achievement ?? TierWords.Find(actual) ?? (SameText(actual, target) ? Achievement.Achieved : null);
        var fallsShort = comparison.Ratio is { } ratio ? ratio < 1m : achievement is Achievement.Partly or Achievement.NotAchieved;
        var (score, source) = evaluation?.Score is { } reported
            ? (reported, ScoreSource.Reported)
            : formula.TryGetValue(out var computed) ? (computed, ScoreSource.Formula) : (0m, ScoreSource.None);
        return new IndicatorEvaluationScore
        {
            Points = points,
            Actual = actual,
            Direction = comparison.Direction,
            Completion = completion,
            FormulaScore = formula,
            Achievement = achievement,
            FallsShort = fallsShort,
            Score = score,
            ScoreSource = source,
        };
    }

    private static bool SameText(IndicatorTarget? actual, IndicatorTarget target) =>
        actual is not null && target.Kind != TargetKind.Empty && actual.Kind != TargetKind.Quantitative &&
        string.Equals(IndicatorTarget.TrimWhite(actual.Verbatim), IndicatorTarget.TrimWhite(target.Verbatim), StringComparison.Ordinal);

    // ---- Monitoring -------------------------------------------------------------------------------------------------

    /// <summary>Gets the month elapsed: the month of a calendar date of the fiscal year; null otherwise (PT705).</summary>
    private static int? ElapsedMonth(ProjectMonitoring? monitoring, int fiscalYear) =>
        monitoring is not null && monitoring.TryGetAsOf(out var year, out var month, out _) && year == fiscalYear ? month : null;

    private ProjectMonitoringStatus Monitor(Project project, int? month)
    {
        var monitoring = project.Monitoring;
        var budget = monitoring?.Budget ?? project.Budget.Total;
        var spent = monitoring?.Spent;
        var planned = month is { } m ? Figure.Of(Round(PlannedShare(project.SpendingPlan, m))) : Figure.Missing(monitoring is null ? FigureGap.NoData : FigureGap.InvalidDate);
        Figure executed;
        if (spent is not { } s)
        {
            executed = Figure.Missing(FigureGap.NoSpent);
        }
        else if (budget <= 0m)
        {
            executed = Figure.Missing(FigureGap.UndefinedRatio);
        }
        else
        {
            executed = Checked.Divide(s, budget) is { } r && Checked.Multiply(r, 100m) is { } percent ? Figure.Of(Round(percent)) : Figure.Missing(FigureGap.UndefinedRatio);
        }

        var lag = !planned.HasValue ? planned : !executed.HasValue ? executed : Figure.Of(Round(planned.Value - executed.Value));
        return new ProjectMonitoringStatus
        {
            Month = month,
            Budget = budget,
            Spent = spent,
            PlannedShare = planned,
            ExecutedShare = executed,
            Lag = lag,
            Light = lag.TryGetValue(out var d) ? LightOf(d) : Light.Unknown,
        };
    }

    /// <summary>Monitors an indicator, given the share of the year elapsed (100·m/12, one figure per project) and whether its level-2 name is 数量指标.</summary>
    private IndicatorMonitoringStatus Monitor(Indicator indicator, IndicatorTarget target, Figure expected, bool quantity, Func<string, IndicatorTarget> parse)
    {
        var monitoring = indicator.Monitoring;
        var progress = IsBlank(monitoring?.Progress) ? null : parse(monitoring!.Progress!);
        Figure share;
        if (quantity)
        {
            var comparison = Comparison.Complete(target, indicator.Direction, progress);
            share = comparison.Ratio is { } c && comparison.Direction == IndicatorDirection.Positive && Checked.Multiply(c, 100m) is { } percent
                ? Figure.Of(Round(percent))
                : Figure.Missing(comparison.Gap == FigureGap.None ? FigureGap.NotProRata : comparison.Gap);
        }
        else
        {
            share = Figure.Missing(FigureGap.NotProRata);
        }

        var lag = !expected.HasValue ? expected : !share.HasValue ? share : Figure.Of(Round(expected.Value - share.Value));
        var progressLight = lag.TryGetValue(out var d) ? LightOf(d) : Light.Unknown;
        var (light, basis) = monitoring?.Likelihood switch
        {
            MonitoringLikelihood.Certain => (Light.Green, LightBasis.Likelihood),
            MonitoringLikelihood.Possible => (Light.Yellow, LightBasis.Likelihood),
            MonitoringLikelihood.Impossible => (Light.Red, LightBasis.Likelihood),
            _ => (progressLight, progressLight == Light.Unknown ? LightBasis.None : LightBasis.Progress),
        };
        var yearEnd = IsBlank(monitoring?.ExpectedYearEnd) ? null : parse(monitoring!.ExpectedYearEnd!);
        var yearEndComparison = Comparison.Complete(target, indicator.Direction, yearEnd);
        return new IndicatorMonitoringStatus
        {
            Progress = progress,
            ExpectedShare = expected,
            ProgressShare = share,
            Lag = lag,
            ProgressLight = progressLight,
            Light = light,
            LightBasis = basis,
            ExpectedCompletion = yearEndComparison.Ratio is { } ratio && Checked.Multiply(ratio, 100m) is { } yearEndPercent ? Figure.Of(Round(yearEndPercent)) : Figure.Missing(yearEndComparison.Gap),
        };
    }

    /// <summary>
    /// The plan's cumulative percent at month m: linear between checkpoints, 0 at month 0, flat after the last; the
    /// checkpoints PT202 finds unsound (a month outside 1–12 or not after the last sound one, a share outside 0–100 or
    /// below the last sound one) are skipped. Without a sound checkpoint, 100·m/12.
    /// </summary>
    internal static decimal PlannedShare(ImmutableArray<SpendingPoint> plan, int month)
    {
        var lastMonth = 0;
        var lastShare = 0m;
        var sound = false;
        foreach (var point in plan)
        {
            if (point.Month is < 1 or > 12 || point.Month <= lastMonth || point.CumulativePercent is < 0m or > 100m || point.CumulativePercent < lastShare)
            {
                continue;
            }

            if (point.Month >= month)
            {
                return lastShare + ((point.CumulativePercent - lastShare) * (month - lastMonth) / (point.Month - lastMonth));
            }

            sound = true;
            lastMonth = point.Month;
            lastShare = point.CumulativePercent;
        }

        return sound ? lastShare : 100m * month / 12m;
    }

    private static bool IsBlank(string? text) => IndicatorTarget.IsBlank(text);

    /// <summary>
    /// Whether level-2 names are 数量指标 (in the 2020 framework, as the pro-rata light defines it), looked up once per
    /// distinct cell of one scoring: the rows of a table repeat their level-2 cell, and the JSON reader gives equal cells
    /// one string, so most rows are settled by a reference comparison with the row before.
    /// </summary>
    private sealed class QuantityNames
    {
        private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);
        private string? _last;
        private bool _lastIsQuantity;

        public bool IsQuantity(string? name)
        {
            if (name is null)
            {
                return false;
            }

            if (ReferenceEquals(name, _last))
            {
                return _lastIsQuantity;
            }

            if (!_known.TryGetValue(name, out var quantity))
            {
                quantity = IndicatorFramework.Framework2020.TryGetDimension(name, out var dimension) && dimension == IndicatorDimension.Quantity;
                _known.Add(name, quantity);
            }

            _last = name;
            _lastIsQuantity = quantity;
            return quantity;
        }
    }
}

/// <summary>Configures a <see cref="TargetScorer"/>: the light thresholds and the default execution points. Not thread-safe; the scorer it builds is.</summary>
public sealed class TargetScorerBuilder
{
    private decimal _yellow = 10m;
    private decimal _red = 20m;
    private decimal _points = 10m;

    /// <summary>Sets the lag thresholds of the lights, in percentage points: green at or below <paramref name="yellow"/>, yellow up to <paramref name="red"/>, red above (10 and 20 unless set).</summary>
    /// <param name="yellow">The lag above which a light is yellow; not negative.</param>
    /// <param name="red">The lag above which a light is red; not below <paramref name="yellow"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yellow"/> is negative, or <paramref name="red"/> is below it.</exception>
    public TargetScorerBuilder UseLightThresholds(decimal yellow, decimal red)
    {
        if (yellow < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(yellow), yellow, "The yellow threshold must not be negative.");
        }

        if (red < yellow)
        {
            throw new ArgumentOutOfRangeException(nameof(red), red, "The red threshold must not be below the yellow one.");
        }

        _yellow = yellow;
        _red = red;
        return this;
    }

    /// <summary>Sets the points of budget execution for evaluations that state none (10 unless set; some provinces use 20).</summary>
    /// <param name="points">The points; not negative, at most 100.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative or above 100.</exception>
    public TargetScorerBuilder UseDefaultExecutionPoints(decimal points)
    {
        if (points is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "The execution points must be between 0 and 100.");
        }

        _points = points;
        return this;
    }

    /// <summary>Builds the immutable, thread-safe scorer.</summary>
    /// <returns>The scorer.</returns>
    public TargetScorer Build() => new(_yellow, _red, _points);
}
