using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>
/// The fast path of <see cref="TargetJson"/>'s read: one pass of the <see cref="Utf8JsonReader"/> straight into the
/// immutable model, checking the schema's constraints on the way, equal cells sharing one string
/// (<see cref="StringPool"/>). It accepts only documents the reference path — the plain source-generated context,
/// <see cref="StructureChecker"/> and <see cref="DtoMapper"/> — accepts, and builds the document that path builds. At
/// anything else (a syntax error, a wrong type, a broken constraint, a number out of range, invalid UTF-8, a duplicate
/// or unknown property, a limit exceeded, another major version) it gives up, and the reference path reads the
/// document again and says what is wrong: its result and its errors are the reference, so behaviour is unchanged.
/// </summary>
/// <remarks>Each thread keeps one instance with its scratch lists, reused from read to read.</remarks>
internal sealed class ModelReader
{
    // Property names in the order the library writes them (Dto.cs): usually each matches at the first comparison.
    private static readonly byte[][] DocumentNames = Names("schemaVersion", "framework", "title", "fiscalYear", "stage", "department", "preparedBy", "reviewedBy", "amountUnit", "departmentBudget", "overallTargets", "projects");
    private static readonly byte[][] DepartmentNames = Names("code", "name", "internalUnits");
    private static readonly byte[][] OverallNames = Names("overall", "itemized", "safeguards");
    private static readonly byte[][] ProjectNames = Names("sequence", "unit", "code", "name", "fundingReference", "budget", "fundUse", "spendingPlan", "goals", "indicators", "attribute", "implementationPeriod", "periodGoals", "periodIndicators", "reviewOpinion");
    private static readonly byte[][] UnitNames = Names("code", "name");
    private static readonly byte[][] BudgetNames = Names("total", "fiscal", "other");
    private static readonly byte[][] PointNames = Names("month", "cumulativePercent");
    private static readonly byte[][] PeriodNames = Names("start", "end");
    private static readonly byte[][] IndicatorNames = Names("level1", "level2", "name", "description", "target", "basis", "weight", "direction", "targetValue");
    private static readonly byte[][] TargetValueNames = Names("kind", "comparator", "value", "unit", "text");

    [ThreadStatic]
    private static ModelReader? t_idle;

    // Scratch stacks for the items of the list being read; a list's items are copied out into an exact-size array.
    private readonly List<string> _strings = [];
    private readonly List<Project> _projects = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<SpendingPoint> _points = [];

    private JsonReadOptions _options = JsonReadOptions.Default;
    private int _indicatorCount;

    /// <summary>Reads a document, or returns null when the reference path must read it (see the class summary).</summary>
    /// <param name="utf8Json">The JSON, without byte order mark.</param>
    /// <param name="options">The limits.</param>
    public static TargetDocument? TryRead(ReadOnlySpan<byte> utf8Json, JsonReadOptions options)
    {
        var instance = t_idle ?? new ModelReader();
        t_idle = null;
        instance._options = options;
        instance._indicatorCount = 0;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = options.Limits.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        StringPool.Begin();
        try
        {
            FastReaders.Value(ref reader);
            var document = instance.Document(ref reader);

            // Nothing but white space may follow the document (the reader throws at anything else).
            return reader.Read() ? null : document;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
        finally
        {
            StringPool.End();
            instance._strings.Clear();
            instance._projects.Clear();
            instance._indicators.Clear();
            instance._points.Clear();
            t_idle = instance;
        }
    }

    private TargetDocument Document(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        string? version = null, framework = null, title = null, stage = null, preparedBy = null, reviewedBy = null, amountUnit = null;
        int? fiscalYear = null;
        Department? department = null;
        Budget? departmentBudget = null;
        OverallTargets? overallTargets = null;
        ImmutableArray<Project>? projects = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, DocumentNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    version = Text(ref reader);
                    break;
                case 1:
                    framework = Text(ref reader);
                    break;
                case 2:
                    title = Text(ref reader);
                    break;
                case 3:
                    fiscalYear = FastReaders.Int(ref reader);
                    break;
                case 4:
                    stage = Text(ref reader);
                    break;
                case 5:
                    department = reader.TokenType == JsonTokenType.Null ? null : Department(ref reader);
                    break;
                case 6:
                    preparedBy = Text(ref reader);
                    break;
                case 7:
                    reviewedBy = Text(ref reader);
                    break;
                case 8:
                    amountUnit = Text(ref reader);
                    break;
                case 9:
                    departmentBudget = reader.TokenType == JsonTokenType.Null ? null : Budget(ref reader);
                    break;
                case 10:
                    overallTargets = reader.TokenType == JsonTokenType.Null ? null : OverallTargets(ref reader);
                    break;
                default:
                    projects = Projects(ref reader);
                    break;
            }
        }

        if (version is null || !StructureChecker.IsVersion(version) || !TargetJson.IsSupportedVersion(version) ||
            fiscalYear is not { } year || !TargetDocument.IsFiscalYear(year) || projects is null)
        {
            throw Reject();
        }

        return new TargetDocument
        {
            SchemaVersion = version,
            Framework = framework switch
            {
                null => null,
                "2020" => IndicatorFramework.Framework2020,
                "2021" => IndicatorFramework.Framework2021,
                _ => throw Reject(),
            },
            Title = title,
            FiscalYear = fiscalYear.Value,
            Stage = stage switch
            {
                null => null,
                "draft" => DocumentStage.Draft,
                "final" => DocumentStage.Final,
                _ => throw Reject(),
            },
            Department = department,
            PreparedBy = preparedBy,
            ReviewedBy = reviewedBy,
            AmountUnit = amountUnit switch
            {
                null => null,
                "万元" => Model.AmountUnit.TenThousandYuan,
                "元" => Model.AmountUnit.Yuan,
                _ => throw Reject(),
            },
            DepartmentBudget = departmentBudget,
            OverallTargets = overallTargets,
            Projects = projects.Value,
            Extensions = Extensions(extra),
        };
    }

    private Department Department(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        string? code = null, name = null;
        var units = ImmutableArray<string>.Empty;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, DepartmentNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    code = Text(ref reader);
                    break;
                case 1:
                    name = Text(ref reader);
                    break;
                default:
                    units = Strings(ref reader);
                    break;
            }
        }

        return new Department { Code = code, Name = name, InternalUnits = units, Extensions = Extensions(extra) };
    }

    private OverallTargets OverallTargets(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        ImmutableArray<string> overall = [], itemized = [], safeguards = [];
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, OverallNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    overall = Strings(ref reader);
                    break;
                case 1:
                    itemized = Strings(ref reader);
                    break;
                default:
                    safeguards = Strings(ref reader);
                    break;
            }
        }

        return new OverallTargets { Overall = overall, Itemized = itemized, Safeguards = safeguards, Extensions = Extensions(extra) };
    }

    private ImmutableArray<Project> Projects(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Reject();
        }

        var start = _projects.Count;
        while (true)
        {
            FastReaders.Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return Drain(_projects, start);
            }

            if (_projects.Count - start >= _options.Limits.MaxProjects)
            {
                throw Reject();
            }

            _projects.Add(Project(ref reader));
        }
    }

    private Project Project(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        int? sequence = null;
        BudgetUnit? unit = null;
        string? code = null, name = null, fundingReference = null, fundUse = null, attribute = null, reviewOpinion = null;
        Budget? budget = null;
        ImmutableArray<SpendingPoint> spendingPlan = [];
        ImmutableArray<string> goals = [], periodGoals = [];
        ImmutableArray<Indicator>? indicators = null;
        ImmutableArray<Indicator> periodIndicators = [];
        ImplementationPeriod? period = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, ProjectNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    sequence = FastReaders.Int(ref reader);
                    break;
                case 1:
                    unit = reader.TokenType == JsonTokenType.Null ? null : Unit(ref reader);
                    break;
                case 2:
                    code = Text(ref reader);
                    break;
                case 3:
                    name = Text(ref reader);
                    break;
                case 4:
                    fundingReference = Text(ref reader);
                    break;
                case 5:
                    budget = reader.TokenType == JsonTokenType.Null ? null : Budget(ref reader);
                    break;
                case 6:
                    fundUse = Text(ref reader);
                    break;
                case 7:
                    spendingPlan = SpendingPlan(ref reader);
                    break;
                case 8:
                    goals = Strings(ref reader);
                    break;
                case 9:
                    indicators = reader.TokenType == JsonTokenType.Null ? null : Indicators(ref reader);
                    break;
                case 10:
                    attribute = Text(ref reader);
                    break;
                case 11:
                    period = reader.TokenType == JsonTokenType.Null ? null : Period(ref reader);
                    break;
                case 12:
                    periodGoals = Strings(ref reader);
                    break;
                case 13:
                    periodIndicators = reader.TokenType == JsonTokenType.Null ? [] : Indicators(ref reader);
                    break;
                default:
                    reviewOpinion = Text(ref reader);
                    break;
            }
        }

        if (sequence < 1 || string.IsNullOrEmpty(name) || budget is null || indicators is null)
        {
            throw Reject();
        }

        return new Project
        {
            Sequence = sequence,
            Unit = unit,
            Code = code,
            Name = name!,
            FundingReference = fundingReference,
            Budget = budget,
            FundUse = fundUse,
            SpendingPlan = spendingPlan,
            Goals = goals,
            Indicators = indicators.Value,
            Attribute = attribute switch
            {
                null => null,
                "new" => ProjectAttribute.New,
                "continuing" => ProjectAttribute.Continuing,
                _ => throw Reject(),
            },
            ImplementationPeriod = period,
            PeriodGoals = periodGoals,
            PeriodIndicators = periodIndicators,
            ReviewOpinion = reviewOpinion,
            Extensions = Extensions(extra),
        };
    }

    private BudgetUnit Unit(ref Utf8JsonReader reader)
    {
        var (code, name, extra) = TwoTexts(ref reader, UnitNames);
        return new BudgetUnit { Code = code, Name = name, Extensions = Extensions(extra) };
    }

    /// <summary>An object of two optional string properties (<paramref name="names"/>) and extensions.</summary>
    private (string? First, string? Second, List<KeyValuePair<string, JsonElement>>? Extra) TwoTexts(ref Utf8JsonReader reader, byte[][] names)
    {
        FastReaders.StartObject(ref reader);
        string? first = null, second = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, names, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            if (property == 0)
            {
                first = Text(ref reader);
            }
            else
            {
                second = Text(ref reader);
            }
        }

        return (first, second, extra);
    }

    private static Budget Budget(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        decimal? total = null, fiscal = null, other = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, BudgetNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    total = FastReaders.Decimal(ref reader);
                    break;
                case 1:
                    fiscal = FastReaders.Decimal(ref reader);
                    break;
                default:
                    other = FastReaders.Decimal(ref reader);
                    break;
            }
        }

        if (total is not >= 0m || fiscal < 0m || other < 0m)
        {
            throw Reject();
        }

        return new Budget { Total = total.Value, Fiscal = fiscal, Other = other, Extensions = Extensions(extra) };
    }

    private ImmutableArray<SpendingPoint> SpendingPlan(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Reject();
        }

        var start = _points.Count;
        while (true)
        {
            FastReaders.Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return Drain(_points, start);
            }

            _points.Add(SpendingPoint(ref reader));
        }
    }

    private static SpendingPoint SpendingPoint(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        int? month = null;
        decimal? share = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, PointNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            if (property == 0)
            {
                month = FastReaders.Int(ref reader);
            }
            else
            {
                share = FastReaders.Decimal(ref reader);
            }
        }

        if (month is null || share is null)
        {
            throw Reject();
        }

        return new SpendingPoint { Month = month.Value, CumulativePercent = share.Value, Extensions = Extensions(extra) };
    }

    private ImplementationPeriod Period(ref Utf8JsonReader reader)
    {
        var (start, end, extra) = TwoTexts(ref reader, PeriodNames);
        if (start is null || end is null || !StructureChecker.IsMonth(start) || !StructureChecker.IsMonth(end))
        {
            throw Reject();
        }

        return new ImplementationPeriod { Start = start, End = end, Extensions = Extensions(extra) };
    }

    private ImmutableArray<Indicator> Indicators(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Reject();
        }

        var start = _indicators.Count;
        while (true)
        {
            FastReaders.Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return Drain(_indicators, start);
            }

            // The limit counts the rows of both lists of every project, as StructureChecker does.
            if (++_indicatorCount > _options.Limits.MaxIndicators)
            {
                throw Reject();
            }

            _indicators.Add(Indicator(ref reader));
        }
    }

    private Indicator Indicator(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        string? level1 = null, level2 = null, name = null, description = null, target = null, basis = null, direction = null;
        decimal? weight = null;
        TargetValue? targetValue = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, IndicatorNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    level1 = Text(ref reader);
                    break;
                case 1:
                    level2 = Text(ref reader);
                    break;
                case 2:
                    name = Text(ref reader);
                    break;
                case 3:
                    description = Text(ref reader);
                    break;
                case 4:
                    target = Text(ref reader);
                    break;
                case 5:
                    basis = Text(ref reader);
                    break;
                case 6:
                    weight = FastReaders.Decimal(ref reader);
                    break;
                case 7:
                    direction = Text(ref reader);
                    break;
                default:
                    targetValue = reader.TokenType == JsonTokenType.Null ? null : TargetValue(ref reader);
                    break;
            }
        }

        if (level1 is null || level2 is null || name is null || target is null || weight is < 0m or > 100m)
        {
            throw Reject();
        }

        return new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Description = description,
            Target = target,
            Basis = basis,
            Weight = weight,
            Direction = direction switch
            {
                null => null,
                "positive" => IndicatorDirection.Positive,
                "negative" => IndicatorDirection.Negative,
                _ => throw Reject(),
            },
            TargetValue = targetValue,
            Extensions = Extensions(extra),
        };
    }

    private TargetValue TargetValue(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        string? kind = null, comparator = null, unit = null, text = null;
        decimal? value = null;
        List<KeyValuePair<string, JsonElement>>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, TargetValueNames, ref expected);
            if (property < 0)
            {
                Extension(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    kind = Text(ref reader);
                    break;
                case 1:
                    comparator = Text(ref reader);
                    break;
                case 2:
                    value = FastReaders.Decimal(ref reader);
                    break;
                case 3:
                    unit = Text(ref reader);
                    break;
                default:
                    text = Text(ref reader);
                    break;
            }
        }

        // The schema's oneOf: a quantitative value with its number, or a qualitative one with its text.
        var valueKind = kind switch
        {
            "quantitative" when value is not null => TargetValueKind.Quantitative,
            "qualitative" when text is not null => TargetValueKind.Qualitative,
            _ => throw Reject(),
        };
        return new TargetValue
        {
            Kind = valueKind,
            Comparator = comparator switch
            {
                null => null,
                ">=" => Comparator.GreaterOrEqual,
                ">" => Comparator.Greater,
                "=" => Comparator.Equal,
                "<=" => Comparator.LessOrEqual,
                "<" => Comparator.Less,
                _ => throw Reject(),
            },
            Value = value,
            Unit = unit,
            Text = text,
            Extensions = Extensions(extra),
        };
    }

    /// <summary>Reads a list of strings (null gives an empty list; a null item is refused).</summary>
    private ImmutableArray<string> Strings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Reject();
        }

        var start = _strings.Count;
        while (true)
        {
            FastReaders.Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return Drain(_strings, start);
            }

            _strings.Add(Text(ref reader) ?? throw Reject());
        }
    }

    /// <summary>Reads a string or null, within the length limit.</summary>
    private string? Text(ref Utf8JsonReader reader)
    {
        var text = FastReaders.String(ref reader);
        return text is not null && text.Length > _options.Limits.MaxStringLength ? throw Reject() : text;
    }

    /// <summary>Reads an unknown property, name then value: an extension (x-) property, once; anything else is refused.</summary>
    private static void Extension(ref Utf8JsonReader reader, ref List<KeyValuePair<string, JsonElement>>? extra)
    {
        var name = reader.GetString()!;
        if (!ExtensionData.IsExtensionName(name))
        {
            throw Reject();
        }

        FastReaders.Value(ref reader);
        extra ??= [];
        foreach (var pair in extra)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                throw Reject();
            }
        }

        var value = JsonElement.ParseValue(ref reader);
        CheckText(value);
        extra.Add(new KeyValuePair<string, JsonElement>(name, value));
    }

    /// <summary>
    /// Decodes every string and property name of an extension value, which nothing else decodes: invalid UTF-8 throws
    /// <see cref="InvalidOperationException"/>, so that the document goes to the reference path, which reports it. Every
    /// other string of a document is decoded strictly as it is read.
    /// </summary>
    private static void CheckText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _ = value.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    _ = property.Name;
                    CheckText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CheckText(item);
                }

                break;
        }
    }

    private static ExtensionData Extensions(List<KeyValuePair<string, JsonElement>>? extra) =>
        extra is null ? ExtensionData.Empty : ExtensionData.Create(extra);

    /// <summary>Moves the items a list added to a scratch stack into an immutable array of their own.</summary>
    private static ImmutableArray<T> Drain<T>(List<T> scratch, int start)
    {
        var count = scratch.Count - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        scratch.CopyTo(start, items, 0, count);
        scratch.RemoveRange(start, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static JsonException Reject() => new();

    private static byte[][] Names(params string[] names)
    {
        var bytes = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            bytes[i] = System.Text.Encoding.UTF8.GetBytes(names[i]);
        }

        return bytes;
    }
}
