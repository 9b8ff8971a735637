using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PerformanceTargets.Rendering.Views;

/// <summary>
/// An object templates read members of (<c>project.code</c>). Views are thin wrappers over the model: each member is
/// computed when a template reads it, text encoded for the output format. They are read-only: templates cannot change
/// them.
/// </summary>
internal abstract class ViewObject
{
    /// <summary>Gets the member names, in documentation order.</summary>
    public abstract IReadOnlyList<string> Members { get; }

    /// <summary>Gets a member; false when the view has no member of that name.</summary>
    public abstract bool TryGet(string member, out object? value);
}

/// <summary>The Scriban accessor for every <see cref="ViewObject"/>: members by name, no indexer, no writes.</summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    public static ViewAccessor Instance { get; } = new();

    public bool HasIndexer => false;

    public Type IndexType => typeof(string);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((ViewObject)target).Members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((ViewObject)target).Members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => ((ViewObject)target).TryGet(member, out _);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var found = ((ViewObject)target).TryGet(member, out var result);
        value = result!;
        return found;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        value = null!;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}

/// <summary>Boxed small integers, shared, so that reading a row number or a span does not allocate.</summary>
internal static class Boxes
{
    private static readonly object[] Small = CreateSmall();

    public static object Int(int value) => value >= 0 && value < Small.Length ? Small[value] : value;

    public static object? Int(int? value) => value is { } v ? Int(v) : null;

    private static object[] CreateSmall()
    {
        var boxes = new object[1024];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i;
        }

        return boxes;
    }
}

/// <summary>What every view of one rendering shares: the document, the encoder, the labels, the options and the findings.</summary>
internal sealed class RenderScope
{
    private RenderScope? _raw;
    private Dictionary<Finding, FindingView>? _findingViews;

    public RenderScope(TargetDocument document, TextEncoder encoder, Labels labels, RenderOptions options, ReviewIndex? review)
    {
        Document = document;
        Encoder = encoder;
        Labels = labels;
        Options = options;
        Review = review;
    }

    public TargetDocument Document { get; }

    public TextEncoder Encoder { get; }

    public Labels Labels { get; }

    public RenderOptions Options { get; }

    public ReviewIndex? Review { get; }

    /// <summary>Gets the scope of the <c>raw</c> views: the same data, not encoded.</summary>
    public RenderScope Raw => _raw ??= ReferenceEquals(Encoder, TextEncoder.None) ? this : new RenderScope(Document, TextEncoder.None, Labels, Options, Review);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public string? E(string? text) => Encoder.Encode(text);

    public string[] E(IReadOnlyList<string> texts)
    {
        var result = new string[texts.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Encoder.Encode(texts[i]) ?? string.Empty;
        }

        return result;
    }

    /// <summary>Gets the group view of some findings, or null when there are none (so that <c>if</c> in a template is false).</summary>
    public FindingGroupView? Group(List<Finding>? findings, List<Finding>? more = null)
    {
        var count = (findings?.Count ?? 0) + (more?.Count ?? 0);
        if (count == 0)
        {
            return null;
        }

        var items = new FindingView[count];
        var i = 0;
        if (findings is not null)
        {
            foreach (var finding in findings)
            {
                items[i++] = View(finding);
            }
        }

        if (more is not null)
        {
            foreach (var finding in more)
            {
                items[i++] = View(finding);
            }
        }

        return new FindingGroupView(items);
    }

    public FindingView[] Views(List<Finding> findings)
    {
        var items = new FindingView[findings.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = View(findings[i]);
        }

        return items;
    }

    public FindingView View(Finding finding)
    {
        _findingViews ??= new(Review?.Count ?? 0, ReviewIndex.ByReference.Instance);
        if (!_findingViews.TryGetValue(finding, out var view))
        {
            _findingViews[finding] = view = new FindingView(this, finding);
        }

        return view;
    }
}
