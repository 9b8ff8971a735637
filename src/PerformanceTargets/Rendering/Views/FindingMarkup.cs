using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerformanceTargets.Rendering.Views;

/// <summary>
/// The HTML of the review view's findings: the box of one finding inside a cell, the boxes of a cell, and the list of a
/// summary, and the summary's groups by rule. Templates call it as <c>findings_list</c>, <c>finding_items</c> and
/// <c>finding_groups</c> (see <see cref="FindingFunction"/>).
/// </summary>
/// <remarks>
/// <para>
/// A review places each finding in its cell; the seed's 216 findings make 160 cell groups. Printing them through an
/// interpreted template function, a call per cell (with or without findings), a loop and a dozen member reads per
/// finding, cost more than the rest of the page. Here a cell's findings are written straight into the output, piece by
/// piece, with no string composed for them; a group printed into a string (<c>findings_list</c>, concatenation) is
/// composed once and kept on the group.
/// </para>
/// <para>
/// Every text is the view's, already encoded for the output format. Not thread-safe: one instance per rendering.
/// </para>
/// </remarks>
internal sealed class FindingMarkup
{
    private readonly RenderScope _scope;
    private StringBuilder? _builder;

    public FindingMarkup(RenderScope scope)
    {
        _scope = scope;
    }

    /// <summary>Gets the findings of one cell as inline spans: <c>&lt;span class="findings error"&gt;</c> around a span per finding.</summary>
    public string Group(FindingGroupView group)
    {
        var builder = (_builder ??= new StringBuilder(512)).Clear();
        Group(new BuilderSink(builder), group);
        return builder.ToString();
    }

    /// <summary>Writes <see cref="Group(FindingGroupView)"/>'s text straight into a rendering's output, piece by piece, composing nothing.</summary>
    public void Write(TemplateContext context, FindingGroupView group) => Group(new ContextSink(context), group);

    /// <summary>
    /// A list of findings with the place each concerns, for the summaries: a <c>ul</c>, one short line per finding (its
    /// hint is in the summary's group of its rule).
    /// </summary>
    public string Items(IEnumerable<FindingView> items)
    {
        var builder = new StringBuilder(512);
        var sink = new BuilderSink(builder);
        builder.Append("<ul class=\"findings\">\n");
        foreach (var item in items)
        {
            var finding = item.Finding;
            builder.Append("<li class=\"finding ").Append(FindingView.SeverityName(finding.Severity)).Append('"');
            Id(sink, item.Anchor);
            builder.Append('>');
            Head(sink, item);
            if (item.Place() is { } place)
            {
                builder.Append(" <span class=\"place\">").Append(_scope.E(place)).Append("</span>");
            }
            else
            {
                builder.Append(" <code class=\"pointer\">").Append(_scope.E(finding.Pointer)).Append("</code>");
            }

            builder.Append(" <span class=\"message\">").Append(_scope.E(finding.Message)).Append("</span>");
            if (item.LocationText() is { } location)
            {
                builder.Append(" <span class=\"location\">").Append(_scope.E(location)).Append("</span>");
            }

            builder.Append("</li>\n");
        }

        return builder.Append("</ul>\n").ToString();
    }

    /// <summary>
    /// The summary's findings grouped by rule (<c>review.groups</c>): a <c>div</c> with a <c>details</c> per rule (severity
    /// by symbol and word, rule id, the rule's title, tally), each hint once, and after it a link to every box that shows
    /// a finding with that hint, named by its place. No message is repeated here: each is in the box its link lands on.
    /// </summary>
    public string Groups(IEnumerable<RuleGroupView> groups)
    {
        var builder = new StringBuilder(16384);
        Groups(new BuilderSink(builder), groups);
        return builder.ToString();
    }

    /// <summary>Writes <see cref="Groups(IEnumerable{RuleGroupView})"/>'s text straight into a rendering's output, piece by piece.</summary>
    public void WriteGroups(TemplateContext context, IEnumerable<RuleGroupView> groups) => Groups(new ContextSink(context), groups);

    private void Groups<TSink>(TSink sink, IEnumerable<RuleGroupView> groups)
        where TSink : ISink
    {
        var labels = _scope.Labels;
        var hintLabel = _scope.E(labels["hint"]);
        sink.Write("<div class=\"finding-groups\">\n");
        foreach (var group in groups)
        {
            sink.Write("<details class=\"group ");
            sink.Write(FindingView.SeverityName(group.Severity));
            sink.Write("\" id=\"");
            sink.Write(FindingView.GroupAnchor(group.RuleId));
            sink.Write("\" open>\n<summary><span class=\"severity\"><span class=\"symbol\" aria-hidden=\"true\">");
            sink.Write(_scope.E(labels.SeveritySymbol(group.Severity)));
            sink.Write("</span>");
            sink.Write(_scope.E(labels.Severity(group.Severity)));
            sink.Write("</span> <code class=\"rule\">");
            sink.Write(_scope.E(group.RuleId));
            sink.Write("</code> ");
            if (group.Title() is { Length: > 0 } title)
            {
                sink.Write("<span class=\"title\">");
                sink.Write(_scope.E(title));
                sink.Write("</span> ");
            }

            sink.Write("<span class=\"tally\">");
            sink.Write(_scope.E(labels.Tally(group.Count, group.TableCount)));
            sink.Write("</span></summary>\n");
            foreach (var hint in group.Hints())
            {
                if (hint.Hint is { Length: > 0 } text)
                {
                    sink.Write("<p class=\"hint\">");
                    sink.Write(hintLabel);
                    sink.Write(_scope.E(text));
                    sink.Write("</p>\n");
                }

                // The places only: each message is in the box a link lands on, so none is repeated here.
                sink.Write("<p class=\"places\">");
                var first = true;
                foreach (var item in hint.Findings)
                {
                    sink.Write(first ? "<a href=\"#" : " · <a href=\"#");
                    sink.Write(item.Anchor);
                    sink.Write("\">");
                    sink.Write(_scope.E(item.Where()));
                    sink.Write("</a>");
                    first = false;
                }

                sink.Write("</p>\n");
            }

            sink.Write("</details>\n");
        }

        sink.Write("</div>\n");
    }

    /// <summary>
    /// The one description of a cell's findings markup, written to a string or straight into the output: each finding
    /// short (severity by symbol and word, rule, message); its hint is in the summary's group of its rule, once.
    /// </summary>
    private void Group<TSink>(TSink sink, FindingGroupView group)
        where TSink : ISink
    {
        sink.Write("<span class=\"findings ");
        sink.Write(group.SeverityName);
        sink.Write("\">");
        foreach (var item in group.Items)
        {
            sink.Write("<span class=\"finding ");
            sink.Write(FindingView.SeverityName(item.Severity));
            sink.Write("\"");
            Id(sink, item.CellAnchor);
            sink.Write(">");
            Head(sink, item);
            sink.Write(" <span class=\"message\">");
            sink.Write(_scope.E(item.Finding.Message));
            sink.Write("</span></span>");
        }

        sink.Write("</span>");
    }

    /// <summary>The id of the element that shows a finding (<c> id="finding-12"</c>), the target of the summary's links.</summary>
    private static void Id<TSink>(TSink sink, string? anchor)
        where TSink : ISink
    {
        if (anchor is not null)
        {
            sink.Write(" id=\"");
            sink.Write(anchor);
            sink.Write("\"");
        }
    }

    /// <summary>The severity by symbol and word, then the rule id linking to its group in the summary.</summary>
    private void Head<TSink>(TSink sink, FindingView item)
        where TSink : ISink
    {
        var finding = item.Finding;
        sink.Write("<span class=\"severity\"><span class=\"symbol\" aria-hidden=\"true\">");
        sink.Write(_scope.E(_scope.Labels.SeveritySymbol(finding.Severity)));
        sink.Write("</span>");
        sink.Write(_scope.E(_scope.Labels.Severity(finding.Severity)));
        sink.Write("</span> <a class=\"rule-link\" href=\"#");
        sink.Write(FindingView.GroupAnchor(finding.RuleId));
        sink.Write("\"><code class=\"rule\">");
        sink.Write(_scope.E(finding.RuleId));
        sink.Write("</code></a>");
    }

    private interface ISink
    {
        void Write(string? text);
    }

    private readonly struct BuilderSink(StringBuilder builder) : ISink
    {
        public void Write(string? text) => builder.Append(text);
    }

    private readonly struct ContextSink(TemplateContext context) : ISink
    {
        public void Write(string? text) => context.Write(text);
    }
}

/// <summary>
/// <c>findings_list group</c>, <c>finding_items items</c> and <c>finding_groups groups</c>: the review view's finding
/// markup (<see cref="FindingMarkup"/>) as template functions, so that the built-in templates print a cell's findings,
/// and the summary's groups, without interpreting a loop per box or per link. <c>findings_list</c> and
/// <c>finding_items</c> return the HTML as a string; <c>finding_groups</c> writes it where it is called and returns
/// nothing; all print nothing for a null argument. A template that defines a function of the same name (in a replaced
/// <c>html-findings</c>, say) replaces it for that rendering.
/// </summary>
internal sealed class FindingFunction : IScriptCustomFunction
{
    private readonly FindingMarkup _markup;
    private readonly FunctionKind _kind;

    private FindingFunction(FindingMarkup markup, FunctionKind kind)
    {
        _markup = markup;
        _kind = kind;
    }

    private enum FunctionKind
    {
        Group,
        Items,
        Groups,
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    /// <summary>Adds <c>findings_list</c>, <c>finding_items</c> and <c>finding_groups</c> for one rendering to its globals.</summary>
    public static void AddTo(ScriptObject globals, FindingMarkup markup)
    {
        globals["findings_list"] = new FindingFunction(markup, FunctionKind.Group);
        globals["finding_items"] = new FindingFunction(markup, FunctionKind.Items);
        globals["finding_groups"] = new FindingFunction(markup, FunctionKind.Groups);
    }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        new(typeof(object), _kind switch { FunctionKind.Items => "items", FunctionKind.Groups => "groups", _ => "group" });

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var argument = arguments.Count > 0 ? arguments[0] : null;
        switch (argument)
        {
            case null:
                return null;
            case FindingGroupView group when _kind == FunctionKind.Group:
                return group.Markup(_markup);
            case IEnumerable<FindingView> items when _kind == FunctionKind.Items:
                return _markup.Items(items);
            case FindingGroupView group when _kind == FunctionKind.Items:
                return _markup.Items(group.Items);
            case IEnumerable<RuleGroupView> groups when _kind == FunctionKind.Groups:
                // Printed where it is called, straight into the page (a string of its own would be composed and copied).
                if (context.EnableOutput)
                {
                    _markup.WriteGroups(context, groups);
                    return null;
                }

                return _markup.Groups(groups);
            default:
                throw new ScriptRuntimeException(
                    callerContext?.Span ?? default,
                    _kind switch
                    {
                        FunctionKind.Items => "finding_items takes a list of findings, such as project.review.unplaced or review.document_findings.",
                        FunctionKind.Groups => "finding_groups takes the groups of the review, review.groups.",
                        _ => "findings_list takes a finding group, such as row.findings.target or project.findings.code.",
                    });
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
