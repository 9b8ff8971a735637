using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PerformanceTargets.Json.Codec;

namespace PerformanceTargets.Json.Format;

/// <summary>The JSON type a property's value has (without null).</summary>
internal enum JsonKind
{
    String,
    Integer,
    Number,
    Object,
    Array,
}

/// <summary>
/// One property of an object of the format: its JSON name, its titles, whether it is required, its type and
/// constraints, how it is read into the slots of its object and written from the model. Subclasses are the kinds of
/// value the format has.
/// </summary>
internal abstract class FormatProperty
{
    protected FormatProperty(string name, LocalizedText title, LocalizedText description, bool required)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        Title = title;
        Description = description;
        Required = required;
    }

    public string Name { get; }

    public byte[] Utf8Name { get; }

    public LocalizedText Title { get; }

    public LocalizedText Description { get; }

    /// <summary>Gets whether the property must be present and not null.</summary>
    public bool Required { get; }

    /// <summary>Gets the property's index in its shape.</summary>
    public int Index { get; internal set; }

    /// <summary>Gets the property's slot in its shape's reference or number slots.</summary>
    public int Slot { get; internal set; }

    /// <summary>Gets the JSON type of the value.</summary>
    public abstract JsonKind Kind { get; }

    internal virtual bool UsesNumberSlot => false;

    /// <summary>
    /// Reads the value the reader is on into <paramref name="slots"/>; a wrong type, a broken constraint or a limit is
    /// recorded as an error on <paramref name="context"/> and the value skipped.
    /// </summary>
    public abstract void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node);
}

/// <summary>The constraints of a string property, for the schema.</summary>
internal interface IStringConstraints
{
    int MinLength { get; }

    FormatPattern? Pattern { get; }
}

/// <summary>The bounds of a number property, for the schema.</summary>
internal interface INumberConstraints
{
    decimal? Minimum { get; }

    decimal? Maximum { get; }
}

/// <summary>The items of a list of strings, for the schema.</summary>
internal interface IStringList
{
    LocalizedText ItemTitle { get; }

    LocalizedText ItemDescription { get; }
}

/// <summary>The items of a list of enumerated values, for the schema.</summary>
internal interface IEnumList
{
    IReadOnlyList<string> Allowed { get; }

    LocalizedText ItemTitle { get; }

    LocalizedText ItemDescription { get; }
}

/// <summary>Finds the index of the reader's current string among a property's spellings, or -1.</summary>
internal delegate int SpellingFinder(ref Utf8JsonReader reader);

internal sealed class StringProperty<TOwner> : FormatProperty, IWritable<TOwner>, IStringConstraints
{
    private readonly Func<TOwner, string?> _get;

    public StringProperty(string name, LocalizedText title, LocalizedText description, bool required, Func<TOwner, string?> get, int minLength, FormatPattern? pattern, bool writeNull)
        : base(name, title, description, required)
    {
        _get = get;
        MinLength = minLength;
        Pattern = pattern;
        WriteNull = writeNull;
    }

    public override JsonKind Kind => JsonKind.String;

    public int MinLength { get; }

    public FormatPattern? Pattern { get; }

    /// <summary>Gets whether a null value is written as <c>null</c> rather than left out.</summary>
    public bool WriteNull { get; }

    public string? Of(Slots slots) => (string?)slots.Reference(Slot);

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Text(ref reader, this, node) is not { } text)
        {
            return;
        }

        if (text.Length < MinLength)
        {
            context.TooShort(node, this, ref reader);
        }
        else if (Pattern is not null && !Pattern.IsMatch(text))
        {
            context.PatternMismatch(node, this, Pattern, text, ref reader);
        }
        else
        {
            slots.SetReference(this, text);
        }
    }

    public void Write(DocumentWriter writer, TOwner owner) => writer.String(Utf8Name, _get(owner), WriteNull);
}

internal sealed class IntegerProperty<TOwner> : FormatProperty, IWritable<TOwner>, INumberConstraints
{
    private readonly Func<TOwner, int?> _get;

    public IntegerProperty(string name, LocalizedText title, LocalizedText description, bool required, Func<TOwner, int?> get, int? minimum, int? maximum)
        : base(name, title, description, required)
    {
        _get = get;
        Minimum = minimum;
        Maximum = maximum;
    }

    public override JsonKind Kind => JsonKind.Integer;

    public int? Minimum { get; }

    public int? Maximum { get; }

    decimal? INumberConstraints.Minimum => Minimum;

    decimal? INumberConstraints.Maximum => Maximum;

    internal override bool UsesNumberSlot => true;

    public int? Of(Slots slots) => slots.NumberOf(this) is { } value ? (int)value : null;

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Integer(ref reader, this, node) is { } value && context.InRange(node, this, value, Minimum, Maximum, ref reader))
        {
            slots.SetNumber(this, value);
        }
    }

    public void Write(DocumentWriter writer, TOwner owner) => writer.Integer(Utf8Name, _get(owner));
}

internal sealed class DecimalProperty<TOwner> : FormatProperty, IWritable<TOwner>, INumberConstraints
{
    private readonly Func<TOwner, decimal?> _get;

    public DecimalProperty(string name, LocalizedText title, LocalizedText description, bool required, Func<TOwner, decimal?> get, decimal? minimum, decimal? maximum)
        : base(name, title, description, required)
    {
        _get = get;
        Minimum = minimum;
        Maximum = maximum;
    }

    public override JsonKind Kind => JsonKind.Number;

    public decimal? Minimum { get; }

    public decimal? Maximum { get; }

    internal override bool UsesNumberSlot => true;

    public decimal? Of(Slots slots) => slots.NumberOf(this);

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Decimal(ref reader, this, node) is { } value && context.InRange(node, this, value, Minimum, Maximum, ref reader))
        {
            slots.SetNumber(this, value);
        }
    }

    public void Write(DocumentWriter writer, TOwner owner) => writer.Decimal(Utf8Name, _get(owner));
}

/// <summary>
/// A string property with a fixed set of allowed spellings, each standing for a model value; read as the index of its
/// spelling. <see cref="EnumProperty{TOwner, TValue}"/> maps to an enum, <see cref="ChoiceProperty{TOwner, TValue}"/> to
/// one of a few objects.
/// </summary>
internal abstract class EnumProperty : FormatProperty
{
    protected EnumProperty(string name, LocalizedText title, LocalizedText description, bool required)
        : base(name, title, description, required)
    {
    }

    public override JsonKind Kind => JsonKind.String;

    /// <summary>Gets the allowed spellings, in schema order.</summary>
    public abstract IReadOnlyList<string> Allowed { get; }

    internal override bool UsesNumberSlot => true;

    /// <summary>Gets the index of the spelling read into <paramref name="slots"/>, or -1.</summary>
    public int IndexOf(Slots slots) => slots.NumberOf(this) is { } index ? (int)index : -1;

    /// <summary>Gets the spelling read into <paramref name="slots"/>, or null.</summary>
    public string? TextOf(Slots slots) => IndexOf(slots) is var index and >= 0 ? Allowed[index] : null;

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (!context.EnumToken(ref reader, this, node))
        {
            return;
        }

        var index = Find(ref reader);
        if (index < 0)
        {
            context.NotAllowed(node, this, ref reader);
        }
        else
        {
            slots.SetNumber(this, index);
        }
    }

    protected abstract int Find(ref Utf8JsonReader reader);
}

/// <summary>An enumerated property whose spellings stand for values of <typeparamref name="TValue"/>.</summary>
internal abstract class SpelledProperty<TValue> : EnumProperty
    where TValue : notnull
{
    protected SpelledProperty(string name, LocalizedText title, LocalizedText description, bool required, Spellings<TValue> spellings)
        : base(name, title, description, required)
    {
        Spellings = spellings;
        Allowed = [.. spellings.Texts];
    }

    public override IReadOnlyList<string> Allowed { get; }

    protected Spellings<TValue> Spellings { get; }

    protected override int Find(ref Utf8JsonReader reader) => Spellings.Find(ref reader);
}

/// <summary>An enumerated property of an enum type (null when absent).</summary>
internal sealed class EnumProperty<TOwner, TValue> : SpelledProperty<TValue>, IWritable<TOwner>
    where TValue : struct, Enum
{
    private readonly Func<TOwner, TValue?> _get;

    public EnumProperty(string name, LocalizedText title, LocalizedText description, bool required, Spellings<TValue> spellings, Func<TOwner, TValue?> get)
        : base(name, title, description, required, spellings) => _get = get;

    /// <summary>Gets the value read, or null when absent or null.</summary>
    public TValue? Of(Slots slots) => IndexOf(slots) is var index and >= 0 ? Spellings.ValueAt(index) : null;

    public void Write(DocumentWriter writer, TOwner owner)
    {
        if (_get(owner) is { } value)
        {
            writer.String(Utf8Name, Spellings.TextOf(value), writeNull: false);
        }
    }
}

/// <summary>An enumerated property whose values are objects (null when absent).</summary>
internal sealed class ChoiceProperty<TOwner, TValue> : SpelledProperty<TValue>, IWritable<TOwner>
    where TValue : class
{
    private readonly Func<TOwner, TValue?> _get;

    public ChoiceProperty(string name, LocalizedText title, LocalizedText description, bool required, Spellings<TValue> spellings, Func<TOwner, TValue?> get)
        : base(name, title, description, required, spellings) => _get = get;

    /// <summary>Gets the value read, or null when absent or null.</summary>
    public TValue? Of(Slots slots) => IndexOf(slots) is var index and >= 0 ? Spellings.ValueAt(index) : null;

    public void Write(DocumentWriter writer, TOwner owner)
    {
        if (_get(owner) is { } value)
        {
            writer.String(Utf8Name, Spellings.TextOf(value), writeNull: false);
        }
    }
}

/// <summary>Writes a property from its owner; implemented by every property kind (enums implement it beside their non-generic base).</summary>
internal interface IWritable<TOwner>
{
    void Write(DocumentWriter writer, TOwner owner);
}

/// <summary>A property whose value is an object of another shape.</summary>
internal abstract class NestedProperty : FormatProperty
{
    protected NestedProperty(string name, LocalizedText title, LocalizedText description, bool required)
        : base(name, title, description, required)
    {
    }

    /// <summary>Gets the shape of the nested object (or of the list's items).</summary>
    public abstract ObjectShape Shape { get; }
}

internal sealed class ObjectProperty<TOwner, TChild> : NestedProperty, IWritable<TOwner>
    where TChild : class
{
    private readonly Func<TOwner, TChild?> _get;
    private readonly ObjectShape<TChild> _shape;

    public ObjectProperty(string name, LocalizedText title, LocalizedText description, bool required, ObjectShape<TChild> shape, Func<TOwner, TChild?> get)
        : base(name, title, description, required)
    {
        _shape = shape;
        _get = get;
    }

    public override JsonKind Kind => JsonKind.Object;

    public override ObjectShape Shape => _shape;

    public TChild? Of(Slots slots) => (TChild?)slots.Reference(Slot);

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Container(ref reader, this, node, JsonTokenType.StartObject, slots))
        {
            var child = context.Object(_shape, ref reader, node, Index);
            if (child is not null)
            {
                slots.SetReference(this, child);
            }
        }
    }

    public void Write(DocumentWriter writer, TOwner owner)
    {
        if (_get(owner) is { } child)
        {
            writer.Object(Utf8Name, _shape, child);
        }
    }
}

internal sealed class StringListProperty<TOwner> : FormatProperty, IWritable<TOwner>, IStringList
{
    private readonly Func<TOwner, ImmutableArray<string>> _get;

    public StringListProperty(string name, LocalizedText title, LocalizedText description, Func<TOwner, ImmutableArray<string>> get, bool writeEmpty, LocalizedText itemTitle, LocalizedText itemDescription)
        : base(name, title, description, required: false)
    {
        _get = get;
        WriteEmpty = writeEmpty;
        ItemTitle = itemTitle;
        ItemDescription = itemDescription;
    }

    /// <summary>Gets the title of one item, for the schema.</summary>
    public LocalizedText ItemTitle { get; }

    /// <summary>Gets the description of one item, for the schema.</summary>
    public LocalizedText ItemDescription { get; }

    public override JsonKind Kind => JsonKind.Array;

    /// <summary>Gets whether an empty list is written as <c>[]</c> rather than left out.</summary>
    public bool WriteEmpty { get; }

    public ImmutableArray<string> Of(Slots slots) => Arrays.Wrap((string[]?)slots.Reference(Slot));

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Container(ref reader, this, node, JsonTokenType.StartArray, slots))
        {
            slots.SetReference(this, context.StringList(ref reader, node, Index));
        }
    }

    public void Write(DocumentWriter writer, TOwner owner) => writer.Strings(Utf8Name, _get(owner), WriteEmpty);
}

internal sealed class ObjectListProperty<TOwner, TChild> : NestedProperty, IWritable<TOwner>
    where TChild : class
{
    private readonly Func<TOwner, ImmutableArray<TChild>> _get;
    private readonly ObjectShape<TChild> _shape;

    public ObjectListProperty(string name, LocalizedText title, LocalizedText description, bool required, ObjectShape<TChild> shape, Func<TOwner, ImmutableArray<TChild>> get, bool writeEmpty, ListLimit limit)
        : base(name, title, description, required)
    {
        _shape = shape;
        _get = get;
        WriteEmpty = writeEmpty;
        Limit = limit;
    }

    public override JsonKind Kind => JsonKind.Array;

    public override ObjectShape Shape => _shape;

    /// <summary>Gets whether an empty list is written as <c>[]</c> rather than left out.</summary>
    public bool WriteEmpty { get; }

    /// <summary>Gets the document-wide count the items add to.</summary>
    public ListLimit Limit { get; }

    public ImmutableArray<TChild> Of(Slots slots) => Arrays.Wrap((TChild[]?)slots.Reference(Slot));

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Container(ref reader, this, node, JsonTokenType.StartArray, slots))
        {
            var items = context.ObjectList(_shape, ref reader, node, Index, Limit);
            if (items is not null)
            {
                slots.SetReference(this, items);
            }
        }
    }

    public void Write(DocumentWriter writer, TOwner owner) => writer.Objects(Utf8Name, _shape, _get(owner), WriteEmpty);
}

/// <summary>
/// A list of enumerated values (format 1.1: <c>deviationCauses</c>): an array of strings, each one of a fixed set of
/// spellings standing for a model value; read as the values, in order. The schema writes it as an array whose items
/// have an <c>enum</c>.
/// </summary>
internal sealed class EnumListProperty<TOwner, TValue> : FormatProperty, IWritable<TOwner>, IEnumList
    where TValue : struct, Enum
{
    private readonly Func<TOwner, ImmutableArray<TValue>> _get;
    private readonly Spellings<TValue> _spellings;

    public EnumListProperty(string name, LocalizedText title, LocalizedText description, Spellings<TValue> spellings, Func<TOwner, ImmutableArray<TValue>> get, LocalizedText itemTitle, LocalizedText itemDescription)
        : base(name, title, description, required: false)
    {
        _spellings = spellings;
        _get = get;
        Allowed = [.. spellings.Texts];
        ItemTitle = itemTitle;
        ItemDescription = itemDescription;
    }

    public override JsonKind Kind => JsonKind.Array;

    /// <summary>Gets the allowed spellings of an item, in schema order.</summary>
    public IReadOnlyList<string> Allowed { get; }

    /// <summary>Gets the title of one item, for the schema.</summary>
    public LocalizedText ItemTitle { get; }

    /// <summary>Gets the description of one item, for the schema.</summary>
    public LocalizedText ItemDescription { get; }

    public ImmutableArray<TValue> Of(Slots slots)
    {
        if (slots.Reference(Slot) is not int[] indexes || indexes.Length == 0)
        {
            return [];
        }

        var values = new TValue[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            values[i] = _spellings.ValueAt(indexes[i]);
        }

        return Arrays.Wrap(values);
    }

    public override void Read(ref Utf8JsonReader reader, DocumentReader context, Slots slots, int node)
    {
        if (context.Container(ref reader, this, node, JsonTokenType.StartArray, slots))
        {
            var indexes = context.SpellingList(ref reader, node, Index, _spellings.Find, Allowed);
            if (indexes is not null)
            {
                slots.SetReference(this, indexes);
            }
        }
    }

    public void Write(DocumentWriter writer, TOwner owner)
    {
        var values = _get(owner);
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            texts[i] = _spellings.TextOf(values[i]);
        }

        writer.Strings(Utf8Name, Arrays.Wrap(texts), writeEmpty: false);
    }
}
