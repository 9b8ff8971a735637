using System.Collections.Immutable;
using PerformanceTargets.Validation.Rules.Appropriateness;
using PerformanceTargets.Validation.Rules.Completeness;
using PerformanceTargets.Validation.Rules.Feasibility;
using PerformanceTargets.Validation.Rules.Format;
using PerformanceTargets.Validation.Rules.Relevance;

namespace PerformanceTargets.Validation.Rules;

/// <summary>
/// The registration list of the built-in rules: the one place that says which rules exist. <see cref="RuleCatalog"/>
/// and the validator are derived from it. Each rule declares its own descriptor in its class, in the folder of its
/// category (docs/rules.md, "Adding a rule").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class BuiltInRules
{
    /// <summary>Gets the rules of stage 1, reported while the input is read (descriptors only: no check class).</summary>
    public static ImmutableArray<RuleDescriptor> ReadStage { get; } =
    [
        ReadStageRules.PT001,
        ReadStageRules.PT002,
        ReadStageRules.PT003,
        ReadStageRules.PT901,
        ReadStageRules.PT902,
    ];

    /// <summary>Gets the review rules of stage 2, in id order, which is the order they run in.</summary>
    public static ImmutableArray<BuiltInRule> ReviewStage { get; } = InIdOrder(
    [
        // Format
        new TargetValueAgreementRule(),

        // Completeness
        new NoGoalsRule(),
        new PlaceholderGoalRule(),
        new MissingCategoryRule(),
        new MissingOutputDimensionRule(),
        new EmptyIndicatorCellRule(),
        new MissingFundUseRule(),
        new FrameworkPlacementRule(),
        new DuplicateProjectCodeRule(),
        new DuplicateIndicatorRule(),
        new ProjectCodeRule(),
        new SequenceRule(),
        new CutNameRule(),
        new PlaceholderIndicatorRule(),
        new NameIsTargetRule(),
        new UnexplainedDeductionRule(),
        new UnexplainedShortfallRule(),
        new MissingActualRule(),
        new MissingDeviationReasonRule(),
        new MonitoringDateRule(),

        // Relevance
        new BoilerplateRowRule(),
        new UnrelatedFieldRule(),
        new FundUseMismatchRule(),

        // Appropriateness
        new CostIndicatorRule(),
        new WeightSumRule(),
        new UnmeasurableTargetRule(),
        new NonStandardSpellingRule(),
        new UnitMismatchRule(),
        new SatisfactionFloorRule(),
        new SurroundingSpaceRule(),
        new UniformTargetRule(),
        new VagueTargetRule(),
        new PeriodCopyRule(),
        new DirectionConflictRule(),
        new IncomparableActualRule(),
        new LowTargetRule(),
        new PointsNormRule(),

        // Feasibility
        new BudgetSumRule(),
        new SpendingPlanRule(),
        new SpendingPlanIncompleteRule(),
        new RateRangeRule(),
        new DepartmentTotalRule(),
        new PointsTotalRule(),
        new ScoreAbovePointsRule(),
        new InflatedScoreRule(),
        new ReportedFiguresRule(),
        new OverspendingRule(),
        new TierScoreRule(),
        new PrintedPointsRule(),
        new SpendingLagRule(),
        new IndicatorLagRule(),
        new LikelihoodRule(),
    ]);

    private static ImmutableArray<BuiltInRule> InIdOrder(BuiltInRule[] rules) =>
        [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)];
}
