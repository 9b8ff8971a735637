using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerformanceTargets.Internal;
using PerformanceTargets.Json.Format;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Codec;

/// <summary>
/// The one writer of the exchange format, driven by its description (<see cref="ExchangeFormat"/>): properties in the
/// description's order, extensions last, UTF-8 without byte order mark, Chinese unescaped, 2-space indentation, LF, a
/// final newline; decimals with the scale they have. It writes only what the reader reads back under the same
/// <see cref="DocumentLimits"/>: a string, a count or an output size beyond them is refused before anything is written.
/// </summary>
internal sealed class DocumentWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    private readonly Utf8JsonWriter _writer;
    private readonly DocumentLimits _limits;
    /// <summary>Where the writer is: a property name (its UTF-8 bytes) or an array index; turned into a pointer only for an error.</summary>
    private readonly List<(byte[]? Name, int Index)> _path = [];
    private int _indicators;

    private DocumentWriter(Utf8JsonWriter writer, DocumentLimits limits)
    {
        _writer = writer;
        _limits = limits;
    }

    /// <summary>Writes a document and returns the bytes.</summary>
    /// <exception cref="TargetJsonException">The document is beyond a limit; nothing is written.</exception>
    /// <exception cref="ArgumentException">A string holds a lone UTF-16 surrogate, which JSON cannot carry.</exception>
    public static byte[] Write(TargetDocument document, DocumentLimits limits)
    {
        using var buffer = new MemoryStream(16 * 1024);
        using (var pieces = new StreamBufferWriter(buffer))
        {
            using (var json = new Utf8JsonWriter(pieces, Options))
            {
                var writer = new DocumentWriter(json, limits);
                try
                {
                    writer.Root(document);
                }
                catch (InvalidOperationException ex)
                {
                    throw new ArgumentException("The document cannot be written as JSON: " + ex.Message, nameof(document), ex);
                }
            }

            pieces.Flush();
        }

        if (buffer.Length + 1 > limits.MaxInputBytes)
        {
            throw Refused(string.Empty, ReadMessages.WrittenTooLarge(buffer.Length + 1, limits.MaxInputBytes));
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public void String(byte[] name, string? value, bool writeNull)
    {
        if (value is null)
        {
            if (writeNull)
            {
                _writer.WriteNull(name);
            }

            return;
        }

        Check(value, name);
        _writer.WriteString(name, value);
    }

    public void Integer(byte[] name, int? value)
    {
        if (value is { } number)
        {
            _writer.WriteNumber(name, number);
        }
    }

    public void Decimal(byte[] name, decimal? value)
    {
        if (value is { } number)
        {
            _writer.WriteNumber(name, number);
        }
    }

    public void Object<T>(byte[] name, ObjectShape<T> shape, T value)
        where T : class
    {
        _path.Add((name, 0));
        _writer.WritePropertyName(name);
        WriteObject(shape, value);
        _path.RemoveAt(_path.Count - 1);
    }

    public void Strings(byte[] name, ImmutableArray<string> list, bool writeEmpty)
    {
        if (list.IsDefaultOrEmpty && !writeEmpty)
        {
            return;
        }

        _path.Add((name, 0));
        _writer.WriteStartArray(name);
        if (!list.IsDefault)
        {
            for (var i = 0; i < list.Length; i++)
            {
                Check(list[i], i);
                _writer.WriteStringValue(list[i]);
            }
        }

        _writer.WriteEndArray();
        _path.RemoveAt(_path.Count - 1);
    }

    public void Objects<T>(byte[] name, ObjectShape<T> shape, ImmutableArray<T> list, bool writeEmpty)
        where T : class
    {
        if (list.IsDefaultOrEmpty && !writeEmpty)
        {
            return;
        }

        _path.Add((name, 0));
        if (ReferenceEquals(shape, ExchangeFormat.Project) && list.Length > _limits.MaxProjects)
        {
            throw Refused(Pointer(), ReadMessages.TooManyProjects(_limits.MaxProjects));
        }

        if (ReferenceEquals(shape, ExchangeFormat.Indicator) && (_indicators += list.Length) > _limits.MaxIndicators)
        {
            throw Refused(Pointer(), ReadMessages.TooManyIndicators(_limits.MaxIndicators));
        }

        _writer.WriteStartArray(name);
        if (!list.IsDefault)
        {
            for (var i = 0; i < list.Length; i++)
            {
                _path.Add((null, i));
                WriteObject(shape, list[i]);
                _path.RemoveAt(_path.Count - 1);
            }
        }

        _writer.WriteEndArray();
        _path.RemoveAt(_path.Count - 1);
    }

    private void Root(TargetDocument document) => WriteObject(ExchangeFormat.Document, document);

    private void WriteObject<T>(ObjectShape<T> shape, T value)
        where T : class
    {
        _writer.WriteStartObject();
        foreach (var property in shape.Writers)
        {
            property.Write(this, value);
        }

        foreach (var pair in shape.ExtensionsOf(value))
        {
            Check(pair.Key, pair.Key);
            CheckElement(pair.Value, pair.Key);
            _writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(_writer);
        }

        _writer.WriteEndObject();
    }

    private void Check(string value, byte[] name)
    {
        if (value.Length > _limits.MaxStringLength)
        {
            throw Refused(Pointer() + "/" + JsonPointer.Escape(System.Text.Encoding.UTF8.GetString(name)), ReadMessages.StringTooLong(value.Length, _limits.MaxStringLength));
        }
    }

    private void Check(string value, int item)
    {
        if (value.Length > _limits.MaxStringLength)
        {
            throw Refused(Pointer() + "/" + item.ToString(CultureInfo.InvariantCulture), ReadMessages.StringTooLong(value.Length, _limits.MaxStringLength));
        }
    }

    private void Check(string value, string extension)
    {
        if (value.Length > _limits.MaxStringLength)
        {
            throw Refused(Pointer() + "/" + JsonPointer.Escape(extension), ReadMessages.StringTooLong(value.Length, _limits.MaxStringLength));
        }
    }

    /// <summary>Holds every string and property name inside an extension value to the string limit, as the reader does.</summary>
    private void CheckElement(JsonElement value, string extension)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Check(value.GetString()!, extension);
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Check(property.Name, extension);
                    CheckElement(property.Value, extension);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CheckElement(item, extension);
                }

                break;
        }
    }

    private string Pointer() => _path.Count == 0
        ? string.Empty
        : "/" + string.Join("/", _path.Select(step => step.Name is { } name
            ? JsonPointer.Escape(System.Text.Encoding.UTF8.GetString(name))
            : step.Index.ToString(CultureInfo.InvariantCulture)));

    private static TargetJsonException Refused(string pointer, ReadMessage message) => new(
        [
            new JsonReadError { Kind = JsonReadErrorKind.LimitExceeded, Pointer = pointer, Text = message.Text, HintText = message.Hint },
        ],
        writing: true);
}
