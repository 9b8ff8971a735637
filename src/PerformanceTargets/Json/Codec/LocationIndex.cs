using System.Globalization;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using PerformanceTargets.Json.Format;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Codec;

/// <summary>
/// Where every value of a JSON document is, recorded while the document is read: a tree of the objects and arrays
/// (with the shape of each object), and the byte offset of every value. A JSON Pointer is found in it by walking down
/// its tokens (a step per token), and a byte offset becomes a line and a column through a line table built once, on
/// the first question, so that no report ever scans the text again. Immutable and thread-safe once built.
/// </summary>
internal sealed class LocationIndex : SourceLocator
{
    internal const int Absent = -1;

    private static readonly int ProjectsKey = ExchangeFormat.Document.IndexOf("projects");

    /// <summary>The bytes that end a number or a literal: JSON's structural characters and white space.</summary>
#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<byte> ValueEnds = System.Buffers.SearchValues.Create(",}] \t\n\r/"u8);
#else
    private static readonly byte[] ValueEnds = [(byte)',', (byte)'}', (byte)']', (byte)' ', (byte)'\t', (byte)'\n', (byte)'\r', (byte)'/'];
#endif

    private readonly int[] _offset;
    private readonly int[] _end;
    private readonly int[] _parent;
    private readonly int[] _key;
    private readonly int[] _shape;
    private readonly int[] _first;
    private readonly int[] _count;
    private readonly int[] _children;
    private readonly ObjectShape[] _shapes;
    private readonly Dictionary<int, List<KeyValuePair<string, int>>>? _members;
    private readonly byte[]? _source;
    private readonly int _origin;
    private LineTable? _lines;

    internal LocationIndex(int[] offset, int[] end, int[] parent, int[] key, int[] shape, int[] first, int[] count, int[] children, ObjectShape[] shapes, Dictionary<int, List<KeyValuePair<string, int>>>? members, byte[]? source, int origin, string? file, TargetDocument? document)
    {
        _members = members;
        _offset = offset;
        _end = end;
        _parent = parent;
        _key = key;
        _shape = shape;
        _first = first;
        _count = count;
        _children = children;
        _shapes = shapes;
        _source = source;
        _origin = origin;
        File = file;
        Document = document;
    }

    public string? File { get; }

    /// <summary>Gets the document read, used to give locations inside a project table its table and row; null when reading failed.</summary>
    public TargetDocument? Document { get; }

    public int NodeCount => _offset.Length;

    /// <summary>Returns the same index naming another file.</summary>
    public override SourceLocator WithFile(string? file) =>
        new LocationIndex(_offset, _end, _parent, _key, _shape, _first, _count, _children, _shapes, _members, _source, _origin, file, Document) { _lines = _lines };

    /// <summary>Finds the location of a pointer, or of its nearest ancestor that was read; null when not even the root was.</summary>
    public override SourceLocation? Find(string pointer, bool exact) => Find(pointer.AsSpan(), exact);

    /// <summary>Finds the location of a pointer given as characters, or of its nearest ancestor that was read.</summary>
    public override SourceLocation? Find(ReadOnlySpan<char> pointer, bool exact)
    {
        if (_offset.Length == 0)
        {
            // Nothing was read (the root is not an object): the place is the start of the text.
            return _source is null ? null : Locate(0, 0, null, null);
        }

        var node = 0;
        var offset = _offset[0];
        var valueNode = 0;
        var position = 0;
        var matched = true;
        int? project = null;
        int? item = null;
        var list = false;
        var depth = 0;
        while (position < pointer.Length)
        {
            if (pointer[position] != '/' || node < 0)
            {
                matched = false;
                break;
            }

            var end = pointer.Slice(position + 1).IndexOf('/');
            end = end < 0 ? pointer.Length : end + position + 1;
            var token = pointer.Slice(position + 1, end - position - 1);
            var entry = Child(node, token);
            if (entry == Absent)
            {
                matched = false;
                break;
            }

            // /projects/{p}/{list}/{i}: the table and the row.
            if (depth == 1 && node >= 0 && _parent[node] == 0 && _key[node] == ProjectsKey && JsonPointer.ArrayIndex(token) is var p and >= 0)
            {
                project = p;
            }
            else if (depth == 2 && project is not null)
            {
                list = token.SequenceEqual("indicators".AsSpan()) || token.SequenceEqual("periodIndicators".AsSpan());
            }
            else if (depth == 3 && project is not null && list && JsonPointer.ArrayIndex(token) is var row and >= 0)
            {
                item = row;
            }

            depth++;
            if (entry >= 0)
            {
                node = entry;
                offset = _offset[entry];
                valueNode = entry;
            }
            else
            {
                offset = -(entry + 2);
                node = -1;
                valueNode = -1;
            }

            position = end;
        }

        if (exact && !matched)
        {
            return null;
        }

        return Locate(offset, valueNode >= 0 ? _end[valueNode] : 0, project, item);
    }

    /// <summary>Gets the pointer of a node.</summary>
    public string PointerOf(int node)
    {
        if (node <= 0)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        for (var current = node; current > 0; current = _parent[current])
        {
            parts.Add(KeyText(_parent[current], _key[current]));
        }

        parts.Reverse();
        return "/" + string.Join("/", parts);
    }

    /// <summary>Gets the pointer of a node's member: a property (by index, for objects) or an item (for arrays).</summary>
    public string PointerOf(int node, int key) => PointerOf(node) + "/" + KeyText(node, key);

    /// <summary>Gets every value read with its location, ordered by pointer (ordinal).</summary>
    public override IEnumerable<KeyValuePair<string, SourceLocation>> Entries()
    {
        var result = new List<KeyValuePair<string, SourceLocation>>();
        for (var node = 0; node < _offset.Length; node++)
        {
            var pointer = PointerOf(node);
            result.Add(new(pointer, Find(pointer, exact: true)!));
            for (var k = 0; k < _count[node]; k++)
            {
                var entry = _children[_first[node] + k];
                if (entry <= -2)
                {
                    var scalar = pointer + "/" + KeyText(node, k);
                    result.Add(new(scalar, Find(scalar, exact: true)!));
                }
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <summary>Gets the number of values with a location.</summary>
    public override int Count
    {
        get
        {
            var count = _offset.Length;
            foreach (var entry in _children)
            {
                if (entry <= -2)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Gets the pointer of the innermost value that starts at or before a byte offset (for errors that stop the reading).</summary>
    public string PointerAt(int offset)
    {
        var node = -1;
        for (var i = 0; i < _offset.Length && _offset[i] <= offset; i++)
        {
            node = i;
        }

        if (node < 0)
        {
            return string.Empty;
        }

        var best = -1;
        var bestOffset = _offset[node];
        for (var k = 0; k < _count[node]; k++)
        {
            var entry = _children[_first[node] + k];
            if (entry <= -2 && -(entry + 2) <= offset && -(entry + 2) >= bestOffset)
            {
                best = k;
                bestOffset = -(entry + 2);
            }
        }

        return best < 0 ? PointerOf(node) : PointerOf(node, best);
    }

    /// <summary>Converts a 0-based line and a byte position in it (as the reader's exceptions give them) to a byte offset into the JSON.</summary>
    public int OffsetOf(int line, int bytePosition) => _source is null ? bytePosition : Lines.StartOf(line) + bytePosition - _origin;

    /// <summary>Converts a byte offset (into the text after any byte order mark) to a line and column.</summary>
    public (int Line, int Column) LineColumn(int offset) => _source is null ? (0, 0) : Lines.LineColumn(offset + _origin);

    private LineTable Lines => _lines ??= new LineTable(_source!, _origin);

    /// <summary>Locates the value starting at an offset; its end is <paramref name="end"/> when the reader recorded it (objects and arrays read to their end), else found by reading the one value.</summary>
    private SourceLocation Locate(int offset, int end, int? project, int? item)
    {
        var (line, column) = LineColumn(offset);
        var (endLine, endColumn) = _source is null ? (0, 0) : Lines.After(line, column, offset + _origin, (end > offset ? end : EndOf(offset)) + _origin);
        int? table = null;
        int? row = null;
        if (project is { } p && Document is { } document && p < document.Projects.Length)
        {
            table = document.Projects[p].Sequence ?? p + 1;
            row = item + 1;
        }

        return new SourceLocation { File = File, Line = line, Column = column, EndLine = endLine, EndColumn = endColumn, Table = table, Row = row };
    }

    /// <summary>
    /// Finds where the value starting at an offset ends: a string at its closing quote, a number or a literal at the
    /// first byte that cannot be in it; anything else (an object or an array whose end was not recorded) by reading the
    /// one value. The value was read before, so it is well formed.
    /// </summary>
    private int EndOf(int offset)
    {
        if (_source is null)
        {
            return offset;
        }

        var text = _source.AsSpan(_origin + offset);
        if (text.Length > 0 && text[0] == (byte)'"')
        {
            for (var i = 1; i < text.Length;)
            {
                var next = text.Slice(i).IndexOfAny((byte)'"', (byte)'\\');
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (text[i] == (byte)'"')
                {
                    return offset + i + 1;
                }

                i += 2;
            }

            return offset;
        }

        if (text.Length > 0 && text[0] is (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n')
        {
            var length = text.IndexOfAny(ValueEnds);
            return offset + (length < 0 ? text.Length : length);
        }

        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(text, new System.Text.Json.JsonReaderOptions { MaxDepth = 4096 });
            if (!reader.Read())
            {
                return offset;
            }

            reader.Skip();
            return offset + (int)reader.BytesConsumed;
        }
        catch (System.Text.Json.JsonException)
        {
            return offset;
        }
    }

    private int Child(int node, ReadOnlySpan<char> token)
    {
        if (_shape[node] >= 0)
        {
            var shape = _shapes[_shape[node]];
            var escaped = token.IndexOf('~') >= 0;
            var name = escaped ? JsonPointer.Unescape(token.ToString()).AsSpan() : token;
            var index = shape.IndexOf(name);
            if (index >= 0)
            {
                // The object's places stop at its last property present.
                return index < _count[node] ? _children[_first[node] + index] : Absent;
            }

            // An extension (x-) or an unknown property: located at its value.
            if (_members is not null && _members.TryGetValue(node, out var members))
            {
                foreach (var member in members)
                {
                    if (name.SequenceEqual(member.Key.AsSpan()))
                    {
                        return -(member.Value + 2);
                    }
                }
            }

            return Absent;
        }

        var item = JsonPointer.ArrayIndex(token);
        return item < 0 || item >= _count[node] ? Absent : _children[_first[node] + item];
    }

    private string KeyText(int node, int key) =>
        _shape[node] >= 0 ? JsonPointer.Escape(_shapes[_shape[node]].Properties[key].Name) : key.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Lines and UTF-16 columns of byte offsets in UTF-8 text: the starts of the lines, found once, and for long lines (a
/// minified document is one line) the count of UTF-16 units at every 128 bytes (an int for every 128 bytes of a long
/// line), so that a column costs at most 128 bytes of counting, however long its line.
/// </summary>
internal sealed class LineTable
{
    private const int BlockBits = 7;
    private readonly byte[] _text;
    private readonly int[] _starts;
    private int[]? _blocks;

    /// <summary>Builds the table of a text whose first line starts at <paramref name="origin"/> (after a byte order mark).</summary>
    public LineTable(byte[] text, int origin = 0)
    {
        _text = text;
        var span = text.AsSpan(origin);
#if NET8_0_OR_GREATER
        var count = span.Count((byte)'\n');
#else
        var count = 0;
        foreach (var b in span)
        {
            count += b == (byte)'\n' ? 1 : 0;
        }
#endif
        var starts = new int[count + 1];
        starts[0] = origin;
        var line = 1;
        var i = 0;
#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<byte>.Count)
        {
            // Thirty-two bytes at a time: a mask of the line feeds, each set bit a line start (one call per block, not per line).
            var feed = Vector256.Create((byte)'\n');
            ref var first = ref MemoryMarshal.GetReference(span);
            for (; i <= span.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), feed).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    starts[line++] = origin + i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }
#endif

        // The rest (or all of it, without vectors) a byte at a time.
        for (; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                starts[line++] = origin + i + 1;
            }
        }

        _starts = starts;
    }

    /// <summary>Gets the offset where a 0-based line starts (the first line starts after any byte order mark).</summary>
    public int StartOf(int line) => line < _starts.Length ? _starts[Math.Max(line, 0)] : _text.Length;

    /// <summary>
    /// Gets the line and column of <paramref name="end"/>, given those of an earlier offset <paramref name="start"/>: on
    /// the same line (a value's end usually is), the column is counted from there, with no second search.
    /// </summary>
    public (int Line, int Column) After(int line, int column, int start, int end)
    {
        end = Math.Min(end, _text.Length);
        if (line <= 0 || end < start || (line < _starts.Length && end >= _starts[line]))
        {
            return LineColumn(end);
        }

        return end - start <= 1 << BlockBits
            ? (line, column + Utf16Length(_text.AsSpan(start, end - start)))
            : LineColumn(end);
    }

    public (int Line, int Column) LineColumn(int offset)
    {
        offset = Math.Max(_starts[0], Math.Min(offset, _text.Length));
        // The last line starting at or before the offset (the first line starts at _starts[0] <= offset).
        var starts = _starts;
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var index = low;

        var start = _starts[index];
        var column = offset - start <= 1 << BlockBits
            ? Utf16Length(_text.AsSpan(start, offset - start))
            : Utf16Before(offset) - Utf16Before(start);
        return (index + 1, column + 1);
    }

    /// <summary>
    /// Gets the bytes this thread has counted to find columns, since it started: a test reads it to show that a column
    /// costs a bounded amount of counting however long its line (a minified document is one line).
    /// </summary>
    [ThreadStatic]
    internal static long t_counted;

    /// <summary>Counts the UTF-16 units a run of UTF-8 bytes decodes to.</summary>
    internal static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        t_counted += bytes.Length;
        // Lead bytes, not a decoder: a block boundary may fall inside a character. A byte that is not a continuation
        // (10xxxxxx) starts a character of one UTF-16 unit, or of two when it leads four bytes (11110xxx).
        var count = 0;
        var i = 0;
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated && bytes.Length >= Vector128<byte>.Count)
        {
            // Sixteen bytes at a time, as signed bytes: continuations are below -64, four-byte leads -16 to -9.
            var continuation = Vector128.Create((sbyte)-64);
            var fourLow = Vector128.Create((sbyte)-17);
            var fourHigh = Vector128.Create((sbyte)-8);
            ref var first = ref MemoryMarshal.GetReference(bytes);
            for (; i <= bytes.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)i).AsSByte();
                var continuations = Vector128.LessThan(v, continuation).ExtractMostSignificantBits();
                var fours = (Vector128.GreaterThan(v, fourLow) & Vector128.LessThan(v, fourHigh)).ExtractMostSignificantBits();
                count += Vector128<byte>.Count - BitOperations.PopCount(continuations) + BitOperations.PopCount(fours);
            }
        }
#endif
        for (; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if ((b & 0xC0) != 0x80)
            {
                count += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    private int Utf16Before(int offset)
    {
        var blocks = _blocks ??= BuildBlocks();
        var block = offset >> BlockBits;
        var start = block << BlockBits;
        return blocks[block] + Utf16Length(_text.AsSpan(start, offset - start));
    }

    private int[] BuildBlocks()
    {
        var blocks = new int[(_text.Length >> BlockBits) + 1];
        var total = 0;
        for (var block = 0; block < blocks.Length; block++)
        {
            blocks[block] = total;
            var start = block << BlockBits;
            total += Utf16Length(_text.AsSpan(start, Math.Min(1 << BlockBits, _text.Length - start)));
        }

        return blocks;
    }
}

/// <summary>Records the tree of a document's values while it is read; one instance per thread is reused.</summary>
internal sealed class LocationIndexBuilder
{
    private int[] _offset = new int[256];
    private int[] _end = new int[256];
    private int[] _parent = new int[256];
    private int[] _key = new int[256];
    private int[] _shape = new int[256];
    private int[] _first = new int[256];
    private int[] _count = new int[256];
    private int[] _children = new int[1024];
    private int[] _items = new int[256];
    private Dictionary<int, List<KeyValuePair<string, int>>>? _members;
    private int _nodes;
    private int _used;
    private int _stacked;

    public void Reset()
    {
        _members = null;
        _nodes = 0;
        _used = 0;
        _stacked = 0;
    }

    /// <summary>Starts an object node and links it into its parent.</summary>
    public int Object(int offset, int parent, int key, ObjectShape shape)
    {
        var node = NewNode(offset, parent, key, shape.Index);
        var count = shape.Properties.Length;
        if (_used + count > _children.Length)
        {
            System.Array.Resize(ref _children, Math.Max(_children.Length * 2, _used + count));
        }

        _children.AsSpan(_used, count).Fill(LocationIndex.Absent);
        _first[node] = _used;
        _count[node] = count;
        _used += count;
        Link(parent, key, node);
        return node;
    }

    /// <summary>Starts an array node and links it into its parent; its items are linked as they come and fixed by <see cref="EndArray"/>.</summary>
    public int Array(int offset, int parent, int key, out int mark)
    {
        var node = NewNode(offset, parent, key, -1);
        Link(parent, key, node);
        mark = _stacked;
        return node;
    }

    /// <summary>
    /// Ends an object node: records where it ends (the offset after its closing brace) and, when nothing was placed after
    /// its properties, gives back the places of its absent last properties (an indicator uses 6 of its 11, on average).
    /// </summary>
    public void End(int node, int end)
    {
        _end[node] = end;
        var first = _first[node];
        var count = _count[node];
        if (first + count != _used)
        {
            return;
        }

        while (count > 0 && _children[first + count - 1] == LocationIndex.Absent)
        {
            count--;
        }

        _count[node] = count;
        _used = first + count;
    }

    /// <summary>Ends an array node: links its items and records where it ends.</summary>
    public void EndArray(int node, int mark, int end)
    {
        _end[node] = end;
        var count = _stacked - mark;
        if (_used + count > _children.Length)
        {
            System.Array.Resize(ref _children, Math.Max(_children.Length * 2, _used + count));
        }

        _items.AsSpan(mark, count).CopyTo(_children.AsSpan(_used));
        _first[node] = _used;
        _count[node] = count;
        _used += count;
        _stacked = mark;
    }

    /// <summary>Records the offset of the value of a member an object's shape does not know (an extension, an unknown property).</summary>
    public void Member(int node, string name, int offset)
    {
        _members ??= [];
        if (!_members.TryGetValue(node, out var list))
        {
            _members[node] = list = [];
        }

        list.Add(new KeyValuePair<string, int>(name, offset));
    }

    /// <summary>Records the offset of a scalar value: a property of an object node or an item of an array node.</summary>
    public void Scalar(int parent, int key, int offset) => Link(parent, key, -(offset + 2));

    /// <summary>Records the offset of a property's scalar value: <see cref="Scalar"/> when the parent is known to be an object node.</summary>
    public void Property(int node, int key, int offset) => _children[_first[node] + key] = -(offset + 2);

    public LocationIndex Build(byte[]? source, int origin, string? file, TargetDocument? document) => new(
        _offset.AsSpan(0, _nodes).ToArray(),
        _end.AsSpan(0, _nodes).ToArray(),
        _parent.AsSpan(0, _nodes).ToArray(),
        _key.AsSpan(0, _nodes).ToArray(),
        _shape.AsSpan(0, _nodes).ToArray(),
        _first.AsSpan(0, _nodes).ToArray(),
        _count.AsSpan(0, _nodes).ToArray(),
        _children.AsSpan(0, _used).ToArray(),
        ShapeTable.All,
        _members,
        source,
        origin,
        file,
        document);

    private int NewNode(int offset, int parent, int key, int shape)
    {
        if (_nodes == _offset.Length)
        {
            var size = _offset.Length * 2;
            System.Array.Resize(ref _offset, size);
            System.Array.Resize(ref _end, size);
            System.Array.Resize(ref _parent, size);
            System.Array.Resize(ref _key, size);
            System.Array.Resize(ref _shape, size);
            System.Array.Resize(ref _first, size);
            System.Array.Resize(ref _count, size);
        }

        var node = _nodes++;
        _offset[node] = offset;
        _end[node] = 0;
        _parent[node] = parent;
        _key[node] = key;
        _shape[node] = shape;
        _first[node] = 0;
        _count[node] = 0;
        return node;
    }

    private void Link(int parent, int key, int entry)
    {
        if (parent < 0)
        {
            return;
        }

        if (_shape[parent] >= 0)
        {
            _children[_first[parent] + key] = entry;
            return;
        }

        if (_stacked == _items.Length)
        {
            System.Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_stacked++] = entry;
    }
}

/// <summary>Every shape by its index, for the location index.</summary>
internal static class ShapeTable
{
    private static ObjectShape[]? s_all;

    public static ObjectShape[] All => s_all ??= Collect();

    private static ObjectShape[] Collect()
    {
        var shapes = new ObjectShape[ObjectShape.Count];
        var seen = new HashSet<ObjectShape>();
        var queue = new Queue<ObjectShape>();
        queue.Enqueue(ExchangeFormat.Document);
        while (queue.Count > 0)
        {
            var shape = queue.Dequeue();
            if (!seen.Add(shape))
            {
                continue;
            }

            shapes[shape.Index] = shape;
            foreach (var property in shape.Properties.OfType<NestedProperty>())
            {
                queue.Enqueue(property.Shape);
            }
        }

        return shapes;
    }
}
