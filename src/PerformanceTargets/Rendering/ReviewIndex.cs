using System.Globalization;
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
    private readonly Dictionary<Finding, int> _ordinals = new(ByReference.Instance);
    private readonly HashSet<Finding> _onDocument = new(ByReference.Instance);

    private ReviewIndex(TargetDocument document)
    {
        _document = document;
        _projects = new ProjectFindings?[document.Projects.Length];
    }

    public List<Finding> DocumentFindings { get; } = [];

    /// <summary>Findings on part 1 paragraphs, by section (<c>overall</c>, <c>itemized</c>, <c>safeguards</c>) and paragraph.</summary>
    public Dictionary<(string Section, int Index), List<Finding>> Paragraphs { get; } = [];

    public static ReviewIndex Build(IEnumerable<Finding> findings, TargetDocument document)
    {
        var index = new ReviewIndex(document);
        foreach (var finding in findings)
        {
            index._ordinals[finding] = index._ordinals.Count + 1;
            index.Add(finding);
        }

        return index;
    }

    /// <summary>
    /// Gets the 1-based position of a finding in the report, by reference (two equal findings keep their own numbers):
    /// the number of its anchor (<c>finding-12</c>), so that a summary can link to the cell that shows it. 0 for a
    /// finding not in the report.
    /// </summary>
    public int Ordinal(Finding finding) => _ordinals.TryGetValue(finding, out var ordinal) ? ordinal : 0;

    /// <summary>Gets whether a finding is one of <see cref="DocumentFindings"/> (by reference).</summary>
    public bool IsOnDocument(Finding finding) => _onDocument.Contains(finding);

    public ProjectFindings? For(int projectIndex) =>
        projectIndex >= 0 && projectIndex < _projects.Length ? _projects[projectIndex] : null;

    private static bool TryIndex(string[] tokens, int position, out int value)
    {
        value = -1;
        return position < tokens.Length &&
               tokens[position].Length is > 0 and < 10 &&
               (tokens[position].Length == 1 || tokens[position][0] != '0') &&
               int.TryParse(tokens[position], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private void Add(Finding finding)
    {
        var pointer = finding.Pointer ?? string.Empty;
        var tokens = pointer.Length > 0 && pointer[0] == '/' ? pointer.Substring(1).Split('/') : [];
        if (tokens.Length >= 2 && tokens[0] == "projects" && TryIndex(tokens, 1, out var projectIndex) && projectIndex < _projects.Length)
        {
            var project = _projects[projectIndex] ??= new ProjectFindings(_document.Projects[projectIndex]);
            project.Add(finding, tokens);
            return;
        }

        if (tokens.Length == 3 && tokens[0] == "overallTargets" && tokens[1] is "overall" or "itemized" or "safeguards" && TryIndex(tokens, 2, out var paragraph))
        {
            var key = (tokens[1], paragraph);
            if (!Paragraphs.TryGetValue(key, out var list))
            {
                Paragraphs[key] = list = [];
            }

            list.Add(finding);
        }

        DocumentFindings.Add(finding);
        _onDocument.Add(finding);
    }

    private sealed class ByReference : IEqualityComparer<Finding>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(Finding? x, Finding? y) => ReferenceEquals(x, y);

        public int GetHashCode(Finding obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

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

        /// <summary>Where each placed finding is shown, for the summaries: the cell name and the item number.</summary>
        public Dictionary<Finding, (string Cell, int? Item, bool Period)> Places { get; } = [];

        public List<Finding>? InCell(string cell) => Cells.TryGetValue(cell, out var list) ? list : null;

        public void Add(Finding finding, string[] tokens)
        {
            All.Add(finding);
            var field = tokens.Length > 2 ? tokens[2] : null;
            var sub = tokens.Length > 3 ? tokens[3] : null;
            switch (field)
            {
                case "unit":
                    Cell("unit", finding);
                    break;
                case "code":
                case "fundUse":
                case "attribute":
                case "reviewOpinion":
                    Cell(field switch { "fundUse" => "fund_use", "reviewOpinion" => "review_opinion", _ => field }, finding);
                    break;
                case "name":
                case "fundingReference":
                    Cell("name", finding);
                    break;
                case "implementationPeriod":
                    Cell("implementation_period", finding);
                    break;
                case "budget":
                    Cell(sub switch { "fiscal" => "budget_fiscal", "other" => "budget_other", _ => "budget_total" }, finding);
                    break;
                case "spendingPlan":
                    if (TryIndex(tokens, 3, out var point) && point < _project.SpendingPlan.Length)
                    {
                        var cell = tokens.Length > 4 && tokens[4] == "month" ? "month" : "percent";
                        Add(Spending, (point, cell), finding);
                        Places[finding] = (cell, point, false);
                    }
                    else
                    {
                        Cell("spending_plan", finding);
                    }

                    break;
                case "goals":
                case "periodGoals":
                    var period = field == "periodGoals";
                    if (TryIndex(tokens, 3, out var goal) && goal < (period ? _project.PeriodGoals : _project.Goals).Length)
                    {
                        Add(period ? PeriodGoals : Goals, goal, finding);
                        Places[finding] = (period ? "period_goal" : "goal", goal, period);
                    }
                    else
                    {
                        Cell(period ? "period_goals" : "goals", finding);
                    }

                    break;
                case "indicators":
                case "periodIndicators":
                    var periodRows = field == "periodIndicators";
                    if (TryIndex(tokens, 3, out var row) && row < (periodRows ? _project.PeriodIndicators : _project.Indicators).Length)
                    {
                        var cell = tokens.Length > 4 ? IndicatorCell(tokens[4]) : "name";
                        Add(periodRows ? PeriodIndicators : Indicators, (row, cell), finding);
                        Places[finding] = (cell, row, periodRows);
                    }
                    else
                    {
                        Unplaced.Add(finding);
                        Places[finding] = (periodRows ? "period_indicators" : "indicators", null, periodRows);
                    }

                    break;
                default:
                    Unplaced.Add(finding);
                    break;
            }
        }

        private static string IndicatorCell(string field) => field switch
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

        private void Cell(string cell, Finding finding)
        {
            Add(Cells, cell, finding);
            Places[finding] = (cell, null, false);
        }
    }
}
