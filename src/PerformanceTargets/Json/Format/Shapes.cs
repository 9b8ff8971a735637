using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Format;

/// <summary>
/// The description of one object of the exchange format: its name in the schema, its titles, its properties in the
/// order they are written, and how a model object is made from what was read. <see cref="ExchangeFormat"/> holds one
/// per object; the reader, the writer and the schema are all derived from them.
/// </summary>
internal abstract class ObjectShape
{
    private static int s_count;
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private int[][] _byLength = [];

    protected ObjectShape(string id, LocalizedText title, LocalizedText description)
    {
        Id = id;
        Title = title;
        Description = description;
        Index = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>Gets the number of shapes made so far: the size of a reader's table of per-shape state.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>Gets the shape's name under <c>definitions</c> in the schema (<c>project</c>, <c>indicator</c> …).</summary>
    public string Id { get; }

    public LocalizedText Title { get; }

    public LocalizedText Description { get; }

    /// <summary>Gets the shape's index among all shapes (its slot in a reader's per-shape state).</summary>
    public int Index { get; }

    /// <summary>Gets the properties, in the order they are written.</summary>
    public FormatProperty[] Properties { get; private set; } = [];

    /// <summary>Gets the bit mask of the required properties (bit i is <see cref="Properties"/>[i]).</summary>
    public ulong RequiredMask { get; private set; }

    /// <summary>Gets the cases of a discriminated object (schema <c>oneOf</c>), or empty.</summary>
    public ImmutableArray<ShapeCase> Cases { get; private set; } = [];

    /// <summary>Gets the number of reference slots and of number slots an instance of the shape needs while it is read.</summary>
    public int ReferenceSlots { get; private set; }

    public int NumberSlots { get; private set; }

    /// <summary>Finds a property by its JSON name, or -1.</summary>
    public int IndexOf(string name) => _byName.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Finds a property by its JSON name given as characters (a token of a JSON Pointer), or -1: only the names of the same length are compared.</summary>
    public int IndexOf(ReadOnlySpan<char> name)
    {
        var byLength = _byLength;
        if (name.Length >= byLength.Length)
        {
            return -1;
        }

        foreach (var index in byLength[name.Length])
        {
            if (name.SequenceEqual(Properties[index].Name.AsSpan()))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds which property the reader's current property name is, trying <paramref name="expected"/> first (documents
    /// written by this library list properties in a fixed order, so that usually one comparison suffices); -1 when unknown.
    /// </summary>
    public int Match(ref Utf8JsonReader reader, ref int expected)
    {
        var properties = Properties;

        // Usually the name's bytes are its text, compared as they stand; a name written with escapes (\u0061) is
        // compared unescaped by the reader.
        var escaped = reader.ValueIsEscaped;
        var name = reader.ValueSpan;
        if (!escaped && expected < properties.Length && name.SequenceEqual(properties[expected].Utf8Name))
        {
            return expected++;
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (escaped ? reader.ValueTextEquals(properties[i].Utf8Name) : name.SequenceEqual(properties[i].Utf8Name))
            {
                expected = i + 1;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the message and hint when a discriminated object matches none of its cases.</summary>
    public (LocalizedText Message, LocalizedText Hint)? CasesFailed { get; private set; }

    protected void Complete(List<FormatProperty> properties, ImmutableArray<ShapeCase> cases, (LocalizedText Message, LocalizedText Hint)? casesFailed)
    {
        CasesFailed = casesFailed;
        if (properties.Count > 64)
        {
            throw new InvalidOperationException($"The shape {Id} has more than 64 properties.");
        }

        Properties = [.. properties];
        Cases = cases;
        var references = 0;
        var numbers = 0;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            property.Index = i;
            property.Slot = property.UsesNumberSlot ? numbers++ : references++;
            _byName.Add(property.Name, i);
            if (property.Required)
            {
                RequiredMask |= 1UL << i;
            }
        }

        ReferenceSlots = references;
        NumberSlots = numbers;
        var longest = properties.Count == 0 ? 0 : properties.Max(p => p.Name.Length);
        _byLength = Enumerable.Range(0, longest + 1).Select(length => properties.Where(p => p.Name.Length == length).Select(p => p.Index).ToArray()).ToArray();
    }
}

/// <summary>One case of a discriminated object: when <see cref="Discriminator"/> has the value <see cref="Value"/>, <see cref="Needs"/> is required.</summary>
internal sealed record ShapeCase(FormatProperty Discriminator, string Value, FormatProperty Needs, LocalizedText Title, LocalizedText Description);

/// <summary>The description of one object of the format that reads into, and writes from, the model type <typeparamref name="T"/>.</summary>
internal sealed class ObjectShape<T> : ObjectShape
    where T : class
{
    private readonly Func<T, ExtensionData> _extensions;
    private Func<Slots, T> _create = null!;
    private IWritable<T>[]? _writers;

    private ObjectShape(string id, LocalizedText title, LocalizedText description, Func<T, ExtensionData> extensions)
        : base(id, title, description)
    {
        _extensions = extensions;
    }

    /// <summary>
    /// Describes an object: <paramref name="describe"/> declares its properties in order on the builder and returns how
    /// to make the model from what was read; <paramref name="extensions"/> gets its <c>x-</c> properties.
    /// </summary>
    public static ObjectShape<T> Describe(string id, LocalizedText title, LocalizedText description, Func<T, ExtensionData> extensions, Func<ShapeBuilder<T>, Func<Slots, T>> describe)
    {
        var shape = new ObjectShape<T>(id, title, description, extensions);
        var builder = new ShapeBuilder<T>();
        shape._create = describe(builder);
        shape.Complete(builder.Properties, builder.Cases.ToImmutable(), builder.CasesFailed);
        return shape;
    }

    /// <summary>Gets the extension properties of a model object.</summary>
    public ExtensionData ExtensionsOf(T value) => _extensions(value);

    /// <summary>Makes the model object from a complete, error-free reading.</summary>
    public T Create(Slots slots) => _create(slots);

    /// <summary>Gets the properties as writers of <typeparamref name="T"/>, in order.</summary>
    public IWritable<T>[] Writers => _writers ??= [.. Properties.Cast<IWritable<T>>()];
}

/// <summary>Declares the properties of one shape, in the order they are written.</summary>
internal sealed class ShapeBuilder<T>
    where T : class
{
    public List<FormatProperty> Properties { get; } = [];

    public ImmutableArray<ShapeCase>.Builder Cases { get; } = ImmutableArray.CreateBuilder<ShapeCase>();

    public StringProperty<T> String(string name, LocalizedText title, LocalizedText description, Func<T, string?> get, bool required = false, int minLength = 0, FormatPattern? pattern = null, bool writeNull = false) =>
        Add(new StringProperty<T>(name, title, description, required, get, minLength, pattern, writeNull));

    public IntegerProperty<T> Integer(string name, LocalizedText title, LocalizedText description, Func<T, int?> get, bool required = false, int? minimum = null, int? maximum = null) =>
        Add(new IntegerProperty<T>(name, title, description, required, get, minimum, maximum));

    public DecimalProperty<T> Decimal(string name, LocalizedText title, LocalizedText description, Func<T, decimal?> get, bool required = false, decimal? minimum = null, decimal? maximum = null) =>
        Add(new DecimalProperty<T>(name, title, description, required, get, minimum, maximum));

    public EnumProperty<T, TValue> Enum<TValue>(string name, LocalizedText title, LocalizedText description, Spellings<TValue> spellings, Func<T, TValue?> get, bool required = false)
        where TValue : struct, System.Enum =>
        Add(new EnumProperty<T, TValue>(name, title, description, required, spellings, get));

    public ChoiceProperty<T, TValue> Choice<TValue>(string name, LocalizedText title, LocalizedText description, Spellings<TValue> spellings, Func<T, TValue?> get, bool required = false)
        where TValue : class =>
        Add(new ChoiceProperty<T, TValue>(name, title, description, required, spellings, get));

    public ObjectProperty<T, TChild> Object<TChild>(string name, LocalizedText title, LocalizedText description, ObjectShape<TChild> shape, Func<T, TChild?> get, bool required = false)
        where TChild : class =>
        Add(new ObjectProperty<T, TChild>(name, title, description, required, shape, get));

    public StringListProperty<T> Strings(string name, LocalizedText title, LocalizedText description, Func<T, ImmutableArray<string>> get, bool writeEmpty = false, LocalizedText? itemTitle = null, LocalizedText? itemDescription = null) =>
        Add(new StringListProperty<T>(name, title, description, get, writeEmpty, itemTitle ?? ExchangeFormat.ParagraphTitle, itemDescription ?? ExchangeFormat.ParagraphDescription));

    public EnumListProperty<T, TValue> EnumList<TValue>(string name, LocalizedText title, LocalizedText description, Spellings<TValue> spellings, Func<T, ImmutableArray<TValue>> get, LocalizedText itemTitle, LocalizedText itemDescription)
        where TValue : struct, System.Enum =>
        Add(new EnumListProperty<T, TValue>(name, title, description, spellings, get, itemTitle, itemDescription));

    public ObjectListProperty<T, TChild> Objects<TChild>(string name, LocalizedText title, LocalizedText description, ObjectShape<TChild> shape, Func<T, ImmutableArray<TChild>> get, bool required = false, bool writeEmpty = false, ListLimit limit = ListLimit.None)
        where TChild : class =>
        Add(new ObjectListProperty<T, TChild>(name, title, description, required, shape, get, writeEmpty, limit));

    /// <summary>Gets the message and hint when an object matches none of its cases.</summary>
    public (LocalizedText Message, LocalizedText Hint)? CasesFailed { get; private set; }

    /// <summary>Declares a case of a discriminated object (schema <c>oneOf</c>).</summary>
    public void Case(FormatProperty discriminator, string value, FormatProperty needs, LocalizedText title, LocalizedText description) =>
        Cases.Add(new ShapeCase(discriminator, value, needs, title, description));

    /// <summary>Sets what is said when an object matches none of its cases.</summary>
    public void CaseMessage(LocalizedText message, LocalizedText hint) => CasesFailed = (message, hint);

    private TProperty Add<TProperty>(TProperty property)
        where TProperty : FormatProperty
    {
        Properties.Add(property);
        return property;
    }
}

/// <summary>Which document-wide count a list adds to.</summary>
internal enum ListLimit
{
    None,
    Projects,
    Indicators,
}

/// <summary>A pattern a string must match: the regular expression as the schema writes it, and what it means in words.</summary>
internal sealed class FormatPattern
{
    private readonly System.Text.RegularExpressions.Regex _regex;

    public FormatPattern(string pattern, LocalizedText meaning, Func<string, bool>? fast = null)
    {
        Pattern = pattern;
        Meaning = meaning;
        _regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        Fast = fast;
    }

    /// <summary>Gets the pattern as the schema writes it (ECMA-262 compatible).</summary>
    public string Pattern { get; }

    /// <summary>Gets what a matching value is, for messages ("a version such as \"1.0\"").</summary>
    public LocalizedText Meaning { get; }

    private Func<string, bool>? Fast { get; }

    public bool IsMatch(string value) => Fast?.Invoke(value) ?? _regex.IsMatch(value);
}

/// <summary>The JSON spellings of the values of an enumerated property, in schema order.</summary>
internal sealed class Spellings<TValue>
    where TValue : notnull
{
    private readonly (string Text, byte[] Utf8, TValue Value)[] _items;

    public Spellings(params (string Text, TValue Value)[] items)
    {
        _items = [.. items.Select(i => (i.Text, Encoding.UTF8.GetBytes(i.Text), i.Value))];
    }

    public int Count => _items.Length;

    public IEnumerable<string> Texts => _items.Select(i => i.Text);

    public TValue ValueAt(int index) => _items[index].Value;

    /// <summary>Finds the index of the reader's current string among the spellings, or -1.</summary>
    public int Find(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (reader.ValueTextEquals(_items[i].Utf8))
            {
                return i;
            }
        }

        return -1;
    }

    public int Find(string text)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (string.Equals(_items[i].Text, text, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public string TextOf(TValue value)
    {
        foreach (var item in _items)
        {
            if (EqualityComparer<TValue>.Default.Equals(item.Value, value))
            {
                return item.Text;
            }
        }

        throw new ArgumentException($"The value {value} has no JSON spelling.", nameof(value));
    }
}

/// <summary>
/// What was read of one object while it is being read: a reference slot or a number slot per property, the properties
/// present, and the extensions. One instance per shape and reader is reused from object to object.
/// </summary>
internal sealed class Slots
{
    // Boxed in a struct so that a store needs no check of the array's element type (an object[] could be a string[]).
    private readonly Box[] _references;
    private readonly decimal[] _numbers;

    public Slots(ObjectShape shape)
    {
        _references = new Box[shape.ReferenceSlots];
        _numbers = new decimal[shape.NumberSlots];
    }

    /// <summary>Gets or sets the bits of the properties read (bit i is property i), null or not.</summary>
    public ulong Present { get; set; }

    /// <summary>Gets or sets the bits of the number properties read with a value (not null).</summary>
    public ulong Valued { get; set; }

    /// <summary>Gets the extension properties read, or null.</summary>
    public List<KeyValuePair<string, JsonElement>>? Extra { get; set; }

    public ExtensionData Extensions => Extra is null ? ExtensionData.Empty : ExtensionData.Create(Extra);

    private HashSet<string>? _extensionNames;

    /// <summary>Records the name of an extension member met; false when the object already had one of that name.</summary>
    public bool AddExtensionName(string name) => (_extensionNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public bool Has(FormatProperty property) => (Present & (1UL << property.Index)) != 0;

    public void Reset()
    {
        Present = 0;
        Valued = 0;
        Extra = null;
        _extensionNames = null;
        Array.Clear(_references, 0, _references.Length);
    }

    public object? Reference(int slot) => _references[slot].Value;

    public void SetReference(FormatProperty property, object? value)
    {
        _references[property.Slot].Value = value;
        Present |= 1UL << property.Index;
    }

    public void SetNumber(FormatProperty property, decimal value)
    {
        _numbers[property.Slot] = value;
        Present |= 1UL << property.Index;
        Valued |= 1UL << property.Index;
    }

    public decimal? NumberOf(FormatProperty property) => (Valued & (1UL << property.Index)) != 0 ? _numbers[property.Slot] : null;

    /// <summary>Marks a property present with a null value (a reference slot stays null; a number slot is not read).</summary>
    public void SetNull(FormatProperty property) => Present |= 1UL << property.Index;

    private struct Box
    {
        public object? Value;
    }
}

/// <summary>Wraps an array the reader made in an immutable array without copying it.</summary>
internal static class Arrays
{
    public static ImmutableArray<T> Wrap<T>(T[]? items) => items is null || items.Length == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(items);
}
