using System.Text;
using NJsonSchema;

namespace PerformanceTargets.Schema;

/// <summary>
/// The JSON Schema (draft-07) of the exchange format, generated from the library's one description of the format; the
/// file <c>schema/performance-targets.schema.json</c> of the repository is this text, committed (a test keeps them equal).
/// Its <c>$id</c> is <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Every property has a Chinese and an English title and description. The schema uses only keywords that NJsonSchema
/// enforces. Members are thread-safe; <see cref="CreateJsonSchema"/> returns a new, mutable NJsonSchema object each call.
/// </remarks>
public static class TargetSchema
{
    /// <summary>The schema's identifier (<c>$id</c>), a name rather than an address: <c>urn:performance-targets:exchange-format:1</c>.</summary>
    public const string Id = Json.Format.ExchangeFormat.SchemaId;

    private static readonly Lazy<byte[]> Utf8Bytes = new(LoadBytes);
    private static readonly Lazy<string> SchemaText = new(() => new UTF8Encoding(false).GetString(Utf8Bytes.Value));
    private static readonly Lazy<JsonSchema> Shared = new(() => Parse(SchemaText.Value));

    /// <summary>Gets the schema text (UTF-8 JSON, LF line endings, ending with a newline).</summary>
    public static string Text => SchemaText.Value;

    /// <summary>Gets a copy of the schema as UTF-8 bytes, exactly as the schema file.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] GetUtf8Bytes() => (byte[])Utf8Bytes.Value.Clone();

    /// <summary>Parses the schema into a new NJsonSchema object, which the caller may change.</summary>
    /// <returns>A new schema object.</returns>
    public static JsonSchema CreateJsonSchema() => Parse(SchemaText.Value);

    /// <summary>Gets the shared, parsed schema. Internal: callers must not change it.</summary>
    internal static JsonSchema SharedJsonSchema => Shared.Value;

    private static JsonSchema Parse(string text) => JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();

    private static byte[] LoadBytes() => Json.Format.SchemaGenerator.Generate();
}
