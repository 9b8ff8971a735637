using PerformanceTargets.Model;
using PerformanceTargets.Validation.Rules.Relevance;

namespace PerformanceTargets.Validation.Engine;

/// <summary>What the rules know about one indicator row, worked out once and shared among them.</summary>
internal readonly struct IndicatorFacts
{
    public IndicatorFacts(Indicator indicator, IndicatorTarget target, TextFacts name, IndicatorCategory? category, IndicatorDimension? dimension)
    {
        Indicator = indicator;
        Target = target;
        Name = name;
        Category = category;
        Dimension = dimension;
    }

    public Indicator Indicator { get; }

    /// <summary>Gets the parsed target.</summary>
    public IndicatorTarget Target { get; }

    /// <summary>Gets the facts of the name.</summary>
    public TextFacts Name { get; }

    /// <summary>Gets the level-1 category in the framework in force, or null when the name is not one of it.</summary>
    public IndicatorCategory? Category { get; }

    /// <summary>Gets the level-2 dimension in the framework in force, or null when the name is not one of it.</summary>
    public IndicatorDimension? Dimension { get; }

    /// <summary>Gets whether the row is a cost indicator: 产出/成本指标 (2020) or 成本/经济成本指标 (2021).</summary>
    public bool IsCost => Dimension is IndicatorDimension.Cost or IndicatorDimension.EconomicCost;

    /// <summary>Gets whether the row is about satisfaction: under 满意度指标, or named so.</summary>
    public bool IsSatisfaction => Category == IndicatorCategory.Satisfaction || Name.IsSatisfaction;
}

/// <summary>The facts of one project table.</summary>
internal sealed class ProjectFacts
{
    private ulong? _fields;
    private ulong? _nameFields;
    private ulong? _fundUseFields;
    private string? _coreName;

    public ProjectFacts(int index, Project project, IndicatorFacts[] indicators, IndicatorFacts[] periodIndicators)
    {
        Index = index;
        Project = project;
        Indicators = indicators;
        PeriodIndicators = periodIndicators;
    }

    public int Index { get; }

    public Project Project { get; }

    public IndicatorFacts[] Indicators { get; }

    public IndicatorFacts[] PeriodIndicators { get; }

    /// <summary>Gets the table number to show: the printed sequence, else the 1-based position.</summary>
    public int Table => Project.Sequence ?? Index + 1;

    /// <summary>Gets the lexicon fields of the project's name, use of funds and goals.</summary>
    public ulong Fields
    {
        get
        {
            if (_fields is null)
            {
                var fields = NameFields | FundUseFields;
                foreach (var goal in Project.Goals)
                {
                    fields |= FieldLexicon.ProjectFields(goal);
                }

                _fields = fields;
            }

            return _fields.Value;
        }
    }

    /// <summary>Gets the lexicon fields of the project's name.</summary>
    public ulong NameFields => _nameFields ??= FieldLexicon.ProjectFields(Project.Name);

    /// <summary>Gets the lexicon fields of the use of funds.</summary>
    public ulong FundUseFields => _fundUseFields ??= FieldLexicon.ProjectFields(Project.FundUse);

    /// <summary>Gets the name without its 文号 and leading place names: "官厅镇怀财字【2024】7号防火经费" gives "防火经费".</summary>
    public string CoreName => _coreName ??= ProjectNames.Core(Project, Places);

    /// <summary>Gets the text that names the document's places (department, title, preparer), for recognising place prefixes.</summary>
    public string Places { get; init; } = string.Empty;

    /// <summary>Gets the indicator list by its JSON name.</summary>
    public IndicatorFacts[] List(bool period) => period ? PeriodIndicators : Indicators;
}

/// <summary>
/// The facts of a whole document, built once per validation. Parsed targets, name facts and level-name lookups are
/// cached by string reference: the JSON reader gives equal cells the same string, so each distinct cell is worked
/// out once. Not thread-safe: one instance serves one validation.
/// </summary>
internal sealed class DocumentFacts
{
    private readonly Dictionary<string, IndicatorTarget> _targets = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, string> _targetKeys = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, TextFacts> _texts = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, IndicatorCategory?> _categories = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, IndicatorDimension?> _dimensions = new(ReferenceComparer.Instance);
    private readonly IndicatorFramework _framework;

    public DocumentFacts(TargetDocument document, IndicatorFramework framework)
    {
        _framework = framework;
        Document = document;
        var projects = document.Projects;
        var places = string.Concat(document.Department?.Name, "|", document.Title, "|", document.PreparedBy);
        Projects = new ProjectFacts[projects.Length];
        for (var i = 0; i < projects.Length; i++)
        {
            var project = projects[i];
            Projects[i] = new ProjectFacts(i, project, Build(project.Indicators), Build(project.PeriodIndicators)) { Places = places };
        }
    }

    public TargetDocument Document { get; }

    public ProjectFacts[] Projects { get; }

    public IndicatorTarget Target(string text)
    {
        if (!_targets.TryGetValue(text, out var target))
        {
            target = IndicatorTarget.Parse(text);
            _targets[text] = target;
        }

        return target;
    }

    /// <summary>Gets the target in its standard spelling, as a key for comparing rows ("≥95百分比" and "≥95%" are one).</summary>
    public string TargetKey(string text)
    {
        if (!_targetKeys.TryGetValue(text, out var key))
        {
            key = Target(text).Format();
            _targetKeys[text] = key;
        }

        return key;
    }

    public TextFacts Text(string text)
    {
        if (!_texts.TryGetValue(text, out var facts))
        {
            facts = new TextFacts(text);
            _texts[text] = facts;
        }

        return facts;
    }

    private IndicatorFacts[] Build(System.Collections.Immutable.ImmutableArray<Indicator> indicators)
    {
        if (indicators.IsEmpty)
        {
            return [];
        }

        var facts = new IndicatorFacts[indicators.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var indicator = indicators[i];
            facts[i] = new IndicatorFacts(indicator, Target(indicator.Target), Text(indicator.Name), Category(indicator.Level1), Dimension(indicator.Level2));
        }

        return facts;
    }

    private IndicatorCategory? Category(string name)
    {
        if (!_categories.TryGetValue(name, out var category))
        {
            category = _framework.TryGetCategory(name, out var found) ? found : null;
            _categories[name] = category;
        }

        return category;
    }

    private IndicatorDimension? Dimension(string name)
    {
        if (!_dimensions.TryGetValue(name, out var dimension))
        {
            dimension = _framework.TryGetDimension(name, out var found) ? found : null;
            _dimensions[name] = dimension;
        }

        return dimension;
    }
}

/// <summary>Project names without their 文号 and leading place names, for comparing purposes.</summary>
internal static class ProjectNames
{
    public static string Core(Project project, string places)
    {
        var name = IndicatorTarget.TrimWhite(project.Name);
        if (!string.IsNullOrEmpty(project.FundingReference))
        {
            name = name.Replace(project.FundingReference, string.Empty);
        }

        // Leading place names the document itself names ("官厅镇" of 怀来县官厅镇人民政府), possibly repeated:
        // 2–6 characters ending in 镇, 乡, 县, 市, 区 or 街道.
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var length = 2; length <= 6 && length < name.Length - 1; length++)
            {
                var end = name[length] is '镇' or '乡' or '县' or '市' or '区' ? length + 1
                    : length + 1 < name.Length && name[length] == '街' && name[length + 1] == '道' ? length + 2
                    : -1;
                if (end > 0 && end < name.Length && places.IndexOf(name.Substring(0, end), StringComparison.Ordinal) >= 0)
                {
                    name = name.Substring(end);
                    changed = true;
                    break;
                }
            }
        }

        // A leading year ("2022年一事一议项目资金").
        if (name.Length > 5 && name[4] == '年' && IsDigits(name, 0, 4))
        {
            name = name.Substring(5);
        }

        return name;
    }

    /// <summary>Normalises a use of funds for comparison: trimmed, without a leading 用于 and a final full stop.</summary>
    public static string FundUse(string fundUse)
    {
        var text = IndicatorTarget.TrimWhite(fundUse);
        if (text.StartsWith("用于", StringComparison.Ordinal))
        {
            text = text.Substring(2);
        }

        return text.TrimEnd('。', '.', '；', ';', '，', ',');
    }

    private static bool IsDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
