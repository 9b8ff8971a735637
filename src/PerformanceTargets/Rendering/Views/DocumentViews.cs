using System.Globalization;
using PerformanceTargets.Model;

namespace PerformanceTargets.Rendering.Views;

/// <summary><c>document</c>: the whole document.</summary>
internal sealed class DocumentView : ViewObject
{
    private static readonly string[] Names =
    [
        "schema_version", "title", "display_title", "page_title", "fiscal_year", "stage", "stage_label", "stage_line", "framework",
        "department", "prepared_by", "reviewed_by", "prepared_line", "reviewed_line", "amount_unit", "amount_unit_label",
        "cover_lines", "has_overall_targets", "overall_targets", "projects", "project_count", "indicator_count",
        "total_budget", "raw",
    ];

    private readonly RenderScope _scope;
    private readonly TargetDocument _document;
    private ProjectView[]? _projects;

    public DocumentView(RenderScope scope)
    {
        _scope = scope;
        _document = scope.Document;
    }

    public override IReadOnlyList<string> Members => Names;

    /// <summary>Gets the views of every project, in document order (created once).</summary>
    public ProjectView[] Projects
    {
        get
        {
            if (_projects is null)
            {
                var projects = _document.Projects;
                var views = new ProjectView[projects.Length];
                for (var i = 0; i < views.Length; i++)
                {
                    views[i] = new ProjectView(_scope, projects[i], i);
                }

                _projects = views;
            }

            return _projects;
        }
    }

    public string DisplayTitle => _document.Title is { Length: > 0 } title ? title : _scope.Labels.DefaultTitle(_document);

    public override bool TryGet(string member, out object? value)
    {
        var labels = _scope.Labels;
        switch (member)
        {
            case "schema_version": value = _scope.E(_document.SchemaVersion); return true;
            case "title": value = _scope.E(_document.Title); return true;
            case "display_title": value = _scope.E(DisplayTitle); return true;
            case "page_title": value = PageTitle(DisplayTitle, _scope.Encoder); return true;
            case "fiscal_year": value = _document.FiscalYear; return true;
            case "stage": value = _document.Stage switch { DocumentStage.Draft => "draft", DocumentStage.Final => "final", _ => null }; return true;
            case "stage_label": value = _scope.E(labels.Stage(_document.Stage)); return true;
            case "stage_line": value = _scope.E(labels.StageLine(_document.Stage)); return true;
            case "framework": value = _scope.E(_document.Framework?.Id); return true;
            case "department": value = new DepartmentView(_scope, _document.Department); return true;
            case "prepared_by": value = _scope.E(_document.PreparedBy); return true;
            case "reviewed_by": value = _scope.E(_document.ReviewedBy); return true;
            case "prepared_line": value = _scope.E(labels.PreparedLine(_document.PreparedBy)); return true;
            case "reviewed_line": value = _scope.E(labels.ReviewedLine(_document.ReviewedBy)); return true;
            case "amount_unit": value = _document.AmountUnit == AmountUnit.Yuan ? "元" : "万元"; return true;
            case "amount_unit_label": value = _scope.E(labels.AmountUnitLabel(_document.AmountUnit)); return true;
            case "cover_lines": value = CoverLines(); return true;
            case "has_overall_targets": value = _document.OverallTargets is not null; return true;
            case "overall_targets": value = new OverallTargetsView(_scope, _document.OverallTargets); return true;
            case "projects": value = Projects; return true;
            case "project_count": value = _document.Projects.Length; return true;
            case "indicator_count": value = _document.IndicatorCount; return true;
            case "total_budget": value = RenderScope.Number(_document.TotalBudget); return true;
            case "raw": value = new DocumentView(_scope.Raw); return true;
            default: value = null; return false;
        }
    }

    /// <summary>
    /// The title for a page's <c>&lt;title&gt;</c>, encoded: at most 70 characters once encoded (browsers cut tab titles
    /// anyway, and validators ask for no more), ended with … when cut. Never splits a surrogate pair.
    /// </summary>
    public static string PageTitle(string title, TextEncoder encoder)
    {
        const int max = 70;
        var whole = encoder.Encode(title) ?? string.Empty;
        if (whole.Length <= max)
        {
            return whole;
        }

        for (var cut = Math.Min(title.Length, max - 1); cut > 0; cut--)
        {
            if (cut < title.Length && char.IsLowSurrogate(title[cut]) && char.IsHighSurrogate(title[cut - 1]))
            {
                continue;
            }

            var shortened = encoder.Encode(title.Substring(0, cut) + "…") ?? string.Empty;
            if (shortened.Length <= max)
            {
                return shortened;
            }
        }

        return "…";
    }

    /// <summary>The title as the cover prints it: the department name on a line of its own when the title starts with it.</summary>
    private string[] CoverLines()
    {
        var title = DisplayTitle;
        var department = _document.Department?.Name;
        if (department is { Length: > 0 } && title.Length > department.Length && title.StartsWith(department, StringComparison.Ordinal))
        {
            return [_scope.E(department)!, _scope.E(title.Substring(department.Length))!];
        }

        return [_scope.E(title)!];
    }
}

/// <summary><c>document.department</c>: code, name and internal units; never null (its members are null when not stated).</summary>
internal sealed class DepartmentView : ViewObject
{
    private static readonly string[] Names = ["code", "name", "internal_units"];

    private readonly RenderScope _scope;
    private readonly Department? _department;

    public DepartmentView(RenderScope scope, Department? department)
    {
        _scope = scope;
        _department = department;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "code": value = _scope.E(_department?.Code); return true;
            case "name": value = _scope.E(_department?.Name); return true;
            case "internal_units": value = _department is null ? Array.Empty<string>() : _scope.E(_department.InternalUnits); return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>document.overall_targets</c>: the three sections of part 1, each a list of numbered paragraphs.</summary>
internal sealed class OverallTargetsView : ViewObject
{
    private static readonly string[] Names = ["overall", "itemized", "safeguards"];

    private readonly RenderScope _scope;
    private readonly OverallTargets? _targets;

    public OverallTargetsView(RenderScope scope, OverallTargets? targets)
    {
        _scope = scope;
        _targets = targets;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "overall": value = Paragraphs(member, _targets?.Overall ?? []); return true;
            case "itemized": value = Paragraphs(member, _targets?.Itemized ?? []); return true;
            case "safeguards": value = Paragraphs(member, _targets?.Safeguards ?? []); return true;
            default: value = null; return false;
        }
    }

    private ParagraphView[] Paragraphs(string section, IReadOnlyList<string> texts)
    {
        var views = new ParagraphView[texts.Count];
        for (var i = 0; i < views.Length; i++)
        {
            var findings = _scope.Review is { } review && review.Paragraphs.TryGetValue((section, i), out var list) ? _scope.Group(list) : null;
            views[i] = new ParagraphView(_scope, texts[i], i, findings);
        }

        return views;
    }
}

/// <summary>A numbered paragraph: a goal (<c>project.goals</c>) or a part 1 paragraph. Members <c>number</c>, <c>text</c>, <c>findings</c>.</summary>
internal sealed class ParagraphView : ViewObject
{
    private static readonly string[] Names = ["number", "text", "findings"];

    private readonly RenderScope _scope;
    private readonly string _text;
    private readonly int _index;
    private readonly FindingGroupView? _findings;

    public ParagraphView(RenderScope scope, string text, int index, FindingGroupView? findings)
    {
        _scope = scope;
        _text = text;
        _index = index;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "number": value = Boxes.Int(_index + 1); return true;
            case "text": value = _scope.E(_text); return true;
            case "findings": value = _findings; return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>options</c>: the options of this rendering.</summary>
internal sealed class OptionsView : ViewObject
{
    private static readonly string[] Names = ["format", "language", "merged_cells", "review", "tables", "tables_alone", "table_kind"];

    private readonly RenderOptions _options;

    public OptionsView(RenderOptions options) => _options = options;

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "format": value = _options.Format == RenderFormat.Markdown ? "markdown" : "html"; return true;
            case "language": value = _options.LanguageTag; return true;
            case "merged_cells": value = _options.MergedCells == MergedCellStyle.Repeat ? "repeat" : "merge"; return true;
            case "review": value = _options.Review; return true;
            case "tables": value = _options.Tables.ToArray(); return true;
            case "tables_alone": value = _options.TablesAlone; return true;
            case "table_kind": value = _options.TableKind switch { TableKind.Evaluation => "evaluation", TableKind.Monitoring => "monitoring", _ => "targets" }; return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>labels</c>: the fixed texts in the chosen language, encoded for the output format.</summary>
internal sealed class LabelsView : ViewObject
{
    private static readonly Dictionary<(Language, RenderFormat), LabelsView> Cache = Create();

    private readonly Dictionary<string, string> _texts;
    private readonly string[] _names;

    private LabelsView(Labels labels, TextEncoder encoder)
    {
        _texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in labels.Texts)
        {
            _texts[pair.Key] = encoder.Encode(pair.Value)!;
        }

        _names = [.. labels.Texts.Keys.OrderBy(k => k, StringComparer.Ordinal)];
    }

    public override IReadOnlyList<string> Members => _names;

    public static LabelsView For(Language language, RenderFormat format) => Cache[(language, format)];

    public override bool TryGet(string member, out object? value)
    {
        var found = _texts.TryGetValue(member, out var text);
        value = text;
        return found;
    }

    private static Dictionary<(Language, RenderFormat), LabelsView> Create()
    {
        var cache = new Dictionary<(Language, RenderFormat), LabelsView>();
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            cache[(language, RenderFormat.Html)] = new LabelsView(Labels.For(language), HtmlEncoder.Instance);
            cache[(language, RenderFormat.Markdown)] = new LabelsView(Labels.For(language), MarkdownEncoder.Instance);
        }

        return cache;
    }
}

/// <summary>Formats numbers the way the templates print them.</summary>
internal static class ViewFormat
{
    public static string Percent(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "%";
}
