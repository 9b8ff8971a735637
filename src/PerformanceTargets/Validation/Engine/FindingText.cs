using System.Globalization;
using System.Text;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// Where a finding points, kept as parts (project, list, item, field) and composed into a JSON Pointer only when read.
/// </summary>
internal readonly struct PointerSpec
{
    private const int LiteralProject = int.MinValue;
    private const int LiteralItem = int.MinValue;

    private readonly string? _list;
    private readonly string? _field;
    private readonly int _project;
    private readonly int _item;

    private PointerSpec(int project, string? list, int item, string? field)
    {
        _project = project;
        _list = list;
        _item = item;
        _field = field;
    }

    /// <summary>Gets the zero-based project index, or -1 for document-level pointers.</summary>
    public int Project => _project == LiteralProject ? -1 : _project;

    /// <summary>A pointer given whole; the project index is read from it.</summary>
    public static PointerSpec Literal(string pointer) =>
        PointerParts.TryParse(pointer, out var project, out _, out _)
            ? new(project, null, LiteralItem, pointer)
            : new(LiteralProject, pointer, -1, null);

    public static PointerSpec ForProject(int project, string? field = null) => new(project, null, -1, field);

    public static PointerSpec ForItem(int project, string list, int item, string? field = null) => new(project, list, item, field);

    public string Build()
    {
        if (_project == LiteralProject)
        {
            return _list!;
        }

        if (_item == LiteralItem)
        {
            return _field!;
        }

        if (_project < 0)
        {
            return _field is null ? string.Empty : "/" + _field;
        }

        var builder = new StringBuilder(48);
        builder.Append("/projects/").Append(_project.ToString(CultureInfo.InvariantCulture));
        if (_list is not null)
        {
            builder.Append('/').Append(_list);
            if (_item >= 0)
            {
                builder.Append('/').Append(_item.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (_field is not null)
        {
            builder.Append('/').Append(_field);
        }

        return builder.ToString();
    }
}

/// <summary>The state shared by the findings of one validation: where their source locations come from.</summary>
internal sealed class ValidationScope
{
    /// <summary>Gets or sets the resolver of source locations; set once, before the report is handed out.</summary>
    public LocationResolver? Locations { get; set; }
}

/// <summary>
/// The text of a finding kept as templates in both languages and their arguments, formatted when first read: in the
/// validator's language for <see cref="Finding.Message"/>, in both for <see cref="Finding.Text"/>. Immutable once the
/// validation that made it has finished.
/// </summary>
internal sealed class FindingText
{
    private readonly ValidationScope _scope;
    private readonly bool _literal;

    public FindingText(ValidationScope scope, PointerSpec pointer, LocalizedText message, LocalizedText? hint, object? a0, object? a1, object? a2, Language culture, bool literal = false)
    {
        _scope = scope;
        _literal = literal;
        Pointer = pointer;
        Message = message;
        Hint = hint;
        A0 = a0;
        A1 = a1;
        A2 = a2;
        Culture = culture;
    }

    public PointerSpec Pointer { get; }

    public LocalizedText Message { get; }

    public LocalizedText? Hint { get; }

    public object? A0 { get; }

    public object? A1 { get; }

    public object? A2 { get; }

    /// <summary>Gets the language of <see cref="FormatMessage()"/> and <see cref="FormatHint()"/>: the validator's.</summary>
    public Language Culture { get; }

    public LocationResolver? Locations => _scope.Locations;

    public string FormatMessage() => Format(Message, Culture);

    public string? FormatHint() => Hint is null ? null : Format(Hint, Culture);

    /// <summary>Formats the message in both languages.</summary>
    public LocalizedText BothMessages() => new(Format(Message, Language.Chinese), Format(Message, Language.English));

    /// <summary>Formats the hint in both languages, or null.</summary>
    public LocalizedText? BothHints() => Hint is null ? null : new(Format(Hint, Language.Chinese), Format(Hint, Language.English));

    public FindingText WithoutHint() => new(_scope, Pointer, Message, null, A0, A1, A2, Culture, _literal);

    private string Format(LocalizedText template, Language language)
    {
        var text = template[language];

        // A template without placeholders (most hints) is its own text: its arguments are not even formatted.
        return _literal || text.AsSpan().IndexOfAny('{', '}') < 0
            ? text
            : string.Format(CultureInfo.InvariantCulture, text, Argument(A0, language), Argument(A1, language), Argument(A2, language));
    }

    private static object? Argument(object? argument, Language language) => argument switch
    {
        ILocalizedArgument localized => localized.Format(language),
        LocalizedText text => text[language],
        _ => argument,
    };
}

/// <summary>Finds the source location of a JSON Pointer. Implementations are thread-safe.</summary>
internal abstract class LocationResolver
{
    public abstract SourceLocation? Find(string pointer);
}

/// <summary>Locations from an importer's <see cref="SourceMap"/>.</summary>
internal sealed class SourceMapLocationResolver : LocationResolver
{
    private readonly SourceMap _map;
    private readonly string? _file;

    public SourceMapLocationResolver(SourceMap map, string? file)
    {
        _map = map;
        _file = file;
    }

    public override SourceLocation? Find(string pointer)
    {
        var location = _map.Find(pointer);
        return location is not null && location.File is null && _file is not null ? location with { File = _file } : location;
    }
}

/// <summary>Splits <c>/projects/{p}/{list}/{i}/…</c> pointers.</summary>
internal static class PointerParts
{
    public static bool TryParse(string pointer, out int project, out string? list, out int item)
    {
        project = -1;
        list = null;
        item = -1;
        const string prefix = "/projects/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = pointer.Substring(prefix.Length).Split('/');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out project))
        {
            return false;
        }

        if (parts.Length > 1)
        {
            list = parts[1];
        }

        if (parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            item = index;
        }

        return true;
    }
}
