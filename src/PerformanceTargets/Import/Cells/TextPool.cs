namespace PerformanceTargets.Import.Cells;

/// <summary>
/// One string for each short cell text a reader meets again and again (一级指标 names, units, "≥95%", the basis of a
/// target): a large table then holds each once instead of once a row. Bounded: past 65,536 texts, new ones are not kept.
/// </summary>
/// <remarks>Not thread-safe; one per reader run.</remarks>
internal sealed class TextPool
{
    private const int MaxLength = 32;
    private const int MaxEntries = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public TextPool() => _spans = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Gets the text of <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public string Get(string source, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

#if NET9_0_OR_GREATER
        if (_spans.TryGetValue(source.AsSpan(start, length), out var pooled))
        {
            return pooled;
        }

        return Keep(source.Substring(start, length));
#else
        return Get(source.Substring(start, length));
#endif
    }

    /// <summary>Gets the pooled instance of <paramref name="text"/>.</summary>
    public string Get(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text;
        }

        return _strings.TryGetValue(text, out var pooled) ? pooled : Keep(text);
    }

    private string Keep(string text)
    {
        if (_strings.Count < MaxEntries)
        {
            _strings[text] = text;
        }

        return text;
    }
}
