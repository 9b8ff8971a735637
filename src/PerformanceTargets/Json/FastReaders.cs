using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerformanceTargets.Json;

/// <summary>
/// Reads project tables and their indicator rows, the bulk of a document, directly from the
/// <see cref="Utf8JsonReader"/> instead of through the serializer's metadata, and gives equal cells one shared string
/// (<see cref="StringPool"/>). These readers are registered only on the first-attempt read context: anything they do
/// not expect (a wrong token, a duplicate name, invalid UTF-8, a number out of range) throws, and
/// <see cref="TargetJson"/> reads the document again with the plain source-generated context, whose behaviour and
/// errors are the reference. On input they accept they build exactly the DTOs the plain context would: unknown and
/// <c>x-</c> properties go to the extension data, <c>null</c> gives null, numbers are read as the serializer reads them.
/// </summary>
internal static class FastReaders
{
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => StringPool.Get(ref reader),
        _ => throw new JsonException(),
    };

    public static decimal? Decimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDecimal(out var value) => value,
        _ => throw new JsonException(),
    };

    public static int? Int(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        _ => throw new JsonException(),
    };

    /// <summary>
    /// Finds which of an object's known property names the reader is on, trying the one expected next first (documents
    /// written by this library list properties in a fixed order); -1 for an unknown name.
    /// </summary>
    public static int Match(ref Utf8JsonReader reader, byte[][] names, ref int expected)
    {
        if (expected < names.Length && reader.ValueTextEquals(names[expected]))
        {
            return expected++;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                expected = i + 1;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Moves to the next property name of an object, or returns false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException();
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.PropertyName ? true : throw new JsonException();
    }

    /// <summary>Moves to a property's value.</summary>
    public static void Value(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException();
        }
    }

    /// <summary>Marks a known property as seen; a second occurrence is a duplicate.</summary>
    public static void See(ref int seen, int property)
    {
        if ((seen & property) != 0)
        {
            throw new JsonException();
        }

        seen |= property;
    }

    /// <summary>Reads an unknown property (name, then value) into the extension data.</summary>
    public static void Extra(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extra)
    {
        var name = reader.GetString()!;
        Value(ref reader);
        extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (extra.ContainsKey(name))
        {
            throw new JsonException();
        }

        extra.Add(name, JsonElement.ParseValue(ref reader));
    }

    public static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }
    }

    public static List<string?>? Strings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException();
        }

        var list = new List<string?>();
        while (true)
        {
            Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => reader.GetString(),
                _ => throw new JsonException(),
            });
        }
    }

    public static List<T?>? Objects<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, int capacity, ObjectReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException();
        }

        var list = new List<T?>(capacity);
        while (true)
        {
            Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(reader.TokenType == JsonTokenType.Null ? null : read(ref reader, options));
        }
    }

    public delegate T ObjectReader<out T>(ref Utf8JsonReader reader, JsonSerializerOptions options);
}

/// <summary>Reads <see cref="ProjectDto"/>: see <see cref="FastReaders"/>.</summary>
internal sealed class FastProjectReader : JsonConverter<ProjectDto>
{
    // In the order the library writes them (Dto.cs).
    private static readonly byte[][] Names =
    [
        "sequence"u8.ToArray(), "unit"u8.ToArray(), "code"u8.ToArray(), "name"u8.ToArray(), "fundingReference"u8.ToArray(),
        "budget"u8.ToArray(), "fundUse"u8.ToArray(), "spendingPlan"u8.ToArray(), "goals"u8.ToArray(), "indicators"u8.ToArray(),
        "attribute"u8.ToArray(), "implementationPeriod"u8.ToArray(), "periodGoals"u8.ToArray(), "periodIndicators"u8.ToArray(),
        "reviewOpinion"u8.ToArray(),
    ];

    private JsonTypeInfo<ImplementationPeriodDto>? _period;

    public override bool HandleNull => false;

    public override ProjectDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FastReaders.StartObject(ref reader);
        var dto = new ProjectDto();
        Dictionary<string, JsonElement>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, Names, ref expected);
            if (property < 0)
            {
                FastReaders.Extra(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    dto.Sequence = FastReaders.Int(ref reader);
                    break;
                case 1:
                    dto.Unit = reader.TokenType == JsonTokenType.Null ? null : Unit(ref reader);
                    break;
                case 2:
                    dto.Code = FastReaders.String(ref reader);
                    break;
                case 3:
                    dto.Name = FastReaders.String(ref reader);
                    break;
                case 4:
                    dto.FundingReference = FastReaders.String(ref reader);
                    break;
                case 5:
                    dto.Budget = reader.TokenType == JsonTokenType.Null ? null : Budget(ref reader);
                    break;
                case 6:
                    dto.FundUse = FastReaders.String(ref reader);
                    break;
                case 7:
                    dto.SpendingPlan = FastReaders.Objects(ref reader, options, 4, SpendingPoint);
                    break;
                case 8:
                    dto.Goals = FastReaders.Strings(ref reader);
                    break;
                case 9:
                    dto.Indicators = FastReaders.Objects(ref reader, options, 8, FastIndicatorReader.ReadIndicator);
                    break;
                case 10:
                    dto.Attribute = FastReaders.String(ref reader);
                    break;
                case 11:
                    dto.ImplementationPeriod = reader.TokenType == JsonTokenType.Null
                        ? null
                        : JsonSerializer.Deserialize(ref reader, _period ??= (JsonTypeInfo<ImplementationPeriodDto>)options.GetTypeInfo(typeof(ImplementationPeriodDto)));
                    break;
                case 12:
                    dto.PeriodGoals = FastReaders.Strings(ref reader);
                    break;
                case 13:
                    dto.PeriodIndicators = FastReaders.Objects(ref reader, options, 8, FastIndicatorReader.ReadIndicator);
                    break;
                default:
                    dto.ReviewOpinion = FastReaders.String(ref reader);
                    break;
            }
        }

        dto.Extra = extra;
        return dto;
    }

    public override void Write(Utf8JsonWriter writer, ProjectDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The fast project reader only reads; writing uses the source-generated context.");

    private static BudgetUnitDto Unit(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        var dto = new BudgetUnitDto();
        Dictionary<string, JsonElement>? extra = null;
        var seen = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                FastReaders.See(ref seen, 1);
                FastReaders.Value(ref reader);
                dto.Code = FastReaders.String(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                FastReaders.See(ref seen, 2);
                FastReaders.Value(ref reader);
                dto.Name = FastReaders.String(ref reader);
            }
            else
            {
                FastReaders.Extra(ref reader, ref extra);
            }
        }

        dto.Extra = extra;
        return dto;
    }

    private static BudgetDto Budget(ref Utf8JsonReader reader)
    {
        FastReaders.StartObject(ref reader);
        var dto = new BudgetDto();
        Dictionary<string, JsonElement>? extra = null;
        var seen = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("total"u8))
            {
                FastReaders.See(ref seen, 1);
                FastReaders.Value(ref reader);
                dto.Total = FastReaders.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("fiscal"u8))
            {
                FastReaders.See(ref seen, 2);
                FastReaders.Value(ref reader);
                dto.Fiscal = FastReaders.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("other"u8))
            {
                FastReaders.See(ref seen, 4);
                FastReaders.Value(ref reader);
                dto.Other = FastReaders.Decimal(ref reader);
            }
            else
            {
                FastReaders.Extra(ref reader, ref extra);
            }
        }

        dto.Extra = extra;
        return dto;
    }

    private static SpendingPointDto SpendingPoint(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        FastReaders.StartObject(ref reader);
        var dto = new SpendingPointDto();
        Dictionary<string, JsonElement>? extra = null;
        var seen = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("month"u8))
            {
                FastReaders.See(ref seen, 1);
                FastReaders.Value(ref reader);
                dto.Month = FastReaders.Int(ref reader);
            }
            else if (reader.ValueTextEquals("cumulativePercent"u8))
            {
                FastReaders.See(ref seen, 2);
                FastReaders.Value(ref reader);
                dto.CumulativePercent = FastReaders.Decimal(ref reader);
            }
            else
            {
                FastReaders.Extra(ref reader, ref extra);
            }
        }

        dto.Extra = extra;
        return dto;
    }
}

/// <summary>Reads <see cref="IndicatorDto"/>: see <see cref="FastReaders"/>.</summary>
internal sealed class FastIndicatorReader : JsonConverter<IndicatorDto>
{
    // In the order the library writes them (Dto.cs).
    private static readonly byte[][] Names =
    [
        "level1"u8.ToArray(), "level2"u8.ToArray(), "name"u8.ToArray(), "description"u8.ToArray(), "target"u8.ToArray(),
        "basis"u8.ToArray(), "weight"u8.ToArray(), "direction"u8.ToArray(), "targetValue"u8.ToArray(),
    ];

    public override bool HandleNull => false;

    public override IndicatorDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadIndicator(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IndicatorDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The fast indicator reader only reads; writing uses the source-generated context.");

    public static IndicatorDto ReadIndicator(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        FastReaders.StartObject(ref reader);
        var dto = new IndicatorDto();
        Dictionary<string, JsonElement>? extra = null;
        var seen = 0;
        var expected = 0;
        while (FastReaders.NextProperty(ref reader))
        {
            var property = FastReaders.Match(ref reader, Names, ref expected);
            if (property < 0)
            {
                FastReaders.Extra(ref reader, ref extra);
                continue;
            }

            FastReaders.See(ref seen, 1 << property);
            FastReaders.Value(ref reader);
            switch (property)
            {
                case 0:
                    dto.Level1 = FastReaders.String(ref reader);
                    break;
                case 1:
                    dto.Level2 = FastReaders.String(ref reader);
                    break;
                case 2:
                    dto.Name = FastReaders.String(ref reader);
                    break;
                case 3:
                    dto.Description = FastReaders.String(ref reader);
                    break;
                case 4:
                    dto.Target = FastReaders.String(ref reader);
                    break;
                case 5:
                    dto.Basis = FastReaders.String(ref reader);
                    break;
                case 6:
                    dto.Weight = FastReaders.Decimal(ref reader);
                    break;
                case 7:
                    dto.Direction = FastReaders.String(ref reader);
                    break;
                default:
                    dto.TargetValue = reader.TokenType == JsonTokenType.Null
                        ? null
                        : JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<TargetValueDto>)options.GetTypeInfo(typeof(TargetValueDto)));
                    break;
            }
        }

        dto.Extra = extra;
        return dto;
    }
}

/// <summary>
/// Shares one string among equal string values during one read on one thread (<see cref="Begin"/> … <see cref="End"/>):
/// indicator tables repeat their category names, bases and targets row after row. Outside a read, or for long or
/// escaped values, strings are decoded as usual. Invalid UTF-8 throws, as the serializer's own decoding does. The
/// table (8 KB) and the arena of keys (32 KB) are kept per thread and cleared of strings after each read.
/// </summary>
internal static class StringPool
{
    private const int Size = 512;
    private const int MaxBytes = 120;
    private const int ArenaBytes = 32 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Per thread: the table of shared strings and an arena holding their UTF-8 keys, reused from read to read.
    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static byte[]? t_arena;

    [ThreadStatic]
    private static int t_used;

    [ThreadStatic]
    private static bool t_active;

    public static void Begin()
    {
        t_entries ??= new Entry[Size];
        t_arena ??= new byte[ArenaBytes];
        t_used = 0;
        t_active = true;
    }

    public static void End()
    {
        t_active = false;
        if (t_entries is { } entries)
        {
            Array.Clear(entries, 0, entries.Length);
        }
    }

    public static string Get(ref Utf8JsonReader reader)
    {
        if (!t_active || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var span = reader.ValueSpan;
        var arena = t_arena!;
        ref var entry = ref t_entries![Hash(span) & (Size - 1)];
        if (entry.Value is not null && entry.Length == span.Length && span.SequenceEqual(new ReadOnlySpan<byte>(arena, entry.Offset, entry.Length)))
        {
            return entry.Value;
        }

        var value = Decode(span);
        if (t_used + span.Length <= arena.Length)
        {
            span.CopyTo(new Span<byte>(arena, t_used, span.Length));
            entry.Offset = t_used;
            entry.Length = span.Length;
            entry.Value = value;
            t_used += span.Length;
        }

        return value;
    }

    private static string Decode(ReadOnlySpan<byte> span)
    {
#if NET8_0_OR_GREATER
        return Strict.GetString(span);
#else
        return Strict.GetString(span.ToArray());
#endif
    }

    private static int Hash(ReadOnlySpan<byte> span)
    {
        // Length, first and last eight bytes: enough to tell table cells apart; equality is checked anyway.
        unchecked
        {
            var hash = (ulong)span.Length * 0x9E3779B97F4A7C15UL;
            if (span.Length >= 8)
            {
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span);
                hash *= 0xBF58476D1CE4E5B9UL;
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(span.Length - 8));
            }
            else
            {
                foreach (var b in span)
                {
                    hash = (hash ^ b) * 0x100000001B3UL;
                }
            }

            hash *= 0x94D049BB133111EBUL;
            return (int)(hash >> 40);
        }
    }

    private struct Entry
    {
        public int Offset;
        public int Length;
        public string? Value;
    }
}
