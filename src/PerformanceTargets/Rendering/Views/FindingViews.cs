using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering.Views;

/// <summary><c>finding</c>: one validation finding as the review view shows it.</summary>
internal sealed class FindingView : ViewObject
{
    private static readonly string[] Names =
        ["rule_id", "severity", "severity_label", "severity_symbol", "category", "category_label", "message", "hint", "pointer", "location", "place", "where", "anchor", "cell_anchor", "group_anchor", "raw"];

    private readonly RenderScope _scope;
    private readonly Finding _finding;
    private string? _anchor;

    public FindingView(RenderScope scope, Finding finding)
    {
        _scope = scope;
        _finding = finding;
    }

    public override IReadOnlyList<string> Members => Names;

    public Finding Finding => _finding;

    public Severity Severity => _finding.Severity;

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "rule_id": value = _scope.E(_finding.RuleId); return true;
            case "severity": value = SeverityName(_finding.Severity); return true;
            case "severity_label": value = _scope.E(_scope.Labels.Severity(_finding.Severity)); return true;
            case "severity_symbol": value = _scope.E(_scope.Labels.SeveritySymbol(_finding.Severity)); return true;
            case "where": value = _scope.E(Where()); return true;
            case "anchor": value = Anchor; return true;
            case "cell_anchor": value = CellAnchor; return true;
            case "group_anchor": value = GroupAnchor(_finding.RuleId); return true;
            case "category": value = _finding.Category.ToString().ToLowerInvariant(); return true;
            case "category_label": value = _scope.E(_scope.Labels.Category(_finding.Category)); return true;
            case "message": value = _scope.E(_finding.Message); return true;
            case "hint": value = _scope.E(_finding.Hint); return true;
            case "pointer": value = _scope.E(_finding.Pointer); return true;
            case "location": value = _scope.E(LocationText()); return true;
            case "place": value = _scope.E(Place()); return true;
            case "raw": value = _scope.Raw.View(_finding); return true;
            default: value = null; return false;
        }
    }

    /// <summary>Gets the id of the element that shows the finding (<c>finding-12</c>, its position in the report); null outside the review view.</summary>
    public string? Anchor => _anchor ??= _scope.Review?.Ordinal(_finding) is > 0 and var ordinal ? "finding-" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Gets the id the finding's box carries in a cell: <see cref="Anchor"/>, except for a finding on the document as a
    /// whole (on a paragraph of part 1), which the summary's list of document findings carries, so that no id is given twice.
    /// </summary>
    public string? CellAnchor => _scope.Review is { } review && !review.IsOnDocument(_finding) ? Anchor : null;

    /// <summary>
    /// The id of the summary's group of a rule's findings: <c>rule-PT402</c>. Characters other than ASCII letters, digits
    /// and <c>-</c> are written as <c>_</c> and their hexadecimal code, so that any rule id gives a valid id of its own.
    /// </summary>
    public static string GroupAnchor(string? ruleId)
    {
        ruleId ??= string.Empty;
        if (ruleId.All(IsIdCharacter))
        {
            // Every rule id of the catalogue: one string, no builder (a review writes this once per finding).
            return "rule-" + ruleId;
        }

        var builder = new System.Text.StringBuilder("rule-");
        foreach (var c in ruleId)
        {
            if (IsIdCharacter(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return builder.ToString();

        static bool IsIdCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-';
    }

    /// <summary>The table and the place in it (表3 · 第9行指标 · 三级指标), the place alone, or the pointer of a document-level finding.</summary>
    public string? Where()
    {
        var place = Place();
        if (_finding.ProjectIndex is { } index && place is not null)
        {
            return _scope.Labels.TableNumber(index + 1) + " · " + place;
        }

        return place ?? (string.IsNullOrEmpty(_finding.Pointer) ? _scope.Labels["document_findings"] : _finding.Pointer);
    }

    /// <summary>Where the finding's value came from in the source file, in the rendering's language; null when unknown.</summary>
    public string? LocationText() => _finding.Location is { } location ? _scope.Labels.Location(location) : null;

    /// <summary>Where in its table the finding is shown (项目编码, 第4行指标 · 指标值); null for a document-level finding.</summary>
    public string? Place()
    {
        if (_finding.ProjectIndex is not { } index || _scope.Review is not { } review || review.For(index) is null)
        {
            return null;
        }

        if (!review.TryGetPlace(_finding, out var place))
        {
            return _scope.Labels.Place("table", null);
        }

        var text = _scope.Labels.Place(place.Cell, place.Item);
        return place.Period && place.Item is not null && place.Cell != "period_goal" ? _scope.Labels["period_indicators"] + " · " + text : text;
    }
}

/// <summary>The findings of one cell: <c>severity</c> (the highest), <c>count</c> and <c>items</c>.</summary>
internal sealed class FindingGroupView : ViewObject
{
    private static readonly string[] Names = ["severity", "count", "items"];

    private readonly FindingView[] _items;
    private string? _markup;

    public FindingGroupView(FindingView[] items)
    {
        _items = items;
        var highest = Severity.Info;
        foreach (var item in items)
        {
            if (item.Severity > highest)
            {
                highest = item.Severity;
            }
        }

        SeverityName = FindingView.SeverityName(highest);
    }

    public override IReadOnlyList<string> Members => Names;

    public FindingView[] Items => _items;

    /// <summary>Gets the name of the highest severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityName { get; }

    /// <summary>Gets the group's HTML, composed on first use.</summary>
    public string Markup(FindingMarkup markup) => _markup ??= markup.Group(this);

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "severity": value = SeverityName; return true;
            case "count": value = Boxes.Int(_items.Length); return true;
            case "items": value = _items; return true;
            default: value = null; return false;
        }
    }
}

/// <summary>Counts of findings by severity, shared by the document and table summaries.</summary>
internal readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    public int Total => Errors + Warnings + Infos;

    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new FindingCounts(errors, warnings, infos);
    }
}

/// <summary><c>project.review</c> and the items of <c>review.tables</c>: the summary of one table's findings.</summary>
internal sealed class TableReviewView : ViewObject
{
    private static readonly string[] Names =
        ["number", "anchor", "title", "count", "error_count", "warning_count", "info_count", "findings", "unplaced", "unplaced_count"];

    private readonly RenderScope _scope;
    private readonly ProjectView _project;
    private readonly ReviewIndex.ProjectFindings? _findings;
    private readonly FindingCounts _counts;

    public TableReviewView(RenderScope scope, ProjectView project, ReviewIndex.ProjectFindings? findings)
    {
        _scope = scope;
        _project = project;
        _findings = findings;
        _counts = findings is null ? default : FindingCounts.Of(findings.All);
    }

    public FindingCounts Counts => _counts;

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "number":
            case "anchor":
            case "title":
                return _project.TryGet(member, out value);
            case "count": value = _counts.Total; return true;
            case "error_count": value = _counts.Errors; return true;
            case "warning_count": value = _counts.Warnings; return true;
            case "info_count": value = _counts.Infos; return true;
            case "findings": value = _findings is null ? Array.Empty<FindingView>() : _scope.Views(_findings.All); return true;
            case "unplaced": value = _findings is null ? Array.Empty<FindingView>() : _scope.Views(_findings.Unplaced); return true;
            case "unplaced_count": value = _findings?.Unplaced.Count ?? 0; return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>review</c>: the whole review (null when the review view is off).</summary>
internal sealed class ReviewView : ViewObject
{
    private static readonly string[] Names =
        ["file_name", "rule_set_version", "count", "error_count", "warning_count", "info_count", "is_valid", "document_findings", "document_count", "tables", "groups", "group_count"];

    private readonly RenderScope _scope;
    private readonly ValidationReport? _report;
    private readonly ProjectView[] _projects;
    private readonly List<Finding> _documentFindings;
    private FindingCounts? _counts;
    private RuleGroupView[]? _groups;

    public ReviewView(RenderScope scope, ValidationReport? report, ProjectView[] projects)
    {
        _scope = scope;
        _report = report;
        _projects = projects;

        // Tables rendered alone show their own findings only: those on the document as a whole belong to the document.
        _documentFindings = scope.Options.TablesAlone ? [] : scope.Review?.DocumentFindings ?? [];
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "file_name": value = _scope.E(_report?.FileName); return true;
            case "rule_set_version": value = _scope.E(_report?.RuleSetVersion); return true;
            case "count": value = Counts().Total; return true;
            case "error_count": value = Counts().Errors; return true;
            case "warning_count": value = Counts().Warnings; return true;
            case "info_count": value = Counts().Infos; return true;
            case "is_valid": value = Counts().Errors == 0; return true;
            case "document_findings": value = _scope.Views(_documentFindings); return true;
            case "document_count": value = _documentFindings.Count; return true;
            case "tables": value = _projects.Select(p => p.Review!).ToArray(); return true;
            case "groups": value = Groups(); return true;
            case "group_count": value = Groups().Length; return true;
            default: value = null; return false;
        }
    }

    /// <summary>
    /// The findings shown (the document's and the rendered tables'), one group per rule: errors first, then warnings,
    /// then infos, each by rule id; in a group, the findings by hint (in the order the hints first appear) and by their
    /// position in the report.
    /// </summary>
    private RuleGroupView[] Groups()
    {
        if (_groups is not null)
        {
            return _groups;
        }

        var review = _scope.Review;
        var shown = new List<Finding>(_documentFindings);
        foreach (var project in _projects)
        {
            if (review?.For(project.Index) is { } findings)
            {
                shown.AddRange(findings.All);
            }
        }

        _groups = [.. shown
            .OrderBy(f => review?.Ordinal(f) ?? 0)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleGroupView(_scope, g.Key, [.. g]))
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.RuleId, StringComparer.Ordinal)];
        return _groups;
    }

    private FindingCounts Counts()
    {
        if (_counts is { } counts)
        {
            return counts;
        }

        var total = FindingCounts.Of(_documentFindings);
        foreach (var project in _projects)
        {
            var table = project.Review!.Counts;
            total = new FindingCounts(total.Errors + table.Errors, total.Warnings + table.Warnings, total.Infos + table.Infos);
        }

        _counts = total;
        return total;
    }
}

/// <summary>
/// The items of <c>review.groups</c>: the findings of one rule, so that a finding repeated over many rows and tables is
/// counted once, its hint shown once, with a link to each place that shows it.
/// </summary>
internal sealed class RuleGroupView : ViewObject
{
    private static readonly string[] Names =
        ["rule_id", "anchor", "title", "severity", "severity_label", "severity_symbol", "count", "table_count", "tally", "hints", "findings"];

    private readonly RenderScope _scope;
    private readonly Finding[] _findings;
    private readonly int _tables;

    public RuleGroupView(RenderScope scope, string ruleId, Finding[] findings)
    {
        _scope = scope;
        RuleId = ruleId;
        _findings = findings;
        Severity = findings.Max(f => f.Severity);
        _tables = findings.Where(f => f.ProjectIndex is not null).Select(f => f.ProjectIndex!.Value).Distinct().Count();
    }

    public override IReadOnlyList<string> Members => Names;

    public string RuleId { get; }

    public Severity Severity { get; }

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "rule_id": value = _scope.E(RuleId); return true;
            case "anchor": value = FindingView.GroupAnchor(RuleId); return true;
            case "title": value = _scope.E(Title()); return true;
            case "severity": value = FindingView.SeverityName(Severity); return true;
            case "severity_label": value = _scope.E(_scope.Labels.Severity(Severity)); return true;
            case "severity_symbol": value = _scope.E(_scope.Labels.SeveritySymbol(Severity)); return true;
            case "count": value = Boxes.Int(_findings.Length); return true;
            case "table_count": value = Boxes.Int(_tables); return true;
            case "tally": value = _scope.E(_scope.Labels.Tally(_findings.Length, _tables)); return true;
            case "hints": value = Hints(); return true;
            case "findings": value = _findings.Select(_scope.View).ToArray(); return true;
            default: value = null; return false;
        }
    }

    /// <summary>Gets the rule's title in the page's language from the catalogue; null for a rule that is not built in.</summary>
    public string? Title() => RuleCatalog.TryGet(RuleId, out var rule) ? rule.Title[_scope.Labels.Language] : null;

    /// <summary>Gets how many findings the group has.</summary>
    public int Count => _findings.Length;

    /// <summary>Gets in how many tables.</summary>
    public int TableCount => _tables;

    /// <summary>Gets the group's findings by hint, in the order the hints first appear.</summary>
    public HintGroupView[] Hints() =>
        [.. _findings
            .GroupBy(f => f.Hint ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new HintGroupView(_scope, g.Key.Length == 0 ? null : g.Key, [.. g.Select(_scope.View)]))];
}

/// <summary>The items of a rule group's <c>hints</c>: one hint (null when the findings have none) and its findings.</summary>
internal sealed class HintGroupView : ViewObject
{
    private static readonly string[] Names = ["hint", "count", "findings"];

    private readonly RenderScope _scope;
    private readonly string? _hint;
    private readonly FindingView[] _findings;

    public HintGroupView(RenderScope scope, string? hint, FindingView[] findings)
    {
        _scope = scope;
        _hint = hint;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    /// <summary>Gets the hint as the finding has it, not encoded; null when the findings have none.</summary>
    public string? Hint => _hint;

    /// <summary>Gets the findings with the hint, by their position in the report.</summary>
    public FindingView[] Findings => _findings;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "hint": value = _scope.E(_hint); return true;
            case "count": value = Boxes.Int(_findings.Length); return true;
            case "findings": value = _findings; return true;
            default: value = null; return false;
        }
    }
}
