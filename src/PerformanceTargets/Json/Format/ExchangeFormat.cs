using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Format;

/// <summary>
/// The exchange format, described once: every object, its properties in the order they are written, their JSON types,
/// constraints, enum spellings, titles in Chinese and English, and how each maps to the model. The reader
/// (<see cref="Codec.DocumentReader"/>), the writer (<see cref="Codec.DocumentWriter"/>) and the JSON Schema
/// (<see cref="Format.SchemaGenerator"/>, committed as <c>schema/performance-targets.schema.json</c>) are derived from it; nothing
/// else states a property, a type, a bound or a spelling of the format.
/// </summary>
/// <remarks>
/// To add an optional property to an object: declare it here in its shape (name, titles, getter) and use it in the
/// shape's create function, add it to the model record, and document it in <c>docs/json-format.md</c>; then
/// regenerate the schema file (<c>ARCHITECTURE.md</c> has the recipe).
/// </remarks>
internal static class ExchangeFormat
{
    /// <summary>The identifier of the schema (<c>$id</c>): a name, not an address.</summary>
    public const string SchemaId = "urn:performance-targets:exchange-format:1";

    public static readonly LocalizedText ExtensionTitle = T("扩展属性", "Extension property");

    public static readonly LocalizedText ExtensionDescription = T(
        "以 x- 开头的扩展属性：允许出现在任何对象中，读取时保留并原样写回。",
        "Properties whose names start with x- are extensions: allowed on every object, kept on read and written back unchanged.");

    public static readonly LocalizedText ParagraphTitle = T("段落", "Paragraph");

    public static readonly LocalizedText ParagraphDescription = T("一段文字，原文照录。", "One paragraph, verbatim.");

    public static readonly FormatPattern VersionPattern = new(
        "^[0-9]+\\.[0-9]+(?!\\n)$",
        T("形如 \"1.0\" 的版本号", "a version such as \"1.0\""),
        IsVersion);

    public static readonly FormatPattern MonthPattern = new(
        "^[0-9]{4}-(0[1-9]|1[0-2])(?!\\n)$",
        T("yyyy-MM 格式的月份，如 \"2024-07\"", "a month written yyyy-MM, such as \"2024-07\""),
        IsMonth);

    public static readonly FormatPattern DatePattern = new(
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?!\\n)$",
        T("yyyy-MM-dd 格式的日期，如 \"2024-07-31\"", "a date written yyyy-MM-dd, such as \"2024-07-31\""),
        Internal.Dates.HasShape);

    public static readonly Spellings<IndicatorFramework> Frameworks = new(("2020", IndicatorFramework.Framework2020), ("2021", IndicatorFramework.Framework2021));

    public static readonly Spellings<DocumentStage> Stages = new(("draft", DocumentStage.Draft), ("final", DocumentStage.Final));

    public static readonly Spellings<AmountUnit> AmountUnits = new(("万元", AmountUnit.TenThousandYuan), ("元", AmountUnit.Yuan));

    public static readonly Spellings<ProjectAttribute> Attributes = new(("new", ProjectAttribute.New), ("continuing", ProjectAttribute.Continuing));

    public static readonly Spellings<IndicatorDirection> Directions = new(("positive", IndicatorDirection.Positive), ("negative", IndicatorDirection.Negative));

    public static readonly Spellings<TargetValueKind> TargetValueKinds = new(("quantitative", TargetValueKind.Quantitative), ("qualitative", TargetValueKind.Qualitative));

    public static readonly Spellings<Comparator> Comparators = new(
        (">=", Comparator.GreaterOrEqual), (">", Comparator.Greater), ("=", Comparator.Equal), ("<=", Comparator.LessOrEqual), ("<", Comparator.Less));

    public static readonly Spellings<MonitoringLikelihood> Likelihoods = new(("certain", MonitoringLikelihood.Certain), ("possible", MonitoringLikelihood.Possible), ("impossible", MonitoringLikelihood.Impossible));

    public static readonly Spellings<DeviationCause> DeviationCauses = new(
        ("funding", DeviationCause.Funding), ("policy", DeviationCause.Policy), ("staffing", DeviationCause.Staffing), ("facilities", DeviationCause.Facilities), ("other", DeviationCause.Other));

    public static readonly Spellings<Achievement> Achievements = new(("achieved", Achievement.Achieved), ("partly", Achievement.Partly), ("notAchieved", Achievement.NotAchieved));

    public static readonly Spellings<EvaluationGrade> Grades = new(("优", EvaluationGrade.Excellent), ("良", EvaluationGrade.Good), ("中", EvaluationGrade.Fair), ("差", EvaluationGrade.Poor));

    public static readonly ObjectShape<Department> Department = ObjectShape<Department>.Describe(
        "department",
        T("部门", "Department"),
        T("部门（单位）的编码、名称及内设机构。", "The department's code, name and internal units."),
        x => x.Extensions,
        s =>
        {
            var code = s.String("code", T("单位编码", "Unit code"), T("3 位部门编码加 3 位单位序号，如 816001。", "A 3-digit department code and a 3-digit unit number, such as 816001."), d => d.Code);
            var name = s.String("name", T("单位名称", "Unit name"), T("单位名称，原文照录。", "Unit name, verbatim."), d => d.Name);
            var units = s.Strings("internalUnits", T("内设机构", "Internal units"), T("内设机构名称列表。", "Names of the internal units."), d => d.InternalUnits, itemTitle: T("内设机构", "Internal unit"), itemDescription: T("一个内设机构的名称。", "The name of one internal unit."));
            return v => new Department { Code = code.Of(v), Name = name.Of(v), InternalUnits = units.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<BudgetUnit> BudgetUnit = ObjectShape<BudgetUnit>.Describe(
        "budgetUnit",
        T("预算单位", "Budget unit"),
        T("表头的单位编码与名称，如“816001 怀来县官厅镇人民政府”。", "Unit code and name heading a table, such as 816001 怀来县官厅镇人民政府."),
        x => x.Extensions,
        s =>
        {
            var code = s.String("code", T("单位编码", "Unit code"), T("单位编码，如 816001。", "Unit code, such as 816001."), u => u.Code);
            var name = s.String("name", T("单位名称", "Unit name"), T("单位名称，原文照录。", "Unit name, verbatim."), u => u.Name);
            return v => new BudgetUnit { Code = code.Of(v), Name = name.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<OverallTargets> OverallTargets = ObjectShape<OverallTargets>.Describe(
        "overallTargets",
        T("部门整体绩效目标", "Overall targets"),
        T("第一部分：总体绩效目标、分项绩效目标、工作保障措施，各为段落列表，已去掉编号。", "Part 1: overall goals, itemised goals and safeguard measures, each a list of paragraphs with numbering removed."),
        x => x.Extensions,
        s =>
        {
            var overall = s.Strings("overall", T("总体绩效目标", "Overall goals"), T("一、总体绩效目标，每段一项。", "Overall goals, one entry per paragraph."), o => o.Overall, writeEmpty: true);
            var itemized = s.Strings("itemized", T("分项绩效目标", "Itemised goals"), T("二、分项绩效目标，每段一项。", "Itemised goals, one entry per paragraph."), o => o.Itemized, writeEmpty: true);
            var safeguards = s.Strings("safeguards", T("工作保障措施", "Safeguard measures"), T("三、工作保障措施，每段一项。", "Safeguard measures, one entry per paragraph."), o => o.Safeguards, writeEmpty: true);
            return v => new OverallTargets { Overall = overall.Of(v), Itemized = itemized.Of(v), Safeguards = safeguards.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<Budget> Budget = ObjectShape<Budget>.Describe(
        "budget",
        T("预算", "Budget"),
        T("预算数及其构成（财政资金、其他资金），单位见 amountUnit。", "Budget total and its split into fiscal and other funds, in amountUnit."),
        x => x.Extensions,
        s =>
        {
            var total = s.Decimal("total", T("预算数", "Total"), T("预算总数。", "Budget total."), b => b.Total, required: true, minimum: 0m);
            var fiscal = s.Decimal("fiscal", T("其中：财政资金", "Fiscal funds"), T("预算数中的财政资金。", "Fiscal funds within the total."), b => b.Fiscal, minimum: 0m);
            var other = s.Decimal("other", T("其他资金", "Other funds"), T("预算数中的其他资金；表格中的空单元格记为 0。", "Other funds within the total; an empty table cell is 0."), b => b.Other, minimum: 0m);
            return v => new Budget { Total = total.Of(v)!.Value, Fiscal = fiscal.Of(v), Other = other.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<SpendingPoint> SpendingPoint = ObjectShape<SpendingPoint>.Describe(
        "spendingPoint",
        T("资金支出进度", "Spending plan point"),
        T("截至某月底累计支出的比例。", "Cumulative share spent by the end of a month."),
        x => x.Extensions,
        s =>
        {
            var month = s.Integer("month", T("月份", "Month"), T("月份，“3月底”即 3。", "Month; 3月底 is 3."), p => p.Month, required: true);
            var percent = s.Decimal("cumulativePercent", T("累计支出比例（%）", "Cumulative percent"), T("截至该月底累计支出的百分比。", "Cumulative percent spent by the end of the month."), p => p.CumulativePercent, required: true);
            return v => new SpendingPoint { Month = month.Of(v)!.Value, CumulativePercent = percent.Of(v)!.Value, Extensions = v.Extensions };
        });

    public static readonly ObjectShape<ImplementationPeriod> ImplementationPeriod = ObjectShape<ImplementationPeriod>.Describe(
        "implementationPeriod",
        T("项目实施期", "Implementation period"),
        T("项目实施期的起止月份。", "First and last month of the implementation period."),
        x => x.Extensions,
        s =>
        {
            var start = s.String("start", T("开始月份", "Start"), T("开始月份，格式 yyyy-MM。", "First month, yyyy-MM."), p => p.Start, required: true, pattern: MonthPattern);
            var end = s.String("end", T("结束月份", "End"), T("结束月份，格式 yyyy-MM。", "Last month, yyyy-MM."), p => p.End, required: true, pattern: MonthPattern);
            return v => new ImplementationPeriod { Start = start.Of(v)!, End = end.Of(v)!, Extensions = v.Extensions };
        });

    public static readonly ObjectShape<TargetValue> TargetValue = ObjectShape<TargetValue>.Describe(
        "targetValue",
        T("规范化指标值", "Normalised target"),
        T("定量（比较符、数值、单位）或定性（文字）的指标值。", "A quantitative (comparator, value, unit) or qualitative (text) target."),
        x => x.Extensions,
        s =>
        {
            var kind = s.Enum("kind", T("类型", "Kind"), T("quantitative（定量）或 qualitative（定性）。", "quantitative or qualitative."), TargetValueKinds, t => t.Kind, required: true);
            var comparator = s.Enum("comparator", T("比较符", "Comparator"), T("定量指标的比较符；未写比较符时省略。", "Comparator of a quantitative target; omitted when none is written."), Comparators, t => t.Comparator);
            var value = s.Decimal("value", T("数值", "Value"), T("定量指标的数值。", "Number of a quantitative target."), t => t.Value);
            var unit = s.String("unit", T("单位", "Unit"), T("定量指标的单位，标准写法，如 %、个、万元。", "Unit of a quantitative target in its standard spelling, such as %, 个, 万元."), t => t.Unit);
            var text = s.String("text", T("文字", "Text"), T("定性指标的文字，如“得到保障”。", "Text of a qualitative target, such as 得到保障."), t => t.Text);
            s.Case(kind, "quantitative", value, T("定量", "Quantitative"), T("定量指标须有数值。", "A quantitative target has a value."));
            s.Case(kind, "qualitative", text, T("定性", "Qualitative"), T("定性指标须有文字。", "A qualitative target has a text."));
            s.CaseMessage(
                T("targetValue 须为 {\"kind\": \"quantitative\", \"value\": 数值, …} 或 {\"kind\": \"qualitative\", \"text\": 文字} 之一，此处两者都不是。",
                  "A targetValue is either {\"kind\": \"quantitative\", \"value\": <number>, …} or {\"kind\": \"qualitative\", \"text\": <string>}: this one is neither."),
                T("请给出定量目标的 value 或定性目标的 text，或重新规范化。", "Give the value of a quantitative target or the text of a qualitative one, or re-run the normaliser."));
            return v => new TargetValue { Kind = kind.Of(v)!.Value, Comparator = comparator.Of(v), Value = value.Of(v), Unit = unit.Of(v), Text = text.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<ProjectMonitoring> ProjectMonitoring = ObjectShape<ProjectMonitoring>.Describe(
        "projectMonitoring",
        T("项目绩效运行监控", "Project monitoring"),
        T("格式 1.1：年度中期绩效运行监控（通常截至 7 月 31 日）的项目资金执行情况，单位见 amountUnit。", "Format 1.1: in-year monitoring of the project's money (commonly as of 31 July), in amountUnit."),
        x => x.Extensions,
        s =>
        {
            var asOf = s.String("asOf", T("监控截至日期", "As of"), T("监控数据的截至日期，格式 yyyy-MM-dd，其月份即已过月数。", "The date the figures are as of, yyyy-MM-dd; its month is the number of months elapsed."), m => m.AsOf, required: true, pattern: DatePattern);
            var initial = s.Decimal("initialBudget", T("年初预算数", "Initial budget"), T("年初预算数。", "The budget at the start of the year."), m => m.InitialBudget, minimum: 0m);
            var budget = s.Decimal("budget", T("调整后预算数", "Adjusted budget"), T("调整后预算数；省略时为 budget.total。", "The adjusted budget; budget.total when omitted."), m => m.Budget, minimum: 0m);
            var spent = s.Decimal("spent", T("1–N月执行数", "Spent so far"), T("截至 asOf 的累计执行数。", "The amount spent by asOf."), m => m.Spent, minimum: 0m);
            var note = s.String("note", T("备注", "Note"), T("备注，原文照录。", "Remark, verbatim."), m => m.Note);
            var reason = s.String("deviationReason", T("偏差原因分析", "Deviation reason"), T("资金执行偏离计划的原因。", "Why spending deviates from the plan."), m => m.DeviationReason);
            var remedy = s.String("remedy", T("改进措施", "Remedy"), T("拟采取的改进措施。", "What will be done about the deviation."), m => m.Remedy);
            return v => new ProjectMonitoring { AsOf = asOf.Of(v)!, InitialBudget = initial.Of(v), Budget = budget.Of(v), Spent = spent.Of(v), Note = note.Of(v), DeviationReason = reason.Of(v), Remedy = remedy.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<IndicatorMonitoring> IndicatorMonitoring = ObjectShape<IndicatorMonitoring>.Describe(
        "indicatorMonitoring",
        T("指标绩效运行监控", "Indicator monitoring"),
        T("格式 1.1：指标的执行情况、全年预计完成情况、完成目标可能性及偏差原因。", "Format 1.1: the indicator's progress, the value expected by the year's end, how likely the target is met, and why it deviates."),
        x => x.Extensions,
        s =>
        {
            var progress = s.String("progress", T("1–N月执行情况", "Progress"), T("截至监控日期的完成值原文，如“12个”，按指标值的方式解析。", "The value reached so far, verbatim, such as 12个; parsed like target."), m => m.Progress);
            var expected = s.String("expectedYearEnd", T("全年预计完成情况", "Expected by year end"), T("预计全年完成值原文，如“21个”。", "The value expected by the year's end, verbatim, such as 21个."), m => m.ExpectedYearEnd);
            var likelihood = s.Enum("likelihood", T("完成目标可能性", "Likelihood"), T("certain（确定能）、possible（有可能）或 impossible（完全不可能）。", "certain (确定能), possible (有可能) or impossible (完全不可能)."), Likelihoods, m => m.Likelihood);
            var causes = s.EnumList("deviationCauses", T("偏差原因类别", "Deviation causes"), T("偏差原因分析的类别：经费保障、制度保障、人员保障、硬件条件保障、其他。", "The kinds of cause of a deviation: funding, policy (制度保障), staffing, facilities, other."), DeviationCauses, m => m.DeviationCauses, T("偏差原因类别", "Deviation cause"), T("funding（经费保障）、policy（制度保障）、staffing（人员保障）、facilities（硬件条件保障）或 other（其他）。", "funding, policy, staffing, facilities or other."));
            var reason = s.String("deviationReason", T("偏差原因分析", "Deviation reason"), T("偏差原因的说明。", "Why the indicator deviates."), m => m.DeviationReason);
            var remedy = s.String("remedy", T("改进措施", "Remedy"), T("拟采取的改进措施。", "What will be done about it."), m => m.Remedy);
            var note = s.String("note", T("备注", "Note"), T("备注，原文照录。", "Remark, verbatim."), m => m.Note);
            return v => new IndicatorMonitoring { Progress = progress.Of(v), ExpectedYearEnd = expected.Of(v), Likelihood = likelihood.Of(v), DeviationCauses = causes.Of(v), DeviationReason = reason.Of(v), Remedy = remedy.Of(v), Note = note.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<ProjectEvaluation> ProjectEvaluation = ObjectShape<ProjectEvaluation>.Describe(
        "projectEvaluation",
        T("项目绩效自评", "Project self-evaluation"),
        T("格式 1.1：年度绩效自评的资金执行、总体目标完成情况、总分与等级；填报的得分、总分、等级原样保留，由校验规则核对。", "Format 1.1: the self-evaluation's money, the outcome of the goals, the total and the grade; reported scores, total and grade are kept as written and checked by the review rules."),
        x => x.Extensions,
        s =>
        {
            var initial = s.Decimal("initialBudget", T("年初预算数", "Initial budget"), T("年初预算数。", "The budget at the start of the year."), e => e.InitialBudget, minimum: 0m);
            var budget = s.Decimal("budget", T("全年预算数", "Budget"), T("全年预算数（A）；省略时为 budget.total。", "The year's budget (A); budget.total when omitted."), e => e.Budget, minimum: 0m);
            var spent = s.Decimal("spent", T("全年执行数", "Spent"), T("全年执行数（B）。", "The amount spent in the year (B)."), e => e.Spent, minimum: 0m);
            var points = s.Decimal("executionPoints", T("预算执行分值", "Execution points"), T("预算执行率的分值；省略时为 10。", "The points of budget execution; 10 when omitted."), e => e.ExecutionPoints, minimum: 0m);
            var rate = s.Decimal("executionRate", T("执行率（%）", "Execution rate"), T("填报的执行率（B/A），百分数，如 98.9。", "The execution rate (B/A) as reported, in percent, such as 98.9."), e => e.ExecutionRate, minimum: 0m);
            var score = s.Decimal("executionScore", T("预算执行得分", "Execution score"), T("填报的预算执行得分。", "The execution score as reported."), e => e.ExecutionScore, minimum: 0m);
            var outcomes = s.Strings("goalOutcomes", T("总体目标实际完成情况", "Goal outcomes"), T("年度总体目标的实际完成情况，每段一项。", "What was achieved of the annual goals, one entry per paragraph."), e => e.GoalOutcomes);
            var total = s.Decimal("totalScore", T("总分", "Total score"), T("填报的自评总分。", "The total as reported."), e => e.TotalScore, minimum: 0m);
            var grade = s.Enum("grade", T("评价等级", "Grade"), T("填报的评价等级：优、良、中、差。", "The grade as reported: 优, 良, 中 or 差."), Grades, e => e.Grade);
            var conclusion = s.String("conclusion", T("评价结论", "Conclusion"), T("自评结论。", "The conclusion of the self-evaluation."), e => e.Conclusion);
            var problems = s.String("problems", T("存在问题", "Problems"), T("发现的问题。", "The problems found."), e => e.Problems);
            var improvements = s.String("improvements", T("改进措施", "Improvements"), T("改进措施。", "The improvements to be made."), e => e.Improvements);
            return v => new ProjectEvaluation
            {
                InitialBudget = initial.Of(v),
                Budget = budget.Of(v),
                Spent = spent.Of(v),
                ExecutionPoints = points.Of(v),
                ExecutionRate = rate.Of(v),
                ExecutionScore = score.Of(v),
                GoalOutcomes = outcomes.Of(v),
                TotalScore = total.Of(v),
                Grade = grade.Of(v),
                Conclusion = conclusion.Of(v),
                Problems = problems.Of(v),
                Improvements = improvements.Of(v),
                Extensions = v.Extensions,
            };
        });

    public static readonly ObjectShape<IndicatorEvaluation> IndicatorEvaluation = ObjectShape<IndicatorEvaluation>.Describe(
        "indicatorEvaluation",
        T("指标绩效自评", "Indicator self-evaluation"),
        T("格式 1.1：指标的实际完成值、分值、得分、完成程度及偏差原因。", "Format 1.1: the indicator's actual value, points, score, achievement and deviation reason."),
        x => x.Extensions,
        s =>
        {
            var actual = s.String("actual", T("实际完成值", "Actual"), T("实际完成值原文，如“21个”“显著提升”，按指标值的方式解析。", "The actual value, verbatim, such as 21个 or 显著提升; parsed like target."), e => e.Actual);
            var points = s.Decimal("points", T("分值", "Points"), T("指标的分值。", "The indicator's points."), e => e.Points, minimum: 0m);
            var score = s.Decimal("score", T("得分", "Score"), T("填报的得分。", "The score as given."), e => e.Score, minimum: 0m);
            var achievement = s.Enum("achievement", T("完成程度", "Achievement"), T("achieved（达成）、partly（部分达成）或 notAchieved（未达成）。", "achieved, partly or notAchieved."), Achievements, e => e.Achievement);
            var reason = s.String("deviationReason", T("偏差原因分析及改进措施", "Deviation reason"), T("未完成原因分析及改进措施。", "Why the target was not met, and what will be done."), e => e.DeviationReason);
            return v => new IndicatorEvaluation { Actual = actual.Of(v), Points = points.Of(v), Score = score.Of(v), Achievement = achievement.Of(v), DeviationReason = reason.Of(v), Extensions = v.Extensions };
        });

    public static readonly ObjectShape<Indicator> Indicator = ObjectShape<Indicator>.Describe(
        "indicator",
        T("绩效指标", "Indicator"),
        T("指标表中的一行：一级、二级、三级指标，指标描述，指标值及其确定依据。", "One row of the indicator table: level-1, level-2 and level-3 indicator, description, target and basis."),
        x => x.Extensions,
        s =>
        {
            var level1 = s.String("level1", T("一级指标", "Level-1 indicator"), T("一级指标名称，原文照录，如“产出指标”。", "Level-1 category name, verbatim, such as 产出指标."), i => i.Level1, required: true);
            var level2 = s.String("level2", T("二级指标", "Level-2 indicator"), T("二级指标名称，原文照录，如“数量指标”。", "Level-2 dimension name, verbatim, such as 数量指标."), i => i.Level2, required: true);
            var name = s.String("name", T("三级指标", "Indicator name"), T("三级指标名称，原文照录。", "Level-3 indicator name, verbatim."), i => i.Name, required: true);
            var description = s.String("description", T("绩效指标描述", "Description"), T("指标的含义（指标解释）。", "What the indicator measures."), i => i.Description);
            var target = s.String("target", T("指标值", "Target"), T("指标值原文，含空格与非标准写法（如“ =100%”“≥95百分比”），读取时不作修正。", "The target exactly as written, spaces and non-standard spellings included; readers never repair it."), i => i.Target, required: true);
            var basis = s.String("basis", T("指标值确定依据", "Basis"), T("指标值的确定依据，如“计划标准”“年度工作计划”。", "Where the target comes from, such as 计划标准 or 年度工作计划."), i => i.Basis);
            var weight = s.Decimal("weight", T("权重", "Weight"), T("指标权重；一张表的权重合计为 100。", "Indicator weight; the weights of a table sum to 100."), i => i.Weight, minimum: 0m, maximum: 100m);
            var direction = s.Enum("direction", T("指标方向", "Direction"), T("正向（positive：≥ > =）或反向（negative：≤ <）。", "positive (higher is better: ≥ > =) or negative (lower is better: ≤ <)."), Directions, i => i.Direction);
            var targetValue = s.Object("targetValue", T("规范化指标值", "Normalised target"), T("由规范化工具写入的指标值结构，须与 target 一致。", "The structured target written by the normaliser; must agree with target."), TargetValue, i => i.TargetValue);
            var monitoring = s.Object("monitoring", T("绩效运行监控", "Monitoring"), T("格式 1.1：指标的年度中期监控。", "Format 1.1: the indicator's in-year monitoring."), IndicatorMonitoring, i => i.Monitoring);
            var evaluation = s.Object("evaluation", T("绩效自评", "Self-evaluation"), T("格式 1.1：指标的年度自评。", "Format 1.1: the indicator's self-evaluation."), IndicatorEvaluation, i => i.Evaluation);
            return v => new Indicator
            {
                Level1 = level1.Of(v)!,
                Level2 = level2.Of(v)!,
                Name = name.Of(v)!,
                Description = description.Of(v),
                Target = target.Of(v)!,
                Basis = basis.Of(v),
                Weight = weight.Of(v),
                Direction = direction.Of(v),
                TargetValue = targetValue.Of(v),
                Monitoring = monitoring.Of(v),
                Evaluation = evaluation.Of(v),
                Extensions = v.Extensions,
            };
        });

    public static readonly ObjectShape<Project> Project = ObjectShape<Project>.Describe(
        "project",
        T("项目绩效目标表", "Project target table"),
        T("第二部分中的一张项目绩效目标表。", "One project table of part 2."),
        x => x.Extensions,
        s =>
        {
            var sequence = s.Integer("sequence", T("表序号", "Sequence"), T("表格序号，按原文。", "The table's sequence number as printed."), p => p.Sequence, minimum: 1);
            var unit = s.Object("unit", T("预算单位", "Budget unit"), T("表头的单位编码与名称。", "The unit heading the table."), BudgetUnit, p => p.Unit);
            var code = s.String("code", T("项目编码", "Project code"), T("项目编码，如 13073024P00888510015C；形状由校验规则检查。", "Project code, such as 13073024P00888510015C; its shape is checked by the review rules."), p => p.Code);
            var name = s.String("name", T("项目名称", "Project name"), T("项目名称，原文照录。", "Project name, verbatim."), p => p.Name, required: true, minLength: 1);
            var reference = s.String("fundingReference", T("文号", "Funding reference"), T("项目名称中的文号，如“怀财字【2024】7号”；没有时为 null。", "The issuing document number found in the name, such as 怀财字【2024】7号; null when there is none."), p => p.FundingReference, writeNull: true);
            var budget = s.Object("budget", T("预算规模", "Budget"), T("预算数、财政资金与其他资金。", "Budget total, fiscal and other funds."), Budget, p => p.Budget, required: true);
            var fundUse = s.String("fundUse", T("资金用途", "Use of funds"), T("资金用途，原文照录。", "Use of funds, verbatim."), p => p.FundUse);
            var plan = s.Objects("spendingPlan", T("资金支出计划（%）", "Spending plan"), T("各月底累计支出比例。", "Cumulative share spent by the end of each month."), SpendingPoint, p => p.SpendingPlan, writeEmpty: true);
            var goals = s.Strings("goals", T("绩效目标", "Goals"), T("年度绩效目标，每个编号目标一项，已去掉编号。", "Annual goals, one entry per numbered goal, numbering removed."), p => p.Goals, writeEmpty: true);
            var indicators = s.Objects("indicators", T("绩效指标", "Indicators"), T("指标表的各行，按原文顺序。", "The rows of the indicator table, in source order."), Indicator, p => p.Indicators, required: true, writeEmpty: true, limit: ListLimit.Indicators);
            var attribute = s.Enum("attribute", T("项目属性", "Project attribute"), T("new（新增）或 continuing（延续）。", "new or continuing."), Attributes, p => p.Attribute);
            var period = s.Object("implementationPeriod", T("项目实施期", "Implementation period"), T("多年项目的实施期。", "The implementation period of a multi-year project."), ImplementationPeriod, p => p.ImplementationPeriod);
            var periodGoals = s.Strings("periodGoals", T("实施期目标", "Period goals"), T("实施期或长期绩效目标。", "Implementation-period or long-term goals."), p => p.PeriodGoals);
            var periodIndicators = s.Objects("periodIndicators", T("实施期指标", "Period indicators"), T("实施期或长期绩效指标，结构同 indicators。", "Implementation-period or long-term indicators, shaped like indicators."), Indicator, p => p.PeriodIndicators, limit: ListLimit.Indicators);
            var opinion = s.String("reviewOpinion", T("财政部门审核意见", "Review opinion"), T("财政部门的审核意见。", "The finance bureau's review opinion."), p => p.ReviewOpinion);
            var monitoring = s.Object("monitoring", T("绩效运行监控", "Monitoring"), T("格式 1.1：项目的年度中期绩效运行监控。", "Format 1.1: the project's in-year monitoring."), ProjectMonitoring, p => p.Monitoring);
            var evaluation = s.Object("evaluation", T("绩效自评", "Self-evaluation"), T("格式 1.1：项目的年度绩效自评。", "Format 1.1: the project's self-evaluation."), ProjectEvaluation, p => p.Evaluation);
            return v => new Project
            {
                Sequence = sequence.Of(v),
                Unit = unit.Of(v),
                Code = code.Of(v),
                Name = name.Of(v)!,
                FundingReference = reference.Of(v),
                Budget = budget.Of(v)!,
                FundUse = fundUse.Of(v),
                SpendingPlan = plan.Of(v),
                Goals = goals.Of(v),
                Indicators = indicators.Of(v),
                Attribute = attribute.Of(v),
                ImplementationPeriod = period.Of(v),
                PeriodGoals = periodGoals.Of(v),
                PeriodIndicators = periodIndicators.Of(v),
                ReviewOpinion = opinion.Of(v),
                Monitoring = monitoring.Of(v),
                Evaluation = evaluation.Of(v),
                Extensions = v.Extensions,
            };
        });

    public static readonly ObjectShape<TargetDocument> Document = ObjectShape<TargetDocument>.Describe(
        "document",
        T("预算绩效目标交换格式 " + TargetDocument.CurrentSchemaVersion, "Performance target exchange format " + TargetDocument.CurrentSchemaVersion),
        T("部门预算绩效文本（部门整体绩效目标与预算项目绩效目标表）的 JSON 交换格式，JSON Schema draft-07；1.1 版增加可选的绩效运行监控（monitoring）与绩效自评（evaluation）。", "The JSON exchange format of a department's budget performance text (overall targets and project target tables), JSON Schema draft-07; version 1.1 adds the optional monitoring and evaluation blocks."),
        x => x.Extensions,
        s =>
        {
            var schema = s.String("$schema", T("Schema 位置", "Schema location"), T("本文档所依 JSON Schema 的位置（如相对路径），供编辑器补全和检查；读取时保留，原样写回。", "Where the JSON Schema of this document is (such as a relative path), for editors to complete and check it; kept on read and written back."), d => d.SchemaLocation);
            var version = s.String("schemaVersion", T("格式版本", "Format version"), T("交换格式版本，如 1.0；含 monitoring 或 evaluation 时为 1.1；读取方拒绝不认识的主版本。", "Version of the format, such as 1.0; 1.1 with monitoring or evaluation blocks; readers reject a major version they do not know."), d => d.SchemaVersion, required: true, pattern: VersionPattern);
            var framework = s.Choice("framework", T("指标体系", "Indicator framework"), T("采用的指标体系：2020（财预〔2020〕10号）或 2021（财预〔2021〕101号，成本指标为一级指标）。", "The indicator framework: 2020 (财预〔2020〕10号) or 2021 (财预〔2021〕101号, with 成本指标 as a level-1 category)."), Frameworks, d => d.Framework);
            var title = s.String("title", T("文本标题", "Title"), T("文本标题，原文照录。", "Document title, verbatim."), d => d.Title);
            var year = s.Integer("fiscalYear", T("预算年度", "Fiscal year"), T("预算年度。", "Budget year."), d => d.FiscalYear, required: true, minimum: TargetDocument.MinFiscalYear, maximum: TargetDocument.MaxFiscalYear);
            var stage = s.Enum("stage", T("阶段", "Stage"), T("draft（草案）或 final（正式）。", "draft or final."), Stages, d => d.Stage);
            var department = s.Object("department", T("部门", "Department"), T("部门的编码、名称及内设机构。", "The department's code, name and internal units."), Department, d => d.Department);
            var preparedBy = s.String("preparedBy", T("编制单位", "Prepared by"), T("编制单位。", "The unit that prepared the document."), d => d.PreparedBy);
            var reviewedBy = s.String("reviewedBy", T("审核单位", "Reviewed by"), T("审核单位。", "The unit that reviewed the document."), d => d.ReviewedBy);
            var amountUnit = s.Enum("amountUnit", T("金额单位", "Amount unit"), T("文件中所有金额的单位：万元或元。", "Unit of every amount in the file: 万元 or 元."), AmountUnits, d => d.AmountUnit);
            var departmentBudget = s.Object("departmentBudget", T("部门预算合计", "Department budget"), T("原文列明的部门预算合计，用于与各项目之和核对。", "The department totals where the source states them, checked against the sum of the projects."), Budget, d => d.DepartmentBudget);
            var overall = s.Object("overallTargets", T("部门整体绩效目标", "Overall targets"), T("第一部分：部门整体绩效目标。", "Part 1: the department's overall targets."), OverallTargets, d => d.OverallTargets);
            var projects = s.Objects("projects", T("预算项目绩效目标表", "Project tables"), T("第二部分：各项目绩效目标表，按原文顺序。", "Part 2: the project tables, in source order."), Project, d => d.Projects, required: true, writeEmpty: true, limit: ListLimit.Projects);
            return v => new TargetDocument
            {
                SchemaLocation = schema.Of(v),
                SchemaVersion = version.Of(v)!,
                Framework = framework.Of(v),
                Title = title.Of(v),
                FiscalYear = year.Of(v)!.Value,
                Stage = stage.Of(v),
                Department = department.Of(v),
                PreparedBy = preparedBy.Of(v),
                ReviewedBy = reviewedBy.Of(v),
                AmountUnit = amountUnit.Of(v),
                DepartmentBudget = departmentBudget.Of(v),
                OverallTargets = overall.Of(v),
                Projects = projects.Of(v),
                Extensions = v.Extensions,
            };
        });

    /// <summary>Gets the shapes in the order the schema lists them under <c>definitions</c> (the document is the root).</summary>
    public static IReadOnlyList<ObjectShape> Definitions { get; } = [Department, BudgetUnit, OverallTargets, Project, Budget, SpendingPoint, ImplementationPeriod, ProjectMonitoring, ProjectEvaluation, Indicator, TargetValue, IndicatorMonitoring, IndicatorEvaluation];

    /// <summary>Gets whether a schemaVersion has the schema's pattern: digits, a dot, digits.</summary>
    public static bool IsVersion(string value)
    {
        var dot = value.IndexOf('.');
        return dot > 0 && dot < value.Length - 1 && AllDigits(value, 0, dot) && AllDigits(value, dot + 1, value.Length);
    }

    /// <summary>Gets whether a value is a month written yyyy-MM (01 to 12).</summary>
    public static bool IsMonth(string value) =>
        value.Length == 7 && AllDigits(value, 0, 4) && value[4] == '-' && AllDigits(value, 5, 7) &&
        (value[5] == '0' ? value[6] != '0' : value[5] == '1' && value[6] <= '2');

    private static bool AllDigits(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static LocalizedText T(string chinese, string english) => new(chinese, english);
}
