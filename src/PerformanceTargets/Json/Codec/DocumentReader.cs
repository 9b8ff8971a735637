using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PerformanceTargets.Json.Format;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Codec;

/// <summary>The outcome of one read: the document (null on any error), every error found, and where every value is.</summary>
internal readonly record struct ReadOutcome(TargetDocument? Document, ImmutableArray<JsonReadError> Errors, LocationIndex Locations);

/// <summary>
/// The one reader of the exchange format: a single pass of the <see cref="Utf8JsonReader"/> over the bytes, driven by
/// the description of the format (<see cref="ExchangeFormat"/>), that builds the model, records where every value is
/// (<see cref="LocationIndex"/>) and collects every structural error with its pointer, line and column. A broken
/// constraint does not stop the reading: the value is skipped and the next one read, so that one pass reports them all.
/// Only what leaves the text unreadable (a syntax error, invalid UTF-8, nesting beyond the limit) stops it.
/// </summary>
/// <remarks>Each thread keeps one instance with its scratch state, reused from read to read.</remarks>
internal sealed class DocumentReader
{
    private static readonly FormatProperty VersionProperty = ExchangeFormat.Document.Properties[ExchangeFormat.Document.IndexOf("schemaVersion")];

    [ThreadStatic]
    private static DocumentReader? t_idle;

    private readonly Slots?[] _slots;
    private readonly object?[] _lists;
    private readonly List<string> _strings = [];
    private readonly LocationIndexBuilder _index = new();
    private readonly List<PendingError> _errors = [];
    private readonly StringPool _pool = new();

    private DocumentLimits _limits = DocumentLimits.Default;
    private int _indicators;
    private bool _indicatorsReported;
    private string? _version;
    private int _versionOffset;

    private DocumentReader()
    {
        var shapes = ShapeTable.All.Length;
        _slots = new Slots?[shapes];
        _lists = new object?[shapes];
    }

    /// <summary>Reads a document.</summary>
    /// <param name="json">The JSON, without byte order mark; not blank, not UTF-16.</param>
    /// <param name="source">The array holding the whole input, kept by the location index to find lines on demand; null to copy <paramref name="json"/>.</param>
    /// <param name="origin">Where <paramref name="json"/> starts in <paramref name="source"/> (3 after a byte order mark).</param>
    /// <param name="options">The limits and the file name.</param>
    public static ReadOutcome Read(ReadOnlySpan<byte> json, byte[]? source, int origin, JsonReadOptions options)
    {
        var instance = t_idle ?? new DocumentReader();
        t_idle = null;
        try
        {
            return instance.Run(json, source, origin, options);
        }
        finally
        {
            instance.Clear();
            t_idle = instance;
        }
    }

    private ReadOutcome Run(ReadOnlySpan<byte> json, byte[]? source, int origin, JsonReadOptions options)
    {
        _limits = options.Limits;
        if (source is null)
        {
            source = json.ToArray();
            origin = 0;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            // Our own depth check (SkipValue, extensions) speaks first; the reader's is a backstop.
            MaxDepth = _limits.MaxDepth + 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        TargetDocument? document = null;
        ReadError? fatal = null;
        try
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                document = Object(ExchangeFormat.Document, ref reader, -1, -1);
            }
            else
            {
                _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", -1, -1, null, (int)reader.TokenStartIndex, ReadMessages.WrongType(JsonKind.Object, Found(reader.TokenType))));
                SkipValue(ref reader, -1, -1, null);
            }

            // Nothing but white space may follow the document (the reader throws at anything else).
            if (reader.Read())
            {
                fatal = ReadError.Syntax((int)reader.TokenStartIndex);
            }
        }
        catch (JsonException ex)
        {
            fatal = ReadError.FromException(ex);
        }
        catch (InvalidOperationException)
        {
            // A string that is not UTF-8, or an escaped lone surrogate.
            fatal = ReadError.Decoding((int)reader.TokenStartIndex);
        }
        catch (DepthException depth)
        {
            fatal = ReadError.Depth(depth.Offset, depth.Node, depth.Key, depth.Name);
        }

        var unsupported = fatal is null && _version is not null ? UnsupportedMajor(_version) : null;
        if (fatal is null && unsupported is null && _errors.Count == 0)
        {
            // The usual case: one index, which also maps the model's objects to their places.
            return new ReadOutcome(document, [], _index.Build(source, origin, options.FileName, document));
        }

        var index = _index.Build(source, origin, options.FileName, null);
        var errors = ImmutableArray.CreateBuilder<JsonReadError>();
        if (fatal is { } stop)
        {
            errors.Add(stop.ToError(source, origin, index, options.FileName, _limits));
        }
        else if (unsupported is { } major)
        {
            // Another major version: nothing else said about it would mean anything.
            errors.Clear();
            errors.Add(Locate(new PendingError(JsonReadErrorKind.UnsupportedVersion, null, 0, VersionProperty.Index, null, _versionOffset, ReadMessages.UnsupportedVersion(_version!, major)), index));
            return new ReadOutcome(null, errors.ToImmutable(), index);
        }

        foreach (var error in _errors)
        {
            errors.Add(Locate(error, index));
        }

        return new ReadOutcome(null, errors.ToImmutable(), index);
    }

    private void Clear()
    {
        _errors.Clear();
        _strings.Clear();
        foreach (var list in _lists)
        {
            (list as System.Collections.IList)?.Clear();
        }

        _index.Reset();
        _indicators = 0;
        _indicatorsReported = false;
        _version = null;
        _versionOffset = 0;
    }

    private static JsonReadError Locate(PendingError error, LocationIndex index)
    {
        var pointer = error.Node < 0 ? string.Empty
            : error.Name is not null ? index.PointerOf(error.Node) + "/" + JsonPointer.Escape(error.Name)
            : error.Key >= 0 ? index.PointerOf(error.Node, error.Key)
            : index.PointerOf(error.Node);
        // Located as the source map locates any pointer (a missing property at its object), so that a finding on the same
        // pointer has the same location whoever reports it.
        return new JsonReadError
        {
            Kind = error.Kind,
            Keyword = error.Keyword,
            Pointer = pointer,
            Location = index.Find(pointer, exact: false),
            Text = error.Message.Text,
            HintText = error.Message.Hint,
        };
    }

    private static int? UnsupportedMajor(string version)
    {
        var dot = version.IndexOf('.');
        return dot > 0 && int.TryParse(version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major != TargetJson.SupportedMajorVersion
            ? major
            : null;
    }

    // ---- Objects and lists ------------------------------------------------------------------------------------------

    /// <summary>Reads the object the reader is on (its StartObject) as a <paramref name="shape"/>; null when it or anything in it is wrong.</summary>
    public T? Object<T>(ObjectShape<T> shape, ref Utf8JsonReader reader, int parent, int key)
        where T : class
    {
        CheckDepth(ref reader, parent, key, null);
        var start = (int)reader.TokenStartIndex;
        var node = _index.Object(start, parent, key, shape);
        var slots = _slots[shape.Index] ??= new Slots(shape);
        slots.Reset();
        var errorsBefore = _errors.Count;
        var expected = 0;
        var seen = 0UL;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                _index.End(node, (int)reader.TokenStartIndex + 1);
                break;
            }

            var nameOffset = (int)reader.TokenStartIndex;
            var index = shape.Match(ref reader, ref expected);
            if (index < 0)
            {
                Member(ref reader, node, slots, nameOffset);
                continue;
            }

            var property = shape.Properties[index];
            var bit = 1UL << index;
            Next(ref reader);
            if ((seen & bit) != 0)
            {
                _errors.Add(new PendingError(JsonReadErrorKind.Syntax, null, node, index, null, nameOffset, ReadMessages.Duplicate(property.Name)));
                SkipValue(ref reader, node, index, null);
                continue;
            }

            seen |= bit;
            if (ReferenceEquals(property, VersionProperty) && reader.TokenType == JsonTokenType.String)
            {
                _versionOffset = (int)reader.TokenStartIndex;
            }

            property.Read(ref reader, this, slots, node);
        }

        if ((shape.RequiredMask & ~seen) != 0)
        {
            foreach (var property in shape.Properties)
            {
                if (property.Required && (seen & (1UL << property.Index)) == 0)
                {
                    _errors.Add(new PendingError(JsonReadErrorKind.Schema, "required", node, -1, property.Name, start, ReadMessages.Required(property.Name)));
                }
            }
        }

        // A discriminated object matches one of its cases, whatever else is wrong with it (as the schema's oneOf says).
        if (!shape.Cases.IsDefaultOrEmpty && MatchingCases(shape, slots, seen) != 1)
        {
            var failed = shape.CasesFailed!.Value;
            _errors.Add(new PendingError(JsonReadErrorKind.Schema, "oneOf", node, -1, null, start, new ReadMessage(failed.Message, failed.Hint)));
        }

        if (ReferenceEquals(shape, ExchangeFormat.Document))
        {
            _version = (string?)slots.Reference(VersionProperty.Slot);
        }

        return _errors.Count == errorsBefore ? shape.Create(slots) : null;
    }

    /// <summary>Reads the array the reader is on as a list of <paramref name="shape"/>; null when anything in it is wrong.</summary>
    public TChild[]? ObjectList<TChild>(ObjectShape<TChild> shape, ref Utf8JsonReader reader, int parent, int key, ListLimit limit)
        where TChild : class
    {
        CheckDepth(ref reader, parent, key, null);
        var node = _index.Array((int)reader.TokenStartIndex, parent, key, out var mark);
        var list = (List<TChild>)(_lists[shape.Index] ??= new List<TChild>());
        var first = list.Count;
        var ok = true;
        for (var item = 0; ; item++)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (limit == ListLimit.Projects && item >= _limits.MaxProjects)
            {
                _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, -1, null, (int)reader.TokenStartIndex, ReadMessages.TooManyProjects(_limits.MaxProjects)));
                SkipRest(ref reader, node, item);
                ok = false;
                break;
            }

            if (limit == ListLimit.Indicators && ++_indicators > _limits.MaxIndicators)
            {
                if (!_indicatorsReported)
                {
                    _indicatorsReported = true;
                    _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, item, null, (int)reader.TokenStartIndex, ReadMessages.TooManyIndicators(_limits.MaxIndicators)));
                }

                SkipRest(ref reader, node, item);
                ok = false;
                break;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                _index.Scalar(node, item, (int)reader.TokenStartIndex);
                _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, item, null, (int)reader.TokenStartIndex, ReadMessages.WrongType(JsonKind.Object, Found(reader.TokenType))));
                SkipValue(ref reader, node, item, null);
                ok = false;
                continue;
            }

            var child = Object(shape, ref reader, node, item);
            if (child is null)
            {
                ok = false;
            }
            else if (ok)
            {
                list.Add(child);
            }
        }

        _index.EndArray(node, mark, (int)reader.TokenStartIndex + 1);
        return ok ? Drain(list, first) : Discard(list, first);
    }

    /// <summary>Reads the array the reader is on as a list of strings; null when an item is not a string.</summary>
    public string[]? StringList(ref Utf8JsonReader reader, int parent, int key)
    {
        CheckDepth(ref reader, parent, key, null);
        var node = _index.Array((int)reader.TokenStartIndex, parent, key, out var mark);
        var first = _strings.Count;
        var ok = true;
        for (var item = 0; NextStringItem(ref reader, node, item, out var offset, ref ok) is var next && next != StringItem.End; item++)
        {
            if (next == StringItem.Skipped)
            {
                continue;
            }

            var text = _pool.Get(ref reader);
            if (text.Length > _limits.MaxStringLength)
            {
                _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, item, null, offset, ReadMessages.StringTooLong(text.Length, _limits.MaxStringLength)));
                ok = false;
            }
            else if (ok)
            {
                _strings.Add(text);
            }
        }

        _index.EndArray(node, mark, (int)reader.TokenStartIndex + 1);
        return ok ? Drain(_strings, first) : Discard(_strings, first);
    }

    // ---- Lists of enumerated values (format 1.1, called by EnumListProperty.Read) -------------------------------------

    /// <summary>
    /// Reads the array the reader is on as a list of spellings: the index of each item among <paramref name="allowed"/>;
    /// null when an item is not a string or not an allowed spelling (recorded at the item).
    /// </summary>
    public int[]? SpellingList(ref Utf8JsonReader reader, int parent, int key, SpellingFinder find, IReadOnlyList<string> allowed)
    {
        CheckDepth(ref reader, parent, key, null);
        var node = _index.Array((int)reader.TokenStartIndex, parent, key, out var mark);
        List<int>? indexes = null;
        var ok = true;
        for (var item = 0; NextStringItem(ref reader, node, item, out var offset, ref ok) is var next && next != StringItem.End; item++)
        {
            if (next == StringItem.Skipped)
            {
                continue;
            }

            var index = find(ref reader);
            if (index < 0)
            {
                _errors.Add(new PendingError(JsonReadErrorKind.Schema, "enum", node, item, null, offset, ReadMessages.NotAllowed(ReadMessages.Quote(_pool.Get(ref reader)), allowed)));
                ok = false;
            }
            else if (ok)
            {
                (indexes ??= []).Add(index);
            }
        }

        _index.EndArray(node, mark, (int)reader.TokenStartIndex + 1);
        return ok ? indexes?.ToArray() ?? [] : null;
    }

    /// <summary>
    /// Moves to the next item of an array of strings and records where it is: <see cref="StringItem.End"/> at the end of
    /// the array (the reader on its EndArray), <see cref="StringItem.Skipped"/> for an item that is not a string
    /// (recorded as an error, skipped, and <paramref name="ok"/> cleared), else <see cref="StringItem.String"/>.
    /// </summary>
    private StringItem NextStringItem(ref Utf8JsonReader reader, int node, int item, out int offset, ref bool ok)
    {
        Next(ref reader);
        offset = (int)reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return StringItem.End;
        }

        _index.Scalar(node, item, offset);
        if (reader.TokenType != JsonTokenType.String)
        {
            _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, item, null, offset, ReadMessages.WrongType(JsonKind.String, Found(reader.TokenType))));
            SkipValue(ref reader, node, item, null);
            ok = false;
            return StringItem.Skipped;
        }

        return StringItem.String;
    }

    // ---- Values of properties (called by FormatProperty.Read) ------------------------------------------------------

    /// <summary>Reads a string value; null when null (allowed for optional properties) or wrong (the error recorded).</summary>
    /// <remarks>Inlined into each string property's read: the errors are recorded out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Text(ref Utf8JsonReader reader, FormatProperty property, int node)
    {
        var offset = (int)reader.TokenStartIndex;
        _index.Property(node, property.Index, offset);
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = _pool.Get(ref reader);
            if (text.Length > _limits.MaxStringLength)
            {
                StringTooLong(node, property, offset, text.Length);
                return null;
            }

            return text;
        }

        if (reader.TokenType != JsonTokenType.Null || property.Required)
        {
            WrongType(ref reader, property, node);
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StringTooLong(int node, FormatProperty property, int offset, int length) =>
        _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, property.Index, null, offset, ReadMessages.StringTooLong(length, _limits.MaxStringLength)));

    public int? Integer(ref Utf8JsonReader reader, FormatProperty property, int node)
    {
        var offset = (int)reader.TokenStartIndex;
        _index.Property(node, property.Index, offset);
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var value))
                {
                    return value;
                }

                _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, property.Index, null, offset, ReadMessages.NotInteger(NumberText(ref reader))));
                return null;
            case JsonTokenType.Null when !property.Required:
                return null;
            default:
                WrongType(ref reader, property, node);
                return null;
        }
    }

    public decimal? Decimal(ref Utf8JsonReader reader, FormatProperty property, int node)
    {
        var offset = (int)reader.TokenStartIndex;
        _index.Property(node, property.Index, offset);
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                switch (Numbers.ReadDecimal(ref reader, out var value))
                {
                    case NumberStatus.Exact:
                        return value;
                    case NumberStatus.OutOfRange:
                        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, property.Index, null, offset, ReadMessages.NumberOutOfRange(NumberText(ref reader))));
                        return null;
                    default:
                        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, property.Index, null, offset, ReadMessages.NotExact(NumberText(ref reader))));
                        return null;
                }

            case JsonTokenType.Null when !property.Required:
                return null;
            default:
                WrongType(ref reader, property, node);
                return null;
        }
    }

    /// <summary>Gets whether the value of an enumerated property is a string to look up (false for null or a wrong type, recorded).</summary>
    public bool EnumToken(ref Utf8JsonReader reader, FormatProperty property, int node)
    {
        _index.Property(node, property.Index, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return true;
            case JsonTokenType.Null when !property.Required:
                return false;
            default:
                WrongType(ref reader, property, node);
                return false;
        }
    }

    /// <summary>Gets whether the value is the object or array expected (false for null or a wrong type, recorded).</summary>
    public bool Container(ref Utf8JsonReader reader, FormatProperty property, int node, JsonTokenType expected, Slots slots)
    {
        if (reader.TokenType == expected)
        {
            return true;
        }

        _index.Property(node, property.Index, (int)reader.TokenStartIndex);
        if (reader.TokenType == JsonTokenType.Null && !property.Required)
        {
            return false;
        }

        WrongType(ref reader, property, node);
        return false;
    }

    public void TooShort(int node, FormatProperty property, ref Utf8JsonReader reader) =>
        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "minLength", node, property.Index, null, (int)reader.TokenStartIndex, ReadMessages.Empty(property.Name)));

    public void PatternMismatch(int node, FormatProperty property, FormatPattern pattern, string text, ref Utf8JsonReader reader) =>
        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "pattern", node, property.Index, null, (int)reader.TokenStartIndex, ReadMessages.Pattern(ReadMessages.Quote(text), pattern.Meaning)));

    public void NotAllowed(int node, EnumProperty property, ref Utf8JsonReader reader) =>
        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "enum", node, property.Index, null, (int)reader.TokenStartIndex, ReadMessages.NotAllowed(ReadMessages.Quote(_pool.Get(ref reader)), property.Allowed)));

    /// <summary>Gets whether a number read is within a property's bounds; records the error when it is not.</summary>
    public bool InRange(int node, FormatProperty property, decimal value, decimal? minimum, decimal? maximum, ref Utf8JsonReader reader)
    {
        if (value < minimum)
        {
            OutOfRange(node, property, value, minimum.Value, below: true, ref reader);
            return false;
        }

        if (value > maximum)
        {
            OutOfRange(node, property, value, maximum.Value, below: false, ref reader);
            return false;
        }

        return true;
    }

    private void OutOfRange(int node, FormatProperty property, decimal value, decimal limit, bool below, ref Utf8JsonReader reader) =>
        _errors.Add(new PendingError(JsonReadErrorKind.Schema, below ? "minimum" : "maximum", node, property.Index, null, (int)reader.TokenStartIndex, ReadMessages.OutOfRange(value.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture), below)));

    // ---- Members that are not properties of the shape ----------------------------------------------------------------

    /// <summary>Reads a member the shape does not know: an extension (x-) kept with its value, anything else an error.</summary>
    private void Member(ref Utf8JsonReader reader, int node, Slots slots, int nameOffset)
    {
        var name = reader.GetString()!;
        Next(ref reader);
        if (!ExtensionData.IsExtensionName(name))
        {
            _index.Member(node, name, (int)reader.TokenStartIndex);
            _errors.Add(new PendingError(JsonReadErrorKind.Schema, "additionalProperties", node, -1, name, nameOffset, ReadMessages.Unknown(name)));
            SkipValue(ref reader, node, -1, name);
            return;
        }

        var extra = slots.Extra ??= [];
        if (!slots.AddExtensionName(name))
        {
            _errors.Add(new PendingError(JsonReadErrorKind.Syntax, null, node, -1, name, nameOffset, ReadMessages.Duplicate(name)));
            SkipValue(ref reader, node, -1, name);
            return;
        }

        // Check the value first on a copy of the reader (depth, strings' encoding and length), then keep it.
        _index.Member(node, name, (int)reader.TokenStartIndex);
        var probe = reader;
        if (!Inspect(ref probe, node, name, nameOffset) || name.Length > _limits.MaxStringLength)
        {
            if (name.Length > _limits.MaxStringLength)
            {
                _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, -1, name, nameOffset, ReadMessages.StringTooLong(name.Length, _limits.MaxStringLength)));
            }

            SkipValue(ref reader, node, -1, name);
            return;
        }

        extra.Add(new KeyValuePair<string, JsonElement>(name, JsonElement.ParseValue(ref reader)));
    }

    /// <summary>
    /// Walks an extension value: nesting within the limit, every string and property name strict UTF-8 (decoding throws
    /// otherwise) and within the string limit. False when a string is too long (recorded).
    /// </summary>
    private bool Inspect(ref Utf8JsonReader reader, int node, string name, int nameOffset)
    {
        var depth = reader.CurrentDepth;
        var ok = true;
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    CheckDepth(ref reader, node, -1, name);
                    break;
                case JsonTokenType.String:
                case JsonTokenType.PropertyName:
                    var text = reader.GetString()!;
                    if (text.Length > _limits.MaxStringLength && ok)
                    {
                        _errors.Add(new PendingError(JsonReadErrorKind.LimitExceeded, null, node, -1, name, (int)reader.TokenStartIndex, ReadMessages.StringTooLong(text.Length, _limits.MaxStringLength)));
                        ok = false;
                    }

                    break;
            }

            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                break;
            }
        }
        while (reader.Read());

        return ok;
    }

    private void WrongType(ref Utf8JsonReader reader, FormatProperty property, int node)
    {
        _errors.Add(new PendingError(JsonReadErrorKind.Schema, "type", node, property.Index, null, (int)reader.TokenStartIndex, ReadMessages.WrongType(property.Kind, Found(reader.TokenType))));
        SkipValue(ref reader, node, property.Index, null);
    }

    /// <summary>Skips the value the reader is on (a member of <paramref name="node"/>), checking the depth of what it skips.</summary>
    private void SkipValue(ref Utf8JsonReader reader, int node, int key, string? name)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        CheckDepth(ref reader, node, key, name);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref reader, node, key, name);
            }
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }
        }
    }

    /// <summary>Skips the rest of the array the reader is in, from the item it is on.</summary>
    private void SkipRest(ref Utf8JsonReader reader, int node, int item)
    {
        while (true)
        {
            SkipValue(ref reader, node, item, null);
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }
        }
    }

    /// <summary>Stops the reading at a container nested beyond the limit; the place is a member of <paramref name="node"/>.</summary>
    private void CheckDepth(ref Utf8JsonReader reader, int node, int key, string? name)
    {
        if (reader.CurrentDepth + 1 > _limits.MaxDepth)
        {
            throw new DepthException((int)reader.TokenStartIndex, node, key, name);
        }
    }

    /// <summary>
    /// Counts the cases a discriminated object matches, as the schema's <c>oneOf</c> counts them: a case matches when
    /// its discriminator is absent or has the case's value, and the property the case needs has a value of its type.
    /// </summary>
    private static int MatchingCases(ObjectShape shape, Slots slots, ulong seen)
    {
        var matches = 0;
        foreach (var @case in shape.Cases)
        {
            var discriminator = (EnumProperty)@case.Discriminator;
            var absent = (seen & (1UL << discriminator.Index)) == 0;
            if ((absent || string.Equals(discriminator.TextOf(slots), @case.Value, StringComparison.Ordinal)) && slots.Has(@case.Needs))
            {
                matches++;
            }
        }

        return matches;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            Ended(ref reader);
        }
    }

    /// <summary>The input ended inside a value: the reader reports this on the next read as a syntax error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Ended(ref Utf8JsonReader reader) => throw new JsonException("The input ends too early.", null, null, reader.BytesConsumed);

    private static string NumberText(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.ASCII.GetString(span);
        return ReadMessages.Excerpt(text);
    }

    internal static string Found(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "a value",
    };

    private static T[] Drain<T>(List<T> scratch, int start)
    {
        var count = scratch.Count - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        scratch.CopyTo(start, items, 0, count);
        scratch.RemoveRange(start, count);
        return items;
    }

    private static T[]? Discard<T>(List<T> scratch, int start)
    {
        scratch.RemoveRange(start, scratch.Count - start);
        return null;
    }

    /// <summary>An error found while reading, kept as parts until the reading ends: the node (and member) and the byte offset.</summary>
    private readonly record struct PendingError(JsonReadErrorKind Kind, string? Keyword, int Node, int Key, string? Name, int Offset, ReadMessage Message);

    /// <summary>Nesting beyond the limit: stops the reading.</summary>
    private sealed class DepthException(int offset, int node, int key, string? name) : Exception
    {
        public int Offset { get; } = offset;

        public int Node { get; } = node;

        public int Key { get; } = key;

        public string? Name { get; } = name;
    }
}

/// <summary>What <c>DocumentReader.NextStringItem</c> found in an array of strings.</summary>
internal enum StringItem
{
    /// <summary>The end of the array.</summary>
    End,

    /// <summary>An item that is not a string: recorded as an error and skipped.</summary>
    Skipped,

    /// <summary>A string, the reader on it.</summary>
    String,
}
