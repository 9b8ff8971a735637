using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PerformanceTargets.Server.Api;

/// <summary>How the server writes JSON: indented, Chinese left as it is, characters that matter to HTML escaped.</summary>
internal static class JsonOutput
{
    /// <summary>Gets the encoder: every script as is, <c>&lt; &gt; &amp; ' "</c> escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes JSON with <paramref name="write"/> into bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes a string, or null.</summary>
    public static void WriteNullable(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a diagnostic object (see <see cref="Http.Problems.Describe"/>).</summary>
    public static void WriteDiagnostic(this Utf8JsonWriter json, IDiagnostic diagnostic, Language language) =>
        JsonSerializer.Serialize(json, Http.Problems.Describe(diagnostic, language), ServerJson.Options);
}

/// <summary>The serializer options of the server's typed responses and problem documents.</summary>
internal static class ServerJson
{
    /// <summary>Gets the options: camel case, the encoder of <see cref="JsonOutput.Encoder"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JsonOutput.Encoder, WriteIndented = true };
}
