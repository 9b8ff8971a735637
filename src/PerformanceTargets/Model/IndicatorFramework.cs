using System.Collections.Immutable;

namespace PerformanceTargets.Model;

/// <summary>A level-1 indicator category (一级指标).</summary>
public enum IndicatorCategory
{
    /// <summary>产出指标: outputs.</summary>
    Output,

    /// <summary>成本指标: costs, a level-1 category in the 2021 framework only.</summary>
    Cost,

    /// <summary>效益指标: benefits.</summary>
    Benefit,

    /// <summary>满意度指标: satisfaction.</summary>
    Satisfaction,
}

/// <summary>A level-2 indicator dimension (二级指标).</summary>
public enum IndicatorDimension
{
    /// <summary>数量指标: quantity.</summary>
    Quantity,

    /// <summary>质量指标: quality.</summary>
    Quality,

    /// <summary>时效指标: timeliness.</summary>
    Timeliness,

    /// <summary>成本指标: cost, under 产出 in the 2020 framework.</summary>
    Cost,

    /// <summary>经济效益指标: economic benefit.</summary>
    EconomicBenefit,

    /// <summary>社会效益指标: social benefit.</summary>
    SocialBenefit,

    /// <summary>生态效益指标 (older: 环境效益指标): ecological benefit.</summary>
    EcologicalBenefit,

    /// <summary>可持续影响指标: sustainable impact.</summary>
    SustainableImpact,

    /// <summary>服务对象满意度指标 (also 社会公众或服务对象满意度指标): satisfaction of those served.</summary>
    ServiceRecipientSatisfaction,

    /// <summary>经济成本指标 (2021).</summary>
    EconomicCost,

    /// <summary>社会成本指标 (2021).</summary>
    SocialCost,

    /// <summary>生态环境成本指标 (2021).</summary>
    EcologicalEnvironmentalCost,
}

/// <summary>How a level-1/level-2 pair of names relates to a framework (see <see cref="IndicatorFramework.Classify"/>).</summary>
public enum IndicatorPlacement
{
    /// <summary>Both names are known and the level-2 dimension belongs under the level-1 category.</summary>
    Valid,

    /// <summary>The level-1 name is not a category of the framework.</summary>
    UnknownCategory,

    /// <summary>The level-2 name is not a dimension of the framework.</summary>
    UnknownDimension,

    /// <summary>Both names are known, but the dimension belongs under another category.</summary>
    Misplaced,
}

/// <summary>
/// An indicator framework: which level-2 dimensions (二级指标) belong under which level-1 categories (一级指标),
/// with the synonyms sources use. Two are known: <see cref="Framework2020"/> (财预〔2020〕10号 lineage, what the seed
/// and most provincial systems use) and <see cref="Framework2021"/> (财预〔2021〕101号, where 成本指标 is a category).
/// </summary>
/// <remarks>
/// Names are matched after trimming white space, with or without the trailing 指标 ("产出" is 产出指标), with or
/// without the points some tables print in the cell ("产出指标(50分)", "效益指标（30 分）" are 产出指标 and 效益指标), and
/// with or without an outline numbering before them ("一、产出指标", "（一）效益指标", "1.数量指标").
/// Instances are immutable singletons and thread-safe.
/// </remarks>
public sealed class IndicatorFramework
{
    private readonly Dictionary<string, IndicatorCategory> _categoryNames;
    private readonly Dictionary<string, IndicatorDimension> _dimensionNames;
    private readonly Dictionary<IndicatorDimension, IndicatorCategory> _parent;

    private IndicatorFramework(string id, string title, ImmutableArray<IndicatorCategory> categories, ImmutableDictionary<IndicatorCategory, ImmutableArray<IndicatorDimension>> dimensions)
    {
        Id = id;
        Title = title;
        Categories = categories;
        Dimensions = dimensions;
        _categoryNames = new Dictionary<string, IndicatorCategory>(StringComparer.Ordinal);
        _dimensionNames = new Dictionary<string, IndicatorDimension>(StringComparer.Ordinal);
        _parent = [];
        foreach (var category in categories)
        {
            foreach (var name in CategoryNames(category))
            {
                AddName(_categoryNames, name, category);
            }

            foreach (var dimension in dimensions[category])
            {
                _parent[dimension] = category;
                foreach (var name in DimensionNames(dimension))
                {
                    AddName(_dimensionNames, name, dimension);
                }
            }
        }
    }

    /// <summary>Gets the 2020 framework: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态/可持续影响), 满意度 (服务对象满意度).</summary>
    public static IndicatorFramework Framework2020 { get; } = new(
        "2020",
        "财预〔2020〕10号",
        [IndicatorCategory.Output, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction],
        ImmutableDictionary.CreateRange(
        [
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Output, [IndicatorDimension.Quantity, IndicatorDimension.Quality, IndicatorDimension.Timeliness, IndicatorDimension.Cost]),
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Benefit, [IndicatorDimension.EconomicBenefit, IndicatorDimension.SocialBenefit, IndicatorDimension.EcologicalBenefit, IndicatorDimension.SustainableImpact]),
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Satisfaction, [IndicatorDimension.ServiceRecipientSatisfaction]),
        ]));

    /// <summary>Gets the 2021 framework: 产出 (数量/质量/时效), 成本 (经济/社会/生态环境成本), 效益 (经济/社会/生态/可持续影响), 满意度.</summary>
    public static IndicatorFramework Framework2021 { get; } = new(
        "2021",
        "财预〔2021〕101号",
        [IndicatorCategory.Output, IndicatorCategory.Cost, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction],
        ImmutableDictionary.CreateRange(
        [
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Output, [IndicatorDimension.Quantity, IndicatorDimension.Quality, IndicatorDimension.Timeliness]),
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Cost, [IndicatorDimension.EconomicCost, IndicatorDimension.SocialCost, IndicatorDimension.EcologicalEnvironmentalCost]),
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Benefit, [IndicatorDimension.EconomicBenefit, IndicatorDimension.SocialBenefit, IndicatorDimension.EcologicalBenefit, IndicatorDimension.SustainableImpact]),
            new KeyValuePair<IndicatorCategory, ImmutableArray<IndicatorDimension>>(IndicatorCategory.Satisfaction, [IndicatorDimension.ServiceRecipientSatisfaction]),
        ]));

    /// <summary>Gets the frameworks this library knows, oldest first.</summary>
    public static ImmutableArray<IndicatorFramework> All { get; } = [Framework2020, Framework2021];

    /// <summary>Gets the identifier used in the JSON exchange format (<c>"2020"</c> or <c>"2021"</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the short title: the notice the framework comes from.</summary>
    public string Title { get; }

    /// <summary>Gets the level-1 categories in table order; every table is expected to carry each of them.</summary>
    public ImmutableArray<IndicatorCategory> Categories { get; }

    /// <summary>Gets the level-2 dimensions under each category, in table order.</summary>
    public ImmutableDictionary<IndicatorCategory, ImmutableArray<IndicatorDimension>> Dimensions { get; }

    /// <summary>Finds a framework by its identifier.</summary>
    /// <param name="id">"2020" or "2021"; white space around it is ignored; null gives false.</param>
    /// <param name="framework">The framework when found.</param>
    /// <returns>True when the identifier is known.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorFramework? framework)
    {
        switch (id?.Trim())
        {
            case "2020":
                framework = Framework2020;
                return true;
            case "2021":
                framework = Framework2021;
                return true;
            default:
                framework = null;
                return false;
        }
    }

    /// <summary>Gets the standard Chinese name of a category, such as 产出指标.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public static string GetName(IndicatorCategory category) => CategoryNames(category)[0];

    /// <summary>Gets the standard Chinese name of a dimension, such as 数量指标.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The name.</returns>
    public static string GetName(IndicatorDimension dimension) => DimensionNames(dimension)[0];

    /// <summary>Gets the English name of a category, such as "Output".</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name.</returns>
    public static string GetEnglishName(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => "Output",
        IndicatorCategory.Cost => "Cost",
        IndicatorCategory.Benefit => "Benefit",
        _ => "Satisfaction",
    };

    /// <summary>Gets the English name of a dimension, such as "Quantity".</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The name.</returns>
    public static string GetEnglishName(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.Quantity => "Quantity",
        IndicatorDimension.Quality => "Quality",
        IndicatorDimension.Timeliness => "Timeliness",
        IndicatorDimension.Cost => "Cost",
        IndicatorDimension.EconomicBenefit => "Economic benefit",
        IndicatorDimension.SocialBenefit => "Social benefit",
        IndicatorDimension.EcologicalBenefit => "Ecological benefit",
        IndicatorDimension.SustainableImpact => "Sustainable impact",
        IndicatorDimension.ServiceRecipientSatisfaction => "Satisfaction of those served",
        IndicatorDimension.EconomicCost => "Economic cost",
        IndicatorDimension.SocialCost => "Social cost",
        _ => "Ecological and environmental cost",
    };

    /// <summary>Resolves a level-1 name (or a synonym) to a category of this framework; points printed in the cell ("产出指标(50分)") are ignored.</summary>
    /// <param name="name">The name as written; null or unknown gives false.</param>
    /// <param name="category">The category when found.</param>
    /// <returns>True when the name is a category of this framework.</returns>
    public bool TryGetCategory(string? name, out IndicatorCategory category) => _categoryNames.TryGetValue(Normalize(name), out category);

    /// <summary>Resolves a level-2 name (or a synonym) to a dimension of this framework; points printed in the cell ("数量指标（20分）") are ignored.</summary>
    /// <param name="name">The name as written; null or unknown gives false.</param>
    /// <param name="dimension">The dimension when found.</param>
    /// <returns>True when the name is a dimension of this framework.</returns>
    public bool TryGetDimension(string? name, out IndicatorDimension dimension) => _dimensionNames.TryGetValue(Normalize(name), out dimension);

    /// <summary>Gets the category a dimension belongs under in this framework.</summary>
    /// <param name="dimension">A dimension of this framework.</param>
    /// <param name="category">Its category.</param>
    /// <returns>False when the dimension is not part of this framework (e.g. 经济成本指标 in 2020).</returns>
    public bool TryGetParent(IndicatorDimension dimension, out IndicatorCategory category) => _parent.TryGetValue(dimension, out category);

    /// <summary>Classifies a level-1/level-2 pair of names against this framework.</summary>
    /// <param name="level1">The level-1 name as written.</param>
    /// <param name="level2">The level-2 name as written.</param>
    /// <returns>Whether the pair is valid, and if not, why.</returns>
    public IndicatorPlacement Classify(string? level1, string? level2)
    {
        if (!TryGetCategory(level1, out var category))
        {
            return IndicatorPlacement.UnknownCategory;
        }

        if (!TryGetDimension(level2, out var dimension))
        {
            return IndicatorPlacement.UnknownDimension;
        }

        return _parent[dimension] == category ? IndicatorPlacement.Valid : IndicatorPlacement.Misplaced;
    }

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <summary>
    /// The framework a document follows when it does not name one: 2021 when a level-1 name of any of its tables, annual
    /// or period, is 成本指标 (a category only there), else <paramref name="fallback"/>, the default configured by the
    /// caller. This is the one place that reads a framework from the names: the importer writes what it gives into the
    /// document (saying so in <c>PTI010</c>), and the validator applies it to a document without <c>framework</c>.
    /// </summary>
    /// <param name="projects">The document's projects.</param>
    /// <param name="fallback">The framework for a document whose names do not show one.</param>
    /// <returns>The framework the names show, else <paramref name="fallback"/>.</returns>
    internal static IndicatorFramework Shown(IReadOnlyList<Project> projects, IndicatorFramework fallback)
    {
        if (fallback == Framework2021)
        {
            return fallback;
        }

        string? last = null;
        for (var p = 0; p < projects.Count; p++)
        {
            var project = projects[p];
            for (var list = 0; list < 2; list++)
            {
                var indicators = list == 0 ? project.Indicators : project.PeriodIndicators;
                for (var i = 0; i < indicators.Length; i++)
                {
                    // Rows repeat their category's string: a reference comparison settles most of them.
                    var level1 = indicators[i].Level1;
                    if (ReferenceEquals(level1, last))
                    {
                        continue;
                    }

                    last = level1;
                    if (Framework2021.TryGetCategory(level1, out var category) && category == IndicatorCategory.Cost)
                    {
                        return Framework2021;
                    }
                }
            }
        }

        return fallback;
    }

    /// <summary>
    /// Splits the points a level name carries in its cell, as 自评表 and some provinces' target tables print them:
    /// "产出指标(50分)", "效益指标（30分）", "满意度指标（10 分）", "产出指标 (47.5分)" Brackets may be half- or
    /// full-width (also mixed), white space may stand around the number and 分, the number may have decimals and be
    /// written in full-width digits. This is the one place that reads them: name resolution here ignores them, and the
    /// self-evaluation rule that checks them against the indicators' points (PT613) reads them through
    /// <c>TextFacts.Points</c> of the validation engine, which calls this.
    /// </summary>
    /// <param name="name">The level name as written; null gives false.</param>
    /// <param name="bare">The name without the points and the white space before them ("产出指标"); the name itself when false.</param>
    /// <param name="points">The points; 0 when false.</param>
    /// <returns>True when the name ends with points in brackets and something stands before them.</returns>
    internal static bool TrySplitPoints(string? name, out string bare, out decimal points)
    {
        bare = name ?? string.Empty;
        points = 0m;
        if (name is null || name.Length < 4)
        {
            return false;
        }

        var end = name.Length;
        while (end > 0 && IndicatorTarget.IsWhite(name[end - 1]))
        {
            end--;
        }

        if (end < 4 || name[end - 1] is not (')' or '）'))
        {
            return false;
        }

        var i = SkipWhiteBack(name, end - 1);
        if (i == 0 || name[i - 1] != '分')
        {
            return false;
        }

        i = SkipWhiteBack(name, i - 1);
        var numberEnd = i;
        while (i > 0 && (IsDigit(name[i - 1]) || name[i - 1] is '.' or '．'))
        {
            i--;
        }

        var numberStart = i;
        i = SkipWhiteBack(name, i);
        if (numberStart == numberEnd || i == 0 || name[i - 1] is not ('(' or '（'))
        {
            return false;
        }

        var open = SkipWhiteBack(name, i - 1);
        if (open == 0)
        {
            return false;
        }

        var number = new char[numberEnd - numberStart];
        for (var k = 0; k < number.Length; k++)
        {
            var c = name[numberStart + k];
            number[k] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                _ => c,
            };
        }

        if (!decimal.TryParse(new string(number), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out points))
        {
            points = 0m;
            return false;
        }

        bare = name.Substring(0, open);
        return true;
    }

    private static int SkipWhiteBack(string text, int end)
    {
        while (end > 0 && IndicatorTarget.IsWhite(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static string Normalize(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }

        // Points printed in the cell are data, not part of the name: "产出指标(50分)" is 产出指标.
        if (TrySplitPoints(name, out var bare, out _))
        {
            name = bare;
        }

        var trimmed = WithoutNumbering(name.Trim(' ', '\t', '\u3000', '\u00A0', '\r', '\n'));
        return trimmed.EndsWith("指标", StringComparison.Ordinal) ? trimmed : trimmed + "指标";
    }

    /// <summary>
    /// Drops the outline numbering some tables print before a level name: "一、产出指标", "（一）效益指标", "(2)质量指标",
    /// "1.数量指标", "1、数量指标", "1．数量指标", "①数量指标". The numbering is layout, not part of the name.
    /// </summary>
    /// <param name="name">The trimmed name.</param>
    /// <returns>The name after its numbering and the white space after it; the name itself when it has none, or when nothing follows it.</returns>
    internal static string WithoutNumbering(string name)
    {
        var i = 0;
        if (name.Length > 0 && name[0] is >= '\u2460' and <= '\u2473')
        {
            // ① to ⑳
            i = 1;
        }
        else if (name.Length > 0 && name[0] is '(' or '（')
        {
            var digits = SkipNumeral(name, 1);
            if (digits == 1 || digits == name.Length || name[digits] is not (')' or '）'))
            {
                return name;
            }

            i = digits + 1;
            if (i < name.Length && name[i] is '、' or '.' or '．')
            {
                i++;
            }
        }
        else
        {
            var digits = SkipNumeral(name, 0);
            if (digits == 0 || digits == name.Length || name[digits] is not ('、' or '.' or '．' or ')' or '）'))
            {
                return name;
            }

            i = digits + 1;
        }

        while (i < name.Length && IndicatorTarget.IsWhite(name[i]))
        {
            i++;
        }

        return i < name.Length ? name.Substring(i) : name;
    }

    // The end of a run of digits (half- or full-width) or of Chinese numerals 一 to 十 from start, at most three long.
    private static int SkipNumeral(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 3 && (IsDigit(text[end]) || "一二三四五六七八九十".IndexOf(text[end]) >= 0))
        {
            end++;
        }

        return end;
    }

    private static void AddName<T>(Dictionary<string, T> names, string name, T value) => names[Normalize(name)] = value;

    private static string[] CategoryNames(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => ["产出指标"],
        IndicatorCategory.Cost => ["成本指标"],
        IndicatorCategory.Benefit => ["效益指标"],
        _ => ["满意度指标"],
    };

    private static string[] DimensionNames(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.Quantity => ["数量指标"],
        IndicatorDimension.Quality => ["质量指标"],
        IndicatorDimension.Timeliness => ["时效指标"],
        IndicatorDimension.Cost => ["成本指标"],
        IndicatorDimension.EconomicBenefit => ["经济效益指标"],
        IndicatorDimension.SocialBenefit => ["社会效益指标"],
        IndicatorDimension.EcologicalBenefit => ["生态效益指标", "环境效益指标"],
        IndicatorDimension.SustainableImpact => ["可持续影响指标"],
        IndicatorDimension.ServiceRecipientSatisfaction => ["服务对象满意度指标", "社会公众或服务对象满意度指标", "社会公众满意度指标"],
        IndicatorDimension.EconomicCost => ["经济成本指标"],
        IndicatorDimension.SocialCost => ["社会成本指标"],
        _ => ["生态环境成本指标"],
    };
}
