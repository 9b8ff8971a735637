using System.Collections;
using System.Text.Json;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Model;

/// <summary>
/// The extension properties of one JSON object of the exchange format: every property whose name starts with
/// <c>x-</c>, in the order the source gave them, each with its JSON value kept exactly (numbers keep their text).
/// </summary>
/// <remarks>
/// Extensions are allowed on every object of the format. They are kept on read and written back unchanged.
/// Two instances are equal when they hold the same names in the same order with the same JSON values (compared in a canonical compact form, so formatting whitespace does not matter).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ExtensionData : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ExtensionData>
{
    /// <summary>The prefix every extension property name starts with.</summary>
    public const string Prefix = "x-";

    private readonly KeyValuePair<string, JsonElement>[] _items;
    private readonly string[] _rawValues;

    private ExtensionData(KeyValuePair<string, JsonElement>[] items)
    {
        _items = items;
        _rawValues = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            _rawValues[i] = Canonical(items[i].Value);
        }
    }

    private static string Canonical(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>An instance without extension properties.</summary>
    public static ExtensionData Empty { get; } = new([]);

    /// <summary>Gets the number of extension properties.</summary>
    public int Count => _items.Length;

    /// <summary>Gets whether there are no extension properties.</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <summary>Gets the extension property at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the list.</exception>
    public KeyValuePair<string, JsonElement> this[int index] => _items[index];

    /// <summary>Creates extension data from name/value pairs, keeping their order.</summary>
    /// <param name="properties">The properties; every name must start with <c>x-</c> and appear once.</param>
    /// <returns>The extension data; <see cref="Empty"/> when there are no properties.</returns>
    /// <exception cref="ArgumentException">A name does not start with <c>x-</c> or appears twice, or a value is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="properties"/> is null.</exception>
    public static ExtensionData Create(IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        Guard.NotNull(properties);
        var list = new List<KeyValuePair<string, JsonElement>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!IsExtensionName(property.Key))
            {
                throw new ArgumentException($"Extension property names start with '{Prefix}': '{property.Key}' does not.", nameof(properties));
            }

            if (property.Value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"Extension property '{property.Key}' has no value.", nameof(properties));
            }

            if (!seen.Add(property.Key))
            {
                throw new ArgumentException($"Extension property '{property.Key}' appears twice.", nameof(properties));
            }

            list.Add(new KeyValuePair<string, JsonElement>(property.Key, property.Value.Clone()));
        }

        return list.Count == 0 ? Empty : new ExtensionData([.. list]);
    }

    /// <summary>Returns whether <paramref name="name"/> is an extension property name (starts with <c>x-</c>).</summary>
    /// <param name="name">A property name; null gives false.</param>
    /// <returns>True for extension property names.</returns>
    public static bool IsExtensionName(string? name) => name is not null && name.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Looks up an extension property by name (ordinal comparison).</summary>
    /// <param name="name">The full property name, including <c>x-</c>.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>True when the property exists.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Key, name, StringComparison.Ordinal))
            {
                value = item.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionData? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!string.Equals(_items[i].Key, other._items[i].Key, StringComparison.Ordinal) ||
                !string.Equals(_rawValues[i], other._rawValues[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = _items.Length;
        for (var i = 0; i < _items.Length; i++)
        {
            hash = Equality.Combine(hash, Equality.Of(_items[i].Key), Equality.Of(_rawValues[i]));
        }

        return hash;
    }
}
