using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The findings of a validation report sorted by the cell of the official table they concern, from their JSON Pointers.
/// Document-level findings, and findings whose pointer names no project of the document, go to <see cref="DocumentFindings"/>.
/// </summary>
internal sealed class ReviewIndex
{
    private readonly TargetDocument _document;
    private readonly ProjectFindings?[] _projects;
    private readonly Dictionary<Finding, int> _ordinals;
    private readonly HashSet<Finding> _onDocument = new(ByReference.Instance);
    private readonly Place[] _places;

    private ReviewIndex(TargetDocument document, int count)
    {
        _document = document;
        _projects = new ProjectFindings?[document.Projects.Length];
        _ordinals = new(count, ByReference.Instance);
        _places = new Place[count];
    }

    public List<Finding> DocumentFindings { get; } = [];

    /// <summary>Findings on part 1 paragraphs, by section (<c>overall</c>, <c>itemized</c>, <c>safeguards</c>) and paragraph.</summary>
    public Dictionary<(string Section, int Index), List<Finding>> Paragraphs { get; } = [];

    public static ReviewIndex Build(IReadOnlyCollection<Finding> findings, TargetDocument document)
    {
        var index = new ReviewIndex(document, findings.Count);
        foreach (var finding in findings)
        {
            var ordinal = index._ordinals.Count + 1;
            index._ordinals[finding] = ordinal;
            index.Add(finding, ordinal);
        }

        return index;
    }

    /// <summary>
    /// Gets the 1-based position of a finding in the report, by reference (two equal findings keep their own numbers):
    /// the number of its anchor (<c>finding-12</c>), so that a summary can link to the cell that shows it. 0 for a
    /// finding not in the report.
    /// </summary>
    public int Ordinal(Finding finding) => _ordinals.TryGetValue(finding, out var ordinal) ? ordinal : 0;

    /// <summary>Gets the number of findings indexed.</summary>
    public int Count => _places.Length;

    /// <summary>Gets whether a finding is one of <see cref="DocumentFindings"/> (by reference).</summary>
    public bool IsOnDocument(Finding finding) => _onDocument.Contains(finding);

    public ProjectFindings? For(int projectIndex) =>
        projectIndex >= 0 && projectIndex < _projects.Length ? _projects[projectIndex] : null;

    /// <summary>Gets where a finding of a project table is shown (the cell name and the item number), for the summaries; false when no cell shows it.</summary>
    public bool TryGetPlace(Finding finding, out Place place)
    {
        var ordinal = Ordinal(finding);
        place = ordinal > 0 ? _places[ordinal - 1] : default;
        return place.Cell is not null;
    }

    private void Add(Finding finding, int ordinal)
    {
        var tokens = new PointerTokens(finding.Pointer ?? string.Empty);
        if (tokens.Count >= 2 && tokens[0].SequenceEqual("projects".AsSpan()) && tokens.TryIndex(1, out var projectIndex) && projectIndex < _projects.Length)
        {
            var project = _projects[projectIndex] ??= new ProjectFindings(_document.Projects[projectIndex]);
            if (project.Add(finding, in tokens) is { } place)
            {
                _places[ordinal - 1] = place;
            }

            return;
        }

        if (tokens.Count == 3 && tokens[0].SequenceEqual("overallTargets".AsSpan()) && Section(tokens[1]) is { } section && tokens.TryIndex(2, out var paragraph))
        {
            var key = (section, paragraph);
            if (!Paragraphs.TryGetValue(key, out var list))
            {
                Paragraphs[key] = list = [];
            }

            list.Add(finding);
        }

        DocumentFindings.Add(finding);
        _onDocument.Add(finding);
    }

    private static string? Section(ReadOnlySpan<char> token) => token switch
    {
        "overall" => "overall",
        "itemized" => "itemized",
        "safeguards" => "safeguards",
        _ => null,
    };

    /// <summary>
    /// The tokens of a JSON Pointer (<c>/projects/0/indicators/3/target</c>) as ranges of its text, without a string per
    /// token: the first five are kept, <see cref="Count"/> counts them all. Tokens are compared as written (not unescaped).
    /// </summary>
    internal readonly struct PointerTokens
    {
        private const int Kept = 5;
        private readonly string _pointer;
        private readonly long _t0;
        private readonly long _t1;
        private readonly long _t2;
        private readonly long _t3;
        private readonly long _t4;

        public PointerTokens(string pointer)
        {
            _pointer = pointer;
            _t0 = _t1 = _t2 = _t3 = _t4 = 0;
            Count = 0;
            if (pointer.Length == 0 || pointer[0] != '/')
            {
                return;
            }

            var start = 1;
            while (true)
            {
                var slash = pointer.IndexOf('/', start);
                var end = slash < 0 ? pointer.Length : slash;
                var range = ((long)start << 32) | (uint)(end - start);
                switch (Count)
                {
                    case 0: _t0 = range; break;
                    case 1: _t1 = range; break;
                    case 2: _t2 = range; break;
                    case 3: _t3 = range; break;
                    case 4: _t4 = range; break;
                }

                Count++;
                if (slash < 0)
                {
                    break;
                }

                start = slash + 1;
            }
        }

        /// <summary>Gets the number of tokens (all of them, also those past the fifth).</summary>
        public int Count { get; }

        /// <summary>Gets a token (one of the first five).</summary>
        public ReadOnlySpan<char> this[int index]
        {
            get
            {
                var range = index switch { 0 => _t0, 1 => _t1, 2 => _t2, 3 => _t3, 4 => _t4, _ => throw new ArgumentOutOfRangeException(nameof(index)) };
                return _pointer.AsSpan((int)(range >> 32), (int)(uint)range);
            }
        }

        /// <summary>Reads a token as an array index (digits, no leading zero, at most nine); false when there is no such token or it is not one.</summary>
        public bool TryIndex(int index, out int value)
        {
            value = -1;
            if (index >= Count || index >= Kept)
            {
                return false;
            }

            value = JsonPointer.ArrayIndex(this[index]);
            return value >= 0;
        }
    }

    /// <summary>
    /// Findings compared as objects, not as records: each finding of a report is one box, one number and one place, even
    /// when two are equal in every member; and no text is hashed.
    /// </summary>
    internal sealed class ByReference : IEqualityComparer<Finding>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(Finding? x, Finding? y) => ReferenceEquals(x, y);

        public int GetHashCode(Finding obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>Where a finding is shown in its table: the cell's name (see <see cref="Labels.Place"/>), the item's number, and whether in the implementation-period part.</summary>
    internal readonly record struct Place(string Cell, int? Item, bool Period);

    /// <summary>The findings of one project table.</summary>
    internal sealed class ProjectFindings
    {
        private readonly Project _project;

        public ProjectFindings(Project project) => _project = project;

        public List<Finding> All { get; } = [];

        /// <summary>Findings on the table as a whole, or on a part no cell shows (the indicator list itself, an indicator that does not exist).</summary>
        public List<Finding> Unplaced { get; } = [];

        /// <summary>Findings by cell: <c>unit</c>, <c>code</c>, <c>name</c>, <c>budget_total</c>, … (see <see cref="Labels.Place"/>).</summary>
        public Dictionary<string, List<Finding>> Cells { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, List<Finding>> Goals { get; } = [];

        public Dictionary<int, List<Finding>> PeriodGoals { get; } = [];

        public Dictionary<(int Point, string Cell), List<Finding>> Spending { get; } = [];

        public Dictionary<(int Row, string Cell), List<Finding>> Indicators { get; } = [];

        public Dictionary<(int Row, string Cell), List<Finding>> PeriodIndicators { get; } = [];

        public List<Finding>? InCell(string cell) => Cells.TryGetValue(cell, out var list) ? list : null;

        /// <summary>Files a finding under its cell; returns where it is shown, or null when no cell shows it.</summary>
        public Place? Add(Finding finding, in PointerTokens tokens)
        {
            All.Add(finding);
            var field = tokens.Count > 2 ? tokens[2] : default;
            var sub = tokens.Count > 3 ? tokens[3] : default;
            switch (field)
            {
                case "unit":
                    return Cell("unit", finding);
                case "code":
                    return Cell("code", finding);
                case "fundUse":
                    return Cell("fund_use", finding);
                case "attribute":
                    return Cell("attribute", finding);
                case "reviewOpinion":
                    return Cell("review_opinion", finding);
                case "name":
                case "fundingReference":
                    return Cell("name", finding);
                case "implementationPeriod":
                    return Cell("implementation_period", finding);
                case "budget":
                    return Cell(sub switch { "fiscal" => "budget_fiscal", "other" => "budget_other", _ => "budget_total" }, finding);
                case "spendingPlan":
                    if (tokens.TryIndex(3, out var point) && point < _project.SpendingPlan.Length)
                    {
                        var cell = tokens.Count > 4 && tokens[4].SequenceEqual("month".AsSpan()) ? "month" : "percent";
                        Add(Spending, (point, cell), finding);
                        return new Place(cell, point, false);
                    }

                    return Cell("spending_plan", finding);
                case "goals":
                case "periodGoals":
                    var period = field.SequenceEqual("periodGoals".AsSpan());
                    if (tokens.TryIndex(3, out var goal) && goal < (period ? _project.PeriodGoals : _project.Goals).Length)
                    {
                        Add(period ? PeriodGoals : Goals, goal, finding);
                        return new Place(period ? "period_goal" : "goal", goal, period);
                    }

                    return Cell(period ? "period_goals" : "goals", finding);
                case "indicators":
                case "periodIndicators":
                    var periodRows = field.SequenceEqual("periodIndicators".AsSpan());
                    if (tokens.TryIndex(3, out var row) && row < (periodRows ? _project.PeriodIndicators : _project.Indicators).Length)
                    {
                        var cell = tokens.Count > 4 ? IndicatorCell(tokens[4]) : "name";
                        Add(periodRows ? PeriodIndicators : Indicators, (row, cell), finding);
                        return new Place(cell, row, periodRows);
                    }

                    Unplaced.Add(finding);
                    return new Place(periodRows ? "period_indicators" : "indicators", null, periodRows);
                default:
                    Unplaced.Add(finding);
                    return null;
            }
        }

        private static string IndicatorCell(ReadOnlySpan<char> field) => field switch
        {
            "level1" => "level1",
            "level2" => "level2",
            "description" => "description",
            "target" or "targetValue" => "target",
            "basis" => "basis",
            "weight" => "weight",
            "direction" => "direction",
            _ => "name",
        };

        private static void Add<TKey>(Dictionary<TKey, List<Finding>> map, TKey key, Finding finding)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(finding);
        }

        private Place Cell(string cell, Finding finding)
        {
            Add(Cells, cell, finding);
            return new Place(cell, null, false);
        }
    }
}
