namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// Finds which of a fixed set of keywords (two characters or more) occur in a text, in one pass over the text: a
/// 64-kilobit filter on character pairs skips almost every position, and only the pairs that start a keyword are
/// compared. Each keyword carries a bit mask; <see cref="Match"/> returns the union of the masks found.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class KeywordMatcher
{
    private readonly ulong[] _filter = new ulong[1024];
    private readonly Dictionary<int, (string Keyword, ulong Mask)[]> _byPair = [];

    public KeywordMatcher(IEnumerable<(string Keyword, ulong Mask)> keywords)
    {
        var lists = new Dictionary<int, List<(string, ulong)>>();
        foreach (var (keyword, mask) in keywords)
        {
            if (keyword.Length < 2)
            {
                throw new ArgumentException($"Keyword '{keyword}' is shorter than two characters.", nameof(keywords));
            }

            var key = Key(keyword[0], keyword[1]);
            var hash = Hash(keyword[0], keyword[1]);
            _filter[hash >> 6] |= 1UL << (hash & 63);
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add((keyword, mask));
        }

        foreach (var pair in lists)
        {
            _byPair[pair.Key] = [.. pair.Value];
        }
    }

    public ulong Match(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var result = 0UL;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c0 = text[i];
            var c1 = text[i + 1];
            var hash = Hash(c0, c1);
            if ((_filter[hash >> 6] & (1UL << (hash & 63))) == 0 || !_byPair.TryGetValue(Key(c0, c1), out var entries))
            {
                continue;
            }

            foreach (var (keyword, mask) in entries)
            {
                if (keyword.Length == 2 || (i + keyword.Length <= text.Length && string.CompareOrdinal(text, i, keyword, 0, keyword.Length) == 0))
                {
                    result |= mask;
                }
            }
        }

        return result;
    }

    private static int Key(char c0, char c1) => (c0 << 16) | c1;

    private static int Hash(char c0, char c1) => ((c0 * 31) + c1) & 0xFFFF;
}

