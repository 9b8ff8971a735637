using System.Collections.Immutable;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PerformanceTargets.Model;

namespace PerformanceTargets.Tests.Infrastructure;

/// <summary>FsCheck generators for whole documents: valid by the schema, with awkward text, scales and extensions.</summary>
public static class DocumentArbitraries
{
    private static readonly string[] Phrases =
    [
        "官厅镇村干部工资", "怀财字【2024】7号防火经费", "行政村数量", "足额发放率", "≥95%", " =100%", "≥95百分比", "≤67.54万元",
        "得到保障", "目标内容1", "2023.07-2024.01", "不低于90%", ">=95%", "＞0", "年度工作计划", "2024县级预算编制通知",
        "  前后空格  ", "tab\there", "line\nbreak", "quote\"and\\backslash", "<script>alert(1)</script>", "{{ x }}", "emoji 😀",
        "", " ", "x", "産出", "\u3000全角空格", "a|b*c_d", "€ and ‰", "\u0001control",
    ];

    private static readonly string[] ExtensionValues =
    [
        "1.50", "0", "-3e2", "\"文本\"", "true", "null", "[1,2,3]", "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", "\"\\u00e9\"",
    ];

    public static Arbitrary<TargetDocument> Documents() => Arb.From(DocumentGen());

    public static Arbitrary<string> Text() => Arb.From(TextGen());

    public static Gen<string> TextGen() => Gen.OneOf(
        Gen.Elements(Phrases),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s)),
        Gen.Elements(Phrases).ListOf().Select(parts => string.Concat(parts)));

    public static Gen<decimal> Amount() =>
        from mantissa in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        select new decimal(mantissa, 0, 0, false, (byte)scale);

    public static Gen<TargetDocument> DocumentGen() =>
        from year in Gen.Choose(TargetDocument.MinFiscalYear, TargetDocument.MaxFiscalYear)
        from framework in Gen.Elements<IndicatorFramework?>(null, IndicatorFramework.Framework2020, IndicatorFramework.Framework2021)
        from title in TextGen().OrNull()
        from stage in Gen.Elements<DocumentStage?>(null, DocumentStage.Draft, DocumentStage.Final)
        from unit in Gen.Elements<AmountUnit?>(null, AmountUnit.TenThousandYuan, AmountUnit.Yuan)
        from department in DepartmentGen().OrNull()
        from overall in OverallGen().OrNull()
        from projects in ProjectGen().ListOf().Resize(4)
        from departmentBudget in BudgetGen().OrNull()
        from extensions in ExtensionsGen()
        select new TargetDocument
        {
            FiscalYear = year,
            Framework = framework,
            Title = title,
            Stage = stage,
            AmountUnit = unit,
            Department = department,
            OverallTargets = overall,
            Projects = [.. projects],
            DepartmentBudget = departmentBudget,
            PreparedBy = title,
            Extensions = extensions,
        };

    private static Gen<Department> DepartmentGen() =>
        from code in TextGen().OrNull()
        from name in TextGen().OrNull()
        from units in TextGen().ListOf().Resize(3)
        select new Department { Code = code, Name = name, InternalUnits = [.. units] };

    private static Gen<OverallTargets> OverallGen() =>
        from overall in TextGen().ListOf().Resize(3)
        from itemized in TextGen().ListOf().Resize(3)
        from safeguards in TextGen().ListOf().Resize(3)
        select new OverallTargets { Overall = [.. overall], Itemized = [.. itemized], Safeguards = [.. safeguards] };

    private static Gen<Budget> BudgetGen() =>
        from total in Amount()
        from fiscal in OrNone(Amount())
        from other in OrNone(Amount())
        from extensions in ExtensionsGen()
        select new Budget { Total = total, Fiscal = fiscal, Other = other, Extensions = extensions };

    private static Gen<Project> ProjectGen() =>
        from sequence in OrNone(Gen.Choose(1, 500))
        from code in TextGen().OrNull()
        from name in TextGen().Where(s => s.Length > 0)
        from reference in TextGen().OrNull()
        from budget in BudgetGen()
        from fundUse in TextGen().OrNull()
        from plan in SpendingGen().ListOf().Resize(4)
        from goals in TextGen().ListOf().Resize(3)
        from indicators in IndicatorGen().ListOf().Resize(6)
        from attribute in Gen.Elements<ProjectAttribute?>(null, ProjectAttribute.New, ProjectAttribute.Continuing)
        from period in Gen.Elements<ImplementationPeriod?>(null, new ImplementationPeriod { Start = "2023-07", End = "2024-01" })
        from periodGoals in TextGen().ListOf().Resize(2)
        from periodIndicators in IndicatorGen().ListOf().Resize(2)
        from opinion in TextGen().OrNull()
        from unitName in TextGen().OrNull()
        from extensions in ExtensionsGen()
        from monitoring in Gen.Frequency((3, Gen.Constant<ProjectMonitoring?>(null)), (1, ProjectMonitoringGen().Select(m => (ProjectMonitoring?)m)))
        from evaluation in Gen.Frequency((3, Gen.Constant<ProjectEvaluation?>(null)), (1, ProjectEvaluationGen().Select(e => (ProjectEvaluation?)e)))
        select new Project
        {
            Sequence = sequence,
            Unit = unitName is null ? null : new BudgetUnit { Code = "816001", Name = unitName },
            Code = code,
            Name = name,
            FundingReference = reference,
            Budget = budget,
            FundUse = fundUse,
            SpendingPlan = [.. plan],
            Goals = [.. goals],
            Indicators = [.. indicators],
            Attribute = attribute,
            ImplementationPeriod = period,
            PeriodGoals = [.. periodGoals],
            PeriodIndicators = [.. periodIndicators],
            ReviewOpinion = opinion,
            Monitoring = monitoring,
            Evaluation = evaluation,
            Extensions = extensions,
        };

    private static Gen<SpendingPoint> SpendingGen() =>
        from month in Gen.Choose(-3, 15)
        from percent in Amount()
        select new SpendingPoint { Month = month, CumulativePercent = percent };

    private static Gen<Indicator> IndicatorGen() =>
        from level1 in Gen.OneOf(Gen.Elements("产出指标", "效益指标", "满意度指标", "成本指标"), TextGen())
        from level2 in Gen.OneOf(Gen.Elements("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标"), TextGen())
        from name in TextGen()
        from description in TextGen().OrNull()
        from target in TextGen()
        from basis in TextGen().OrNull()
        from weight in OrNone(Gen.Choose(0, 10000).Select(w => w / 100m))
        from direction in Gen.Elements<IndicatorDirection?>(null, IndicatorDirection.Positive, IndicatorDirection.Negative)
        from normalise in Gen.Elements(true, false)
        from extensions in ExtensionsGen()
        from monitoring in Gen.Frequency((3, Gen.Constant<IndicatorMonitoring?>(null)), (1, IndicatorMonitoringGen().Select(m => (IndicatorMonitoring?)m)))
        from evaluation in Gen.Frequency((3, Gen.Constant<IndicatorEvaluation?>(null)), (1, IndicatorEvaluationGen().Select(e => (IndicatorEvaluation?)e)))
        select new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Description = description,
            Target = target,
            Basis = basis,
            Weight = weight,
            Direction = direction,
            TargetValue = normalise ? IndicatorTarget.Parse(target).ToTargetValue() : null,
            Monitoring = monitoring,
            Evaluation = evaluation,
            Extensions = extensions,
        };

    /// <summary>A date the schema accepts: month 01–12, day 01–31 (2024-02-30 included: the schema does not know the calendar).</summary>
    public static Gen<string> DateGen() =>
        from year in Gen.Choose(TargetDocument.MinFiscalYear, TargetDocument.MaxFiscalYear)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 31)
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", year, month, day);

    private static Gen<ProjectMonitoring> ProjectMonitoringGen() =>
        from asOf in DateGen()
        from initial in OrNone(Amount())
        from budget in OrNone(Amount())
        from spent in OrNone(Amount())
        from note in TextGen().OrNull()
        from reason in TextGen().OrNull()
        from remedy in TextGen().OrNull()
        from extensions in ExtensionsGen()
        select new ProjectMonitoring { AsOf = asOf, InitialBudget = initial, Budget = budget, Spent = spent, Note = note, DeviationReason = reason, Remedy = remedy, Extensions = extensions };

    private static Gen<IndicatorMonitoring> IndicatorMonitoringGen() =>
        from progress in TextGen().OrNull()
        from expected in TextGen().OrNull()
        from likelihood in Gen.Elements<MonitoringLikelihood?>(null, MonitoringLikelihood.Certain, MonitoringLikelihood.Possible, MonitoringLikelihood.Impossible)
        from causes in Gen.Elements(Enum.GetValues<DeviationCause>()).ListOf().Resize(3)
        from reason in TextGen().OrNull()
        from remedy in TextGen().OrNull()
        from note in TextGen().OrNull()
        from extensions in ExtensionsGen()
        select new IndicatorMonitoring { Progress = progress, ExpectedYearEnd = expected, Likelihood = likelihood, DeviationCauses = [.. causes], DeviationReason = reason, Remedy = remedy, Note = note, Extensions = extensions };

    private static Gen<ProjectEvaluation> ProjectEvaluationGen() =>
        from initial in OrNone(Amount())
        from budget in OrNone(Amount())
        from spent in OrNone(Amount())
        from points in OrNone(Gen.Elements(10m, 20m, 0m, 10.5m))
        from rate in OrNone(Amount())
        from score in OrNone(Amount())
        from outcomes in TextGen().ListOf().Resize(2)
        from total in OrNone(Amount())
        from grade in Gen.Elements<EvaluationGrade?>(null, EvaluationGrade.Excellent, EvaluationGrade.Good, EvaluationGrade.Fair, EvaluationGrade.Poor)
        from conclusion in TextGen().OrNull()
        from problems in TextGen().OrNull()
        from improvements in TextGen().OrNull()
        from extensions in ExtensionsGen()
        select new ProjectEvaluation
        {
            InitialBudget = initial,
            Budget = budget,
            Spent = spent,
            ExecutionPoints = points,
            ExecutionRate = rate,
            ExecutionScore = score,
            GoalOutcomes = [.. outcomes],
            TotalScore = total,
            Grade = grade,
            Conclusion = conclusion,
            Problems = problems,
            Improvements = improvements,
            Extensions = extensions,
        };

    private static Gen<IndicatorEvaluation> IndicatorEvaluationGen() =>
        from actual in Gen.OneOf(TextGen(), Gen.Elements("21个", "100%", "95百分比", "达成", "部分达成", "未完成", "0起", "52.5万元", "≥266米")).OrNull()
        from points in OrNone(Gen.Elements(0m, 5m, 10m, 12.5m, 20m))
        from score in OrNone(Gen.Choose(0, 2500).Select(s => s / 100m))
        from achievement in Gen.Elements<Achievement?>(null, Achievement.Achieved, Achievement.Partly, Achievement.NotAchieved)
        from reason in TextGen().OrNull()
        from extensions in ExtensionsGen()
        select new IndicatorEvaluation { Actual = actual, Points = points, Score = score, Achievement = achievement, DeviationReason = reason, Extensions = extensions };

    private static Gen<ExtensionData> ExtensionsGen() =>
        Gen.Frequency(
            (4, Gen.Constant(ExtensionData.Empty)),
            (1, Gen.SubListOf(ExtensionValues).Select(values => ExtensionData.Create(values.Select((v, i) =>
                new KeyValuePair<string, JsonElement>("x-" + i + (i % 2 == 0 ? "-扩展" : "/~odd"), JsonDocument.Parse(v).RootElement.Clone()))))));

    private static Gen<T?> OrNone<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    public static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
