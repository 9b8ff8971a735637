using PerformanceTargets.Model;

namespace PerformanceTargets.Validation.Engine;

/// <summary>What the rules know about one indicator row, worked out once and shared among them.</summary>
internal readonly struct IndicatorFacts
{
    public IndicatorFacts(Indicator indicator, TextFacts target, TextFacts name, IndicatorCategory? category, IndicatorDimension? dimension)
    {
        Indicator = indicator;
        TargetText = target;
        Name = name;
        Category = category;
        Dimension = dimension;
    }

    public Indicator Indicator { get; }

    /// <summary>Gets the parsed target.</summary>
    public IndicatorTarget Target => TargetText.Target!;

    /// <summary>Gets the facts of the target's text (its parse is <see cref="Target"/>).</summary>
    public TextFacts TargetText { get; }

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
    private ulong? _relatedFields;
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

    /// <summary>Gets <see cref="Fields"/> with the fields related to them.</summary>
    public ulong RelatedFields => _relatedFields ??= FieldLexicon.WithRelated(Fields);

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
/// cached by cell text, so that each distinct cell is worked out once (tables repeat their categories, bases and
/// targets row after row). What a text says by itself (its parse, its words, its place in the framework) is kept in
/// the thread's <see cref="TextTable"/> from one validation to the next, as the files of a batch repeat their cells;
/// what numbers it within one document (<see cref="TextFacts.Id"/>, its key, its target's key) is set again by each
/// validation. Not thread-safe: one instance serves one validation, which gives the table back at its end
/// (<see cref="Release"/>).
/// </summary>
internal sealed class DocumentFacts
{
    // A thread keeps the texts of its validations up to this many, so that what it holds stays small (about 400 KB).
    private const int KeptTexts = 2048;

    [ThreadStatic]
    private static TextTable? t_idle;

    private readonly TextTable _table;
    private readonly Dictionary<string, TextFacts> _texts;
    private readonly TextFacts?[] _front;
    private readonly IndicatorFramework _framework;
    private readonly int _validation;
    private int _count;
    private bool _released;

    public DocumentFacts(TargetDocument document, IndicatorFramework framework)
    {
        _framework = framework;
        Document = document;
        var projects = document.Projects;
        var table = t_idle;
        t_idle = null;
        if (table is null || !ReferenceEquals(table.Framework, framework) || table.Validation == int.MaxValue)
        {
            table = new TextTable(framework, Math.Min(document.IndicatorCount + 16, 8192));
        }

        _table = table;
        _validation = ++table.Validation;
        _texts = table.Texts;
        _front = table.Front;
        // Place names lead these texts: their first 256 characters bound the search per project on hostile input.
        var places = string.Concat(Head(document.Department?.Name), "|", Head(document.Title), "|", Head(document.PreparedBy));
        Projects = new ProjectFacts[projects.Length];
        for (var i = 0; i < projects.Length; i++)
        {
            var project = projects[i];
            Projects[i] = new ProjectFacts(i, project, Build(project.Indicators), Build(project.PeriodIndicators)) { Places = places };
        }
    }

    public TargetDocument Document { get; }

    public ProjectFacts[] Projects { get; }

    private static string? Head(string? text) => text is { Length: > 256 } ? text.Substring(0, 256) : text;

    /// <summary>Gets the number of distinct texts seen so far: every <see cref="TextFacts.Id"/> and key is below it.</summary>
    public int TextCount => _count;

    /// <summary>Gives the table of texts back to the thread, for its next validation; the facts must not be asked for texts afterwards.</summary>
    public void Release()
    {
        _released = true;
        if (_table.Texts.Count <= KeptTexts)
        {
            t_idle = _table;
        }
    }

    public IndicatorTarget Target(string text) => Target(Text(text));

    /// <summary>Gets a number for the target in its standard spelling, for comparing rows ("≥95百分比" and "≥95%" are one).</summary>
    public int TargetKey(string text) => TargetKey(Text(text));

    /// <summary>Gets a number for the target in its standard spelling; <paramref name="facts"/> are of a text of this validation.</summary>
    public int TargetKey(TextFacts facts)
    {
        if (facts.TargetKey < 0)
        {
            facts.TargetKey = Text(facts.StandardTarget ??= Target(facts).Format()).Id;
        }

        return facts.TargetKey;
    }

    /// <summary>Gets the facts of a cell text; equal texts share them (the JSON reader even shares the strings).</summary>
    public TextFacts Text(string text)
    {
        // A direct-mapped front cache on length and end characters: the JSON reader gives equal cells one string, so a
        // reference comparison settles most lookups before any hashing.
        var slot = text.Length == 0 ? 0 : ((text.Length * 31) + (text[0] * 7) + text[text.Length - 1]) & (TextTable.FrontSize - 1);
        var front = _front[slot];
        if (front is not null && front.Validation == _validation && (ReferenceEquals(front.Text, text) || string.Equals(front.Text, text, StringComparison.Ordinal)))
        {
            return front;
        }

        if (_released)
        {
            // Asked after the validation (a custom rule kept its context): the thread's table may serve another one now.
            return new TextFacts(text) { Id = -1, Key = -1, Validation = -1 };
        }

        if (!_texts.TryGetValue(text, out var facts))
        {
            facts = new TextFacts(text);
            _texts[text] = facts;
        }

        if (facts.Validation != _validation)
        {
            facts.Validation = _validation;
            facts.Id = _count++;
            facts.TargetKey = -1;
            facts.Key = facts.HasOuterWhitespace ? Text(facts.Trimmed).Id : facts.Id;
        }

        _front[slot] = facts;
        return facts;
    }

    private static IndicatorTarget Target(TextFacts facts) => facts.Target ??= IndicatorTarget.Parse(facts.Text);

    private IndicatorFacts[] Build(System.Collections.Immutable.ImmutableArray<Indicator> indicators)
    {
        if (indicators.IsEmpty)
        {
            return [];
        }

        // Rows of a table repeat the previous row's level names and often its target: those are taken over without a lookup.
        var facts = new IndicatorFacts[indicators.Length];
        string? level1 = null, level2 = null, target = null;
        IndicatorCategory? category = null;
        IndicatorDimension? dimension = null;
        TextFacts? parsed = null;
        for (var i = 0; i < facts.Length; i++)
        {
            var indicator = indicators[i];
            if (!ReferenceEquals(indicator.Level1, level1))
            {
                level1 = indicator.Level1;
                category = Category(level1);
            }

            if (!ReferenceEquals(indicator.Level2, level2))
            {
                level2 = indicator.Level2;
                dimension = Dimension(level2);
            }

            if (!ReferenceEquals(indicator.Target, target))
            {
                target = indicator.Target;
                parsed = Text(target);
                Target(parsed);
            }

            facts[i] = new IndicatorFacts(indicator, parsed!, Text(indicator.Name), category, dimension);
        }

        return facts;
    }

    private IndicatorCategory? Category(string name)
    {
        var facts = Text(name);
        if (!facts.HasCategory)
        {
            facts.Category = _framework.TryGetCategory(name, out var found) ? found : null;
            facts.HasCategory = true;
        }

        return facts.Category;
    }

    private IndicatorDimension? Dimension(string name)
    {
        var facts = Text(name);
        if (!facts.HasDimension)
        {
            facts.Dimension = _framework.TryGetDimension(name, out var found) ? found : null;
            facts.HasDimension = true;
        }

        return facts.Dimension;
    }
}

/// <summary>The texts of a thread's validations and what is known about them, kept from one validation to the next.</summary>
internal sealed class TextTable(IndicatorFramework framework, int capacity)
{
    /// <summary>The size of the direct-mapped front cache.</summary>
    public const int FrontSize = 1024;

    public IndicatorFramework Framework { get; } = framework;

    public Dictionary<string, TextFacts> Texts { get; } = new(capacity, StringComparer.Ordinal);

    public TextFacts?[] Front { get; } = new TextFacts?[FrontSize];

    public int Validation { get; set; }
}

/// <summary>Project names without their 文号 and leading place names, for comparing purposes.</summary>
internal static class ProjectNames
{
    private static readonly char[] Stops = ['。', '.', '；', ';', '，', ','];

    public static string Core(Project project, string places)
    {
        var name = project.Name;
        IndicatorTarget.WhiteBounds(name, out var start, out var end);

        // Leading place names the document itself names ("官厅镇" of 怀来县官厅镇人民政府) and the 文号, in any order
        // and possibly repeated ("官厅镇怀财字【2024】7号官厅镇厕所整改资金"): 2–6 characters ending in 镇, 乡, 县, 市,
        // 区 or 街道; then a leading year ("2022年一事一议项目资金").
        var reference = project.FundingReference;
        // At most eight parts are stripped (names have one to three): thousands of place-like parts (hostile input)
        // would otherwise cost one search of the places each.
        var changed = true;
        for (var pass = 0; changed && start < end && pass < 8; pass++)
        {
            changed = false;
            if (!string.IsNullOrEmpty(reference) && end - start > reference!.Length && string.CompareOrdinal(name, start, reference, 0, reference.Length) == 0)
            {
                start += reference.Length;
                changed = true;
                continue;
            }

            for (var length = 2; length <= 6 && start + length < end - 1; length++)
            {
                var c = name[start + length];
                var prefix = c is '镇' or '乡' or '县' or '市' or '区' ? length + 1
                    : c == '街' && name[start + length + 1] == '道' ? length + 2
                    : -1;
                if (prefix > 0 && start + prefix < end && places.IndexOf(name.Substring(start, prefix), StringComparison.Ordinal) >= 0)
                {
                    start += prefix;
                    changed = true;
                    break;
                }
            }
        }

        if (end - start > 5 && name[start + 4] == '年' && IsDigits(name, start, 4))
        {
            start += 5;
        }

        var core = start == 0 && end == name.Length ? name : name.Substring(start, end - start);
        return !string.IsNullOrEmpty(reference) && core.IndexOf(reference!, StringComparison.Ordinal) >= 0 ? core.Replace(reference, string.Empty) : core;
    }

    /// <summary>Normalises a use of funds for comparison: trimmed, without a leading 用于 and a final full stop.</summary>
    public static string FundUse(string fundUse)
    {
        var text = IndicatorTarget.TrimWhite(fundUse);
        if (text.StartsWith("用于", StringComparison.Ordinal))
        {
            text = text.Substring(2);
        }

        return text.Length > 0 && Array.IndexOf(Stops, text[text.Length - 1]) >= 0 ? text.TrimEnd(Stops) : text;
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
