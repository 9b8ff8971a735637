using System.Collections.Immutable;

namespace PerformanceTargets.Validation;

/// <summary>
/// The catalogue of built-in rules: ids, default severities, criteria, titles and descriptions in Chinese and English.
/// The ids are a contract: they never change meaning. <c>docs/rules.md</c> has an entry for each, with examples.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class RuleCatalog
{
    /// <summary>The version of the built-in rule set. It changes whenever a rule is added or its behaviour changes; reports carry it.</summary>
    public const string Version = "1.0.0";

    /// <summary>PT001: not well-formed JSON, or not UTF-8.</summary>
    public static RuleDescriptor PT001 { get; } = Rule("PT001", Severity.Error, RuleCategory.Format,
        "Not well-formed JSON or not UTF-8", "不是格式正确的 JSON 或不是 UTF-8 编码",
        "The file must be UTF-8 JSON (a byte order mark is accepted): no syntax errors, no duplicate property names. Nothing else can be checked until it is.",
        "文件须为 UTF-8 编码的 JSON（允许字节顺序标记）：无语法错误、无重复属性名。修正之前无法进行其他检查。");

    /// <summary>PT002: violates the JSON Schema of the exchange format.</summary>
    public static RuleDescriptor PT002 { get; } = Rule("PT002", Severity.Error, RuleCategory.Format,
        "Violates the JSON Schema of the exchange format", "不符合交换格式的 JSON Schema",
        "The document must satisfy schema/performance-targets.schema.json: required properties, types, allowed values, patterns, minimums and no unknown properties (own properties start with x-). The full list comes from NJsonSchema.",
        "文档须符合 schema/performance-targets.schema.json：必填属性、类型、允许取值、格式、最小值，且不得有未知属性（自定义属性以 x- 开头）。完整错误列表由 NJsonSchema 给出。");

    /// <summary>PT003: unknown major schemaVersion.</summary>
    public static RuleDescriptor PT003 { get; } = Rule("PT003", Severity.Error, RuleCategory.Format,
        "Unknown major schemaVersion", "未知的 schemaVersion 主版本",
        "This library reads version 1.x of the exchange format. A document of another major version cannot be read; update the library or export the document as version 1.",
        "本库读取 1.x 版交换格式。其他主版本的文档无法读取；请升级本库，或将文档导出为 1 版。");

    /// <summary>PT101: a project without goals.</summary>
    public static RuleDescriptor PT101 { get; } = Rule("PT101", Severity.Error, RuleCategory.Completeness,
        "Project without goals", "项目缺少绩效目标",
        "Every project table states its performance goals (绩效目标). A table without goals cannot be reviewed or evaluated.",
        "每张项目绩效目标表都应写明绩效目标。没有目标的表无法审核，也无法评价。");

    /// <summary>PT102: a goal that is template placeholder text.</summary>
    public static RuleDescriptor PT102 { get; } = Rule("PT102", Severity.Error, RuleCategory.Completeness,
        "Goal is template placeholder text", "绩效目标是模板占位文字",
        "A goal such as 目标内容1, XXX, 请填写 or 待定 is the template's placeholder, not a goal: the form was never filled in. Write what the money is to achieve this year.",
        "“目标内容1”“XXX”“请填写”“待定”等是模板的占位文字，不是目标，说明表格未填写。请写明资金本年度要达到的目标。");

    /// <summary>PT103: a required level-1 category missing from a table.</summary>
    public static RuleDescriptor PT103 { get; } = Rule("PT103", Severity.Error, RuleCategory.Completeness,
        "Required level-1 category missing", "缺少必需的一级指标",
        "Every table carries at least one 产出 (output), 效益 (benefit) and 满意度 (satisfaction) indicator, and under the 2021 framework one 成本 (cost) indicator (中发〔2018〕34号).",
        "每张表至少应有一个产出指标、效益指标和满意度指标，2021 版指标体系下还应有成本指标（中发〔2018〕34号）。");

    /// <summary>PT104: 产出 lacks one of 数量 / 质量 / 时效 (and 成本 under 2020).</summary>
    public static RuleDescriptor PT104 { get; } = Rule("PT104", Severity.Warning, RuleCategory.Completeness,
        "Output indicators lack a dimension", "产出指标缺少二级指标",
        "The 产出 indicators of a table are expected to cover 数量, 质量 and 时效, and under the 2020 framework 成本 too.",
        "一张表的产出指标应涵盖数量、质量、时效，2020 版指标体系下还应有成本指标。");

    /// <summary>PT105: an indicator's name or target is empty (error); its description or basis is empty (warning).</summary>
    public static RuleDescriptor PT105 { get; } = Rule("PT105", Severity.Error, RuleCategory.Completeness,
        "Indicator cell empty", "指标内容为空",
        "An indicator without a name or a target value cannot be measured (error). An empty description or basis (指标值确定依据) leaves the reviewer guessing (warning); an absent one is reported only when other indicators of the document have one.",
        "缺少名称或指标值的指标无法衡量（错误）。绩效指标描述或指标值确定依据为空会让审核者无从判断（警告）；只有文档中其他指标填写了该栏时，缺失才会报告。");

    /// <summary>PT106: use of funds missing.</summary>
    public static RuleDescriptor PT106 { get; } = Rule("PT106", Severity.Warning, RuleCategory.Completeness,
        "Use of funds missing", "缺少资金用途",
        "A table states what the money is used for (资金用途), so that the reviewer can judge whether the goals and indicators fit it.",
        "项目表应写明资金用途，审核者据此判断目标和指标是否相符。");

    /// <summary>PT201: budget total differs from fiscal + other funds.</summary>
    public static RuleDescriptor PT201 { get; } = Rule("PT201", Severity.Error, RuleCategory.Feasibility,
        "Budget total is not fiscal + other funds", "预算数不等于财政资金与其他资金之和",
        "The budget total (预算数) is the sum of the fiscal funds (财政资金) and the other funds (其他资金); when either is stated, the three must add up.",
        "预算数应等于财政资金与其他资金之和；填写了其中任一项时，三者须相符。");

    /// <summary>PT202: a malformed spending plan.</summary>
    public static RuleDescriptor PT202 { get; } = Rule("PT202", Severity.Error, RuleCategory.Feasibility,
        "Spending plan malformed", "资金支出计划有误",
        "The spending plan gives cumulative shares: each is between 0 and 100, none is smaller than the one before, and the months (1–12) increase.",
        "资金支出计划为累计比例：每项在 0 到 100 之间，不小于前一项，月份（1–12）递增。");

    /// <summary>PT203: spending plan does not reach 100%.</summary>
    public static RuleDescriptor PT203 { get; } = Rule("PT203", Severity.Warning, RuleCategory.Feasibility,
        "Spending plan does not reach 100%", "资金支出计划未达到 100%",
        "By the last month of the plan the whole budget is expected to be spent (100%). A lower figure plans idle money.",
        "到计划的最后一个月应支出全部预算（100%）。低于此数意味着资金闲置。");

    /// <summary>PT204: a cost indicator that exceeds the budget, differs from it, or is not money.</summary>
    public static RuleDescriptor PT204 { get; } = Rule("PT204", Severity.Error, RuleCategory.Appropriateness,
        "Cost indicator does not match the budget", "成本指标与预算不符",
        "A cost (成本) indicator is an amount of money no greater than the project's budget. Above the budget it is an error; below it, worth a note (info); a cost target that is not an amount of money at all (a percentage, a count) is a warning.",
        "成本指标应为不超过项目预算的金额。超过预算为错误；低于预算值得注意（提示）；成本指标值根本不是金额（百分比、数量）为警告。");

    /// <summary>PT205: a level-2 name that does not belong under its level-1 name, or is unknown.</summary>
    public static RuleDescriptor PT205 { get; } = Rule("PT205", Severity.Error, RuleCategory.Completeness,
        "Indicator category or dimension not in the framework", "一级或二级指标不符合指标体系",
        "Level-1 and level-2 names come from the document's framework (2020 or 2021), with the accepted synonyms; a level-2 name belongs under one level-1 name.",
        "一级、二级指标名称应取自文档采用的指标体系（2020 或 2021 版，含认可的同义写法），且二级指标应位于其所属一级指标之下。");

    /// <summary>PT206: two projects with the same code.</summary>
    public static RuleDescriptor PT206 { get; } = Rule("PT206", Severity.Error, RuleCategory.Completeness,
        "Duplicate project code", "项目编码重复",
        "A project code identifies one project; two tables with the same code are a copy or a typing error.",
        "项目编码唯一标识一个项目；两张表编码相同，说明表格重复或编码录入有误。");

    /// <summary>PT207: the same indicator twice in one table.</summary>
    public static RuleDescriptor PT207 { get; } = Rule("PT207", Severity.Warning, RuleCategory.Completeness,
        "Same indicator twice in a table", "同一表中指标重复",
        "An indicator name appears twice in one table: one of the rows is a copy, or the two measure the same thing.",
        "同一指标名称在一张表中出现两次：其中一行是复制的，或两行衡量的是同一件事。");

    /// <summary>PT208: project code of the wrong shape or with a wrong part.</summary>
    public static RuleDescriptor PT208 { get; } = Rule("PT208", Severity.Error, RuleCategory.Completeness,
        "Project code malformed", "项目编码格式有误",
        "A project code has 21 characters: a 6-digit division code, a 2-digit year, a letter, a 6-digit number and 6 characters of the GB 32100 set, the last a check character. A wrong length or shape is an error; a year other than the fiscal year, a wrong check character or a division code differing from the document's others is a warning.",
        "项目编码为 21 位：6 位行政区划代码、2 位年度、1 个字母、6 位顺序号和 6 位 GB 32100 字符集字符，末位为校验码。长度或结构错误为错误；年度与预算年度不符、校验码不符或区划代码与文档中其他编码不同为警告。");

    /// <summary>PT209: table sequence numbers not 1..n in order.</summary>
    public static RuleDescriptor PT209 { get; } = Rule("PT209", Severity.Warning, RuleCategory.Completeness,
        "Table numbers not 1..n", "表序号不连续",
        "Tables are numbered 1, 2, 3 … in order. A gap or a repeat means a table is missing, duplicated or out of place.",
        "表序号应按顺序为 1、2、3……。缺号或重号说明有表缺失、重复或位置错乱。");

    /// <summary>PT210: weights present but not summing to 100.</summary>
    public static RuleDescriptor PT210 { get; } = Rule("PT210", Severity.Warning, RuleCategory.Appropriateness,
        "Weights do not sum to 100", "权重合计不等于 100",
        "When a table gives weights (权重), those of its indicators sum to 100.",
        "表中填写权重时，各指标权重之和应为 100。");

    /// <summary>PT211: targetValue disagrees with target.</summary>
    public static RuleDescriptor PT211 { get; } = Rule("PT211", Severity.Error, RuleCategory.Format,
        "targetValue disagrees with target", "targetValue 与指标值不一致",
        "The normalised targetValue must say what the verbatim target says: the same kind, comparator, number and unit (or text). Re-run the normaliser after editing a target.",
        "规范化的 targetValue 应与原文指标值一致：类型、比较符、数值和单位（或文字）相同。修改指标值后请重新规范化。");

    /// <summary>PT301: a target that is neither a quantity nor a recognised graded phrase.</summary>
    public static RuleDescriptor PT301 { get; } = Rule("PT301", Severity.Warning, RuleCategory.Appropriateness,
        "Target not measurable", "指标值不可衡量",
        "Targets of 数量, 质量, 时效, 成本 and 满意度 indicators are quantities (≥95%, 21个, ≤10万元), dates or periods, or recognised graded phrases (达到预期目标, 合格). Other text cannot be checked at the end of the year.",
        "数量、质量、时效、成本和满意度指标的指标值应为数量（≥95%、21个、≤10万元）、日期或期间，或公认的等级表述（达到预期目标、合格）。其他文字到年末无法核验。");

    /// <summary>PT302: a non-standard spelling.</summary>
    public static RuleDescriptor PT302 { get; } = Rule("PT302", Severity.Warning, RuleCategory.Appropriateness,
        "Non-standard spelling of a target", "指标值写法不规范",
        "Write targets in the standard form: % not 百分比, 万元 not 万, ≥ ≤ > < = not >= <= ＞ ＜, half-width digits. Systems that read the tables compare these forms.",
        "指标值请用规范写法：用 % 而非“百分比”，用“万元”而非“万”，用 ≥ ≤ > < = 而非 >= <= ＞ ＜，数字用半角。读取表格的系统按规范写法比对。");

    /// <summary>PT303: a percentage above 100 or below 0 for a rate or satisfaction.</summary>
    public static RuleDescriptor PT303 { get; } = Rule("PT303", Severity.Error, RuleCategory.Feasibility,
        "Rate outside 0–100%", "比率超出 0–100%",
        "A rate (…率) or a satisfaction cannot exceed 100% or fall below 0%. Growth rates and the like, which can, are exempt.",
        "比率（……率）和满意度不能高于 100% 或低于 0%。增长率等可以超出的指标除外。");

    /// <summary>PT304: a unit contradicting the indicator.</summary>
    public static RuleDescriptor PT304 { get; } = Rule("PT304", Severity.Warning, RuleCategory.Appropriateness,
        "Unit contradicts the indicator", "计量单位与指标不符",
        "A count (a 数量指标, or a name counting 人, 户, 个, 次 …) is not given in %; a rate (…率) is not given as a count; a satisfaction is given in %; a unit written in the name is the target's unit.",
        "数量（数量指标，或名称为人数、户数、个数、次数等）不应以 % 表示；比率（……率）不应以个数表示；满意度应以 % 表示；名称中写明的单位应与指标值单位一致。");

    /// <summary>PT305: a satisfaction target below the floor.</summary>
    public static RuleDescriptor PT305 { get; } = Rule("PT305", Severity.Warning, RuleCategory.Appropriateness,
        "Satisfaction target below the floor", "满意度目标过低",
        "A satisfaction target below the configured floor (80% unless set otherwise) is set low to pass; reviewers expect more.",
        "满意度目标低于设定下限（默认 80%）是为了容易达标而压低目标，审核者通常要求更高。");

    /// <summary>PT306: leading or trailing spaces.</summary>
    public static RuleDescriptor PT306 { get; } = Rule("PT306", Severity.Info, RuleCategory.Appropriateness,
        "Leading or trailing spaces", "首尾有空格",
        "A name or target begins or ends with spaces, usually left from copying. Harmless to a reader, but systems comparing text see two different values.",
        "名称或指标值首尾有空格，通常是复制时带入的。人读无碍，但比对文字的系统会视为不同的值。");

    /// <summary>PT307: every indicator of a table has the same target.</summary>
    public static RuleDescriptor PT307 { get; } = Rule("PT307", Severity.Warning, RuleCategory.Appropriateness,
        "Every indicator has the same target", "所有指标值相同",
        "When every indicator of a table has the same target (≥95% for counts, costs and benefits alike), the targets were not set, only filled in.",
        "一张表中所有指标的指标值都相同（数量、成本、效益一律 ≥95%），说明指标值未经测算，只是随手填写。");

    /// <summary>PT308: a vague target.</summary>
    public static RuleDescriptor PT308 { get; } = Rule("PT308", Severity.Warning, RuleCategory.Appropriateness,
        "Vague target", "指标值模糊",
        "A target that is only 改善, 提高, 不涉及 or 无, or a qualitative target on a 数量 or 成本 indicator, cannot be checked. Give a number, or a graded phrase that says how much.",
        "只写“改善”“提高”“不涉及”“无”的指标值，或数量、成本指标使用定性表述，都无法核验。请给出数值，或能说明程度的等级表述。");

    /// <summary>PT401: indicator names cut at a fixed length.</summary>
    public static RuleDescriptor PT401 { get; } = Rule("PT401", Severity.Warning, RuleCategory.Completeness,
        "Indicator name cut short", "指标名称被截断",
        "Several names stop at the same length, the longest of the document, and each is the start of its own description: a system cut them at a field width. A short name that a longer description merely extends is not a cut.",
        "多个名称在同一长度（文档中最长的名称长度）处中断，且各为其描述的开头：系统按字段宽度截断了名称。较短的名称被较长的描述自然延伸的，不算截断。");

    /// <summary>PT402: indicator rows copied across projects of different purpose.</summary>
    public static RuleDescriptor PT402 { get; } = Rule("PT402", Severity.Warning, RuleCategory.Relevance,
        "Indicator row copied across unrelated projects", "指标行在无关项目间照搬",
        "The same row (name and target) in three or more projects of different purpose is copy-paste boilerplate: no row fits fire prevention, rubbish collection and statistics alike. Purposes come from a documented lexicon of fields; satisfaction rows are exempt.",
        "同一指标行（名称和指标值）出现在三个以上用途不同的项目中，是照搬的模板：没有哪一行能同时适用于防火、垃圾清运和统计。项目用途依据文档列明的领域词表判断；满意度指标行除外。");

    /// <summary>PT403: an indicator from a field unrelated to the project.</summary>
    public static RuleDescriptor PT403 { get; } = Rule("PT403", Severity.Warning, RuleCategory.Relevance,
        "Indicator from an unrelated field", "指标与项目领域无关",
        "An indicator whose name belongs to a field the project has nothing to do with (新增粮食产能 in a fire-prevention fund) was copied from another department's template. Fields come from a small documented lexicon; projects of no known field are not judged.",
        "指标名称属于与项目毫无关系的领域（如防火经费中的“新增粮食产能”），是从其他部门的模板照搬的。领域依据文档列明的小型词表判断；不属于任何已知领域的项目不作判断。");

    /// <summary>PT404: the use of funds describes a different purpose than the project name.</summary>
    public static RuleDescriptor PT404 { get; } = Rule("PT404", Severity.Warning, RuleCategory.Relevance,
        "Use of funds belongs to another project", "资金用途与项目不符",
        "The use of funds names another project of the document, or a field unrelated to the project's name: it was copied from another table.",
        "资金用途写的是文档中另一个项目的名称，或与项目名称无关的领域：它是从另一张表复制来的。");

    /// <summary>PT501: department totals differ from the sum of the projects.</summary>
    public static RuleDescriptor PT501 { get; } = Rule("PT501", Severity.Error, RuleCategory.Feasibility,
        "Department totals differ from the projects", "部门合计与项目之和不符",
        "Where the document states department totals (departmentBudget), each equals the sum over its projects.",
        "文档给出部门预算合计（departmentBudget）时，各项合计应等于各项目之和。");

    /// <summary>PT901: the input exceeds a reader limit.</summary>
    public static RuleDescriptor PT901 { get; } = Rule("PT901", Severity.Error, RuleCategory.Format,
        "Input exceeds a reader limit", "输入超出读取上限",
        "The input is larger or deeper than the reader's limits (JsonReadOptions): 64 MiB, 64 levels, 100,000 projects by default. Split the document or raise the limit.",
        "输入超过读取上限（JsonReadOptions）：默认 64 MiB、64 层嵌套、100,000 个项目。请拆分文档或调高上限。");

    /// <summary>PT902: the source (a text extraction, CSV or XLSX table) could not be imported completely.</summary>
    public static RuleDescriptor PT902 { get; } = Rule("PT902", Severity.Error, RuleCategory.Format,
        "Source not imported completely", "来源未能完整导入",
        "The importer met a damaged or unexpected part of the source (a table cut short, a row with missing cells, an unknown label, a missing column): each import diagnostic becomes a finding with the diagnostic's severity, code and line.",
        "导入器遇到来源中损坏或不符合预期的部分（表格不完整、行缺少单元格、未知标签、缺少列）：每条导入诊断都成为一条发现，保留诊断的严重程度、代码和行号。");

    /// <summary>Gets every built-in rule, ordered by id.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        PT001, PT002, PT003,
        PT101, PT102, PT103, PT104, PT105, PT106,
        PT201, PT202, PT203, PT204, PT205, PT206, PT207, PT208, PT209, PT210, PT211,
        PT301, PT302, PT303, PT304, PT305, PT306, PT307, PT308,
        PT401, PT402, PT403, PT404,
        PT501,
        PT901, PT902,
    ];

    /// <summary>Finds a built-in rule by id.</summary>
    /// <param name="id">The id, such as <c>PT102</c> (ordinal, case-sensitive); null gives false.</param>
    /// <param name="descriptor">The rule when found.</param>
    /// <returns>True when the id is a built-in rule.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? descriptor)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                descriptor = rule;
                return true;
            }
        }

        descriptor = null;
        return false;
    }

    /// <summary>Gets whether a rule belongs to stage 1 (reading the file), which cannot be disabled or downgraded.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>True for PT001, PT002, PT003, PT901 and PT902.</returns>
    internal static bool IsReadStage(string id) => id is "PT001" or "PT002" or "PT003" or "PT901" or "PT902";

    private static RuleDescriptor Rule(string id, Severity severity, RuleCategory category, string title, string titleZh, string description, string descriptionZh) => new()
    {
        Id = id,
        DefaultSeverity = severity,
        Category = category,
        Title = title,
        TitleZh = titleZh,
        Description = description,
        DescriptionZh = descriptionZh,
    };
}
