using System.Globalization;
#if NET8_0_OR_GREATER
using System.Text;
#endif
using PerformanceTargets.Internal;

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

        using var buffer = new CharBuffer(64);
        AppendTo(buffer);
        return buffer.ToString();
    }

    /// <summary>Writes the pointer's characters (the text <see cref="Build"/> returns) at the end of a buffer.</summary>
    public void AppendTo(CharBuffer buffer)
    {
        if (_project == LiteralProject)
        {
            buffer.Append(_list);
            return;
        }

        if (_item == LiteralItem)
        {
            buffer.Append(_field);
            return;
        }

        if (_project >= 0)
        {
            buffer.Append("/projects/");
            buffer.Append(_project);
            if (_list is not null)
            {
                buffer.Append('/');
                buffer.Append(_list);
                if (_item >= 0)
                {
                    buffer.Append('/');
                    buffer.Append(_item);
                }
            }
        }

        if (_field is not null)
        {
            buffer.Append('/');
            buffer.Append(_field);
        }
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

    public string FormatMessage() => Format(Message, Culture, A0, A1, A2, _literal);

    public string? FormatHint() => Hint is null ? null : Format(Hint, Culture, A0, A1, A2, _literal);

    /// <summary>Formats the message in both languages.</summary>
    public LocalizedText BothMessages() => new(Format(Message, Language.Chinese, A0, A1, A2, _literal), Format(Message, Language.English, A0, A1, A2, _literal));

    /// <summary>Formats the hint in both languages, or null.</summary>
    public LocalizedText? BothHints() => Hint is null ? null : new(Format(Hint, Language.Chinese, A0, A1, A2, _literal), Format(Hint, Language.English, A0, A1, A2, _literal));

    public FindingText WithoutHint() => new(_scope, Pointer, Message, null, A0, A1, A2, Culture, _literal);

    /// <summary>Formats a template in a language with its arguments; a literal text, or a template without placeholders (most hints), is its own text.</summary>
    public static string Format(LocalizedText template, Language language, object? a0, object? a1, object? a2, bool literal = false)
    {
        var text = template[language];
        return literal || !HasPlaceholders(text) ? text : MessageTemplates.Format(text, language, a0, a1, a2);
    }

    /// <summary>Writes what <see cref="Format"/> returns at the end of a buffer, without making a string.</summary>
    public static void AppendFormatted(CharBuffer buffer, LocalizedText template, Language language, object? a0, object? a1, object? a2, bool literal = false)
    {
        var text = template[language];
        if (literal || !HasPlaceholders(text))
        {
            buffer.Append(text);
        }
        else
        {
            MessageTemplates.Append(buffer, text, language, a0, a1, a2);
        }
    }

    /// <summary>Gets whether a template is its own text (it has no placeholders, so <see cref="Format"/> returns it as it is).</summary>
    public static bool IsFixed(string template) => !HasPlaceholders(template);

    private static bool HasPlaceholders(string text) => text.AsSpan().IndexOfAny('{', '}') >= 0;
}

/// <summary>
/// Formats message templates (<c>{0}</c>–<c>{2}</c>, invariant culture) as <see cref="string.Format(IFormatProvider, string, object[])"/>
/// does. An argument is formatted only when its template uses it (a hint often names one of the message's three), and
/// one that knows both languages (<see cref="ILocalizedArgument"/>, a <see cref="LocalizedText"/>) in the template's
/// language. On .NET 8 and later each template is parsed once (<c>CompositeFormat</c>, kept per template) and written
/// straight into a buffer, numbers formatted in place.
/// </summary>
internal static class MessageTemplates
{
    public static string Format(string template, Language language, object? a0, object? a1, object? a2)
    {
        var parsed = Of(template);
        var uses = parsed.Uses;
#if NET8_0_OR_GREATER
        return string.Format(CultureInfo.InvariantCulture, parsed.Format, Argument(a0, language, uses, 0), Argument(a1, language, uses, 1), Argument(a2, language, uses, 2));
#else
        return string.Format(CultureInfo.InvariantCulture, template, Argument(a0, language, uses, 0), Argument(a1, language, uses, 1), Argument(a2, language, uses, 2));
#endif
    }

    public static void Append(CharBuffer buffer, string template, Language language, object? a0, object? a1, object? a2)
    {
#if NET8_0_OR_GREATER
        var parsed = Of(template);
        var uses = parsed.Uses;
        var b0 = Argument(a0, language, uses, 0);
        var b1 = Argument(a1, language, uses, 1);
        var b2 = Argument(a2, language, uses, 2);
        var size = template.Length + 64;
        while (true)
        {
            if (buffer.Free(size).TryWrite(CultureInfo.InvariantCulture, parsed.Format, out var written, b0, b1, b2))
            {
                buffer.Advance(written);
                return;
            }

            size *= 2;
        }
#else
        buffer.Append(Format(template, language, a0, a1, a2));
#endif
    }

    private static object? Argument(object? argument, Language language, int uses, int index) =>
        (uses & (1 << index)) == 0 ? null : argument switch
        {
            ILocalizedArgument localized => localized.Format(language),
            LocalizedText text => text[language],
            _ => argument,
        };

    /// <summary>Which of the arguments a template names: bit <c>i</c> for <c>{i</c>.</summary>
    private static int Uses(string template)
    {
        var uses = 0;
        for (var i = template.IndexOf('{'); i >= 0 && i + 1 < template.Length; i = template.IndexOf('{', i + 1))
        {
            if (template[i + 1] is >= '0' and <= '2')
            {
                uses |= 1 << (template[i + 1] - '0');
            }
        }

        return uses;
    }

#if NET8_0_OR_GREATER
    private const int MaxCached = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Parsed> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets a template parsed; templates are the rules' constants, so the cache stays small (and stops growing past a bound).</summary>
    private static Parsed Of(string template)
    {
        if (Cache.TryGetValue(template, out var parsed))
        {
            return parsed;
        }

        parsed = new Parsed(CompositeFormat.Parse(template), Uses(template));
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(template, parsed);
        }

        return parsed;
    }

    private sealed record Parsed(CompositeFormat Format, int Uses);
#else
    private static Parsed Of(string template) => new(Uses(template));

    private readonly record struct Parsed(int Uses);
#endif
}

/// <summary>Finds the source location of a JSON Pointer. Implementations are thread-safe.</summary>
internal abstract class LocationResolver
{
    public abstract SourceLocation? Find(string pointer);

    /// <summary>Finds the location of a pointer given as characters (a writer's buffer); the same as <see cref="Find(string)"/>.</summary>
    public virtual SourceLocation? Find(ReadOnlySpan<char> pointer) => Find(pointer.ToString());
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

    public override SourceLocation? Find(string pointer) => WithFile(_map.Find(pointer));

    public override SourceLocation? Find(ReadOnlySpan<char> pointer) => WithFile(_map.Find(pointer));

    private SourceLocation? WithFile(SourceLocation? location) =>
        location is not null && location.File is null && _file is not null ? location with { File = _file } : location;
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
