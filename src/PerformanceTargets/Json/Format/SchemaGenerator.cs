using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerformanceTargets.Json.Format;

/// <summary>
/// Writes the JSON Schema (draft-07) of the exchange format from its description (<see cref="ExchangeFormat"/>): every
/// object under <c>definitions</c>, every property with its Chinese and English title and description, type,
/// constraints and spellings. <c>schema/performance-targets.schema.json</c> is this output, committed; a test keeps the
/// two equal, and the library serves this output (<c>TargetSchema.Text</c>).
/// </summary>
internal static class SchemaGenerator
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>Generates the schema: UTF-8, 2-space indentation, LF, a final newline.</summary>
    public static byte[] Generate()
    {
        using var buffer = new MemoryStream(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            var root = ExchangeFormat.Document;
            writer.WriteStartObject();
            writer.WriteString("$id", ExchangeFormat.SchemaId);
            Titles(writer, root.Title, root.Description);
            Body(writer, root);
            writer.WriteStartObject("definitions");
            foreach (var shape in ExchangeFormat.Definitions)
            {
                writer.WriteStartObject(shape.Id);
                Titles(writer, shape.Title, shape.Description);
                Body(writer, shape);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Body(Utf8JsonWriter writer, ObjectShape shape)
    {
        writer.WriteString("type", "object");
        var required = shape.Properties.Where(p => p.Required).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var property in required)
            {
                writer.WriteStringValue(property.Name);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        foreach (var property in shape.Properties)
        {
            writer.WriteStartObject(property.Name);
            Titles(writer, property.Title, property.Description);
            Property(writer, property);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("patternProperties");
        writer.WriteStartObject("^x-");
        Titles(writer, ExchangeFormat.ExtensionTitle, ExchangeFormat.ExtensionDescription);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        if (!shape.Cases.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("oneOf");
            foreach (var @case in shape.Cases)
            {
                writer.WriteStartObject();
                Titles(writer, @case.Title, @case.Description);
                writer.WriteStartArray("required");
                writer.WriteStringValue(@case.Needs.Name);
                writer.WriteEndArray();
                writer.WriteStartObject("properties");
                writer.WriteStartObject(@case.Discriminator.Name);
                writer.WriteStartArray("enum");
                writer.WriteStringValue(@case.Value);
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteStartObject(@case.Needs.Name);
                writer.WriteString("type", TypeName(@case.Needs.Kind));
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void Property(Utf8JsonWriter writer, FormatProperty property)
    {
        switch (property)
        {
            case NestedProperty nested when property.Kind == JsonKind.Object:
                var reference = "#/definitions/" + nested.Shape.Id;
                if (property.Required)
                {
                    writer.WriteStartArray("allOf");
                    Reference(writer, reference);
                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteStartArray("anyOf");
                    writer.WriteStartObject();
                    writer.WriteString("type", "null");
                    writer.WriteEndObject();
                    Reference(writer, reference);
                    writer.WriteEndArray();
                }

                return;

            case NestedProperty list:
                Type(writer, property);
                writer.WriteStartObject("items");
                writer.WriteString("$ref", "#/definitions/" + list.Shape.Id);
                writer.WriteEndObject();
                return;

            case EnumProperty choice:
                Type(writer, property);
                writer.WriteStartArray("enum");
                foreach (var text in choice.Allowed)
                {
                    writer.WriteStringValue(text);
                }

                if (!property.Required)
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndArray();
                return;

            case IEnumList enums:
                Type(writer, property);
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                Titles(writer, enums.ItemTitle, enums.ItemDescription);
                writer.WriteStartArray("enum");
                foreach (var text in enums.Allowed)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                return;

            case IStringList strings:
                Type(writer, property);
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                Titles(writer, strings.ItemTitle, strings.ItemDescription);
                writer.WriteEndObject();
                return;

            case IStringConstraints:
                Type(writer, property);
                StringConstraints(writer, property);
                return;

            default:
                Type(writer, property);
                NumberConstraints(writer, property);
                return;
        }
    }

    private static void StringConstraints(Utf8JsonWriter writer, FormatProperty property)
    {
        if (property is IStringConstraints constraints)
        {
            if (constraints.MinLength > 0)
            {
                writer.WriteNumber("minLength", constraints.MinLength);
            }

            if (constraints.Pattern is { } pattern)
            {
                writer.WriteString("pattern", pattern.Pattern);
            }
        }
    }

    private static void NumberConstraints(Utf8JsonWriter writer, FormatProperty property)
    {
        if (property is INumberConstraints constraints)
        {
            if (constraints.Minimum is { } minimum)
            {
                writer.WriteNumber("minimum", minimum);
            }

            if (constraints.Maximum is { } maximum)
            {
                writer.WriteNumber("maximum", maximum);
            }
        }
    }

    private static void Type(Utf8JsonWriter writer, FormatProperty property)
    {
        if (property.Required)
        {
            writer.WriteString("type", TypeName(property.Kind));
            return;
        }

        writer.WriteStartArray("type");
        writer.WriteStringValue(TypeName(property.Kind));
        writer.WriteStringValue("null");
        writer.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter writer, string reference)
    {
        writer.WriteStartObject();
        writer.WriteString("$ref", reference);
        writer.WriteEndObject();
    }

    private static void Titles(Utf8JsonWriter writer, LocalizedText title, LocalizedText description)
    {
        writer.WriteString("title", title.Chinese + " / " + title.English);
        writer.WriteString("description", description.Chinese + " / " + description.English);
    }

    private static string TypeName(JsonKind kind) => kind switch
    {
        JsonKind.String => "string",
        JsonKind.Integer => "integer",
        JsonKind.Number => "number",
        JsonKind.Object => "object",
        _ => "array",
    };
}
