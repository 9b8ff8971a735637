using System.Globalization;
using PerformanceTargets.Json.Format;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Codec;

/// <summary>A message and how to fix what it reports, both in Chinese and English.</summary>
internal readonly record struct ReadMessage(LocalizedText Text, LocalizedText? Hint);

/// <summary>
/// The words of every reading error, written once: the codec uses them for what it finds, and the validator's optional
/// full schema report (NJsonSchema) uses them for what NJsonSchema finds, so that both say the same thing.
/// Values are quoted as short excerpts, never whole.
/// </summary>
internal static class ReadMessages
{
    /// <summary>The longest excerpt of a value quoted in a message, in UTF-16 code units.</summary>
    public const int ExcerptLength = 64;

    public static ReadMessage Required(string property) => new(
        T($"缺少必填属性 \"{Excerpt(property)}\"。", $"The required property \"{Excerpt(property)}\" is missing."),
        T($"请补上 \"{Excerpt(property)}\"（不能为 null）。", $"Add \"{Excerpt(property)}\" (it may not be null)."));

    public static ReadMessage Unknown(string property) => new(
        T($"未知属性 \"{Excerpt(property)}\"。", $"Unknown property \"{Excerpt(property)}\"."),
        T("请对照交换格式检查拼写；自定义属性须以 \"x-\" 开头。", "Check its spelling against the exchange format; a property of your own must start with \"x-\"."));

    public static ReadMessage Duplicate(string property) => new(
        T($"属性 \"{Excerpt(property)}\" 在同一对象中出现了两次。请只保留一个：重复的属性名使取值含义不明。", $"The property \"{Excerpt(property)}\" appears twice in the same object. Keep one: duplicate names make the value ambiguous."),
        T("删除重复的属性。", "Remove the duplicate property."));

    public static ReadMessage NotAllowed(string shownValue, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed.Select(a => "\"" + a + "\""));
        return new(
            T($"{shownValue} 不是允许的取值之一：{list}。", $"{shownValue} is not one of the allowed values: {list}."),
            T($"请使用 {list} 之一，或省略该属性。", $"Use one of {list}, or leave the property out."));
    }

    public static ReadMessage Pattern(string shownValue, LocalizedText meaning) => new(
        T($"{shownValue} 不是{meaning.Chinese}。", $"{shownValue} is not {meaning.English}."),
        T($"请写成{meaning.Chinese}。", $"Write {meaning.English}."));

    public static ReadMessage Pattern(string shownValue, string pattern) => Pattern(shownValue, T("符合格式 " + pattern, "of the form " + pattern));

    public static ReadMessage Empty(string property) => new(
        T($"\"{Excerpt(property)}\" 为空。", $"\"{Excerpt(property)}\" is empty."),
        T("请填写表中的内容。", "Give the text from the table."));

    public static ReadMessage OutOfRange(string shownValue, string limit, bool below) => below
        ? new(T($"{shownValue} 小于最小值 {limit}。", $"{shownValue} is less than the minimum {limit}."), T($"请填写不小于 {limit} 的数。", $"Give a number of at least {limit}."))
        : new(T($"{shownValue} 大于最大值 {limit}。", $"{shownValue} is greater than the maximum {limit}."), T($"请填写不大于 {limit} 的数。", $"Give a number of at most {limit}."));

    public static ReadMessage WrongType(JsonKind expected, string found) => new(
        T($"应为{KindZh(expected)}，实际为{FoundZh(found)}。", $"Expected {KindEn(expected)} but found {found}."),
        T($"此处请填写{KindZh(expected)}。", $"Write {KindEn(expected)} here."));

    public static ReadMessage NumberOutOfRange(string shownValue) => new(
        T($"数值 {shownValue} 超出金额可表示的范围：金额为最多 28 位有效数字的十进制数。", $"The number {shownValue} is out of range for an amount: amounts are decimals with at most 28 significant digits."),
        T("请检查该数值，金额不会如此之大或如此之精细。", "Check the number: no amount is this large or this fine."));

    public static ReadMessage NotExact(string shownValue) => new(
        T($"数值 {shownValue} 的有效数字超过金额能精确保存的 28 位，读取会改变它。", $"The number {shownValue} has more significant digits than an amount keeps exactly (28): reading it would change it."),
        T("请写成最多 28 位有效数字的数；本库不会悄悄舍入金额。", "Write it with at most 28 significant digits; amounts are never rounded silently."));

    public static ReadMessage NotInteger(string shownValue) => new(
        T($"数值 {shownValue} 不是整数或过大：应为整数。", $"The number {shownValue} is not an integer, or is too large: expected an integer."),
        T("此处请填写整数。", "Write an integer here."));

    public static ReadMessage StringTooLong(int length, int limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "字符串长 {0:N0} 个字符，超过上限 {1:N0}（DocumentLimits.MaxStringLength）。", length, limit), string.Format(CultureInfo.InvariantCulture, "The string has {0:N0} characters; the limit is {1:N0} (DocumentLimits.MaxStringLength).", length, limit)),
        T("请缩短该文字，或调高上限。", "Shorten the text, or raise the limit."));

    public static ReadMessage TooManyProjects(int limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "文档的项目超过上限 {0:N0}（DocumentLimits.MaxProjects）。", limit), string.Format(CultureInfo.InvariantCulture, "The document has more than {0:N0} projects, the limit (DocumentLimits.MaxProjects).", limit)),
        T("请拆分文档，或调高 DocumentLimits.MaxProjects。", "Split the document, or raise DocumentLimits.MaxProjects."));

    public static ReadMessage TooManyIndicators(int limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "文档的指标行超过上限 {0:N0}（DocumentLimits.MaxIndicators）。", limit), string.Format(CultureInfo.InvariantCulture, "The document has more than {0:N0} indicators, the limit (DocumentLimits.MaxIndicators).", limit)),
        T("请拆分文档，或调高 DocumentLimits.MaxIndicators。", "Split the document, or raise DocumentLimits.MaxIndicators."));

    public static ReadMessage TooDeep(int limit) => new(
        T($"JSON 嵌套超过 {limit} 层（DocumentLimits.MaxDepth）。有效文档只需 6 层，请减少扩展数据的嵌套。", $"The JSON is nested deeper than {limit} levels (DocumentLimits.MaxDepth). A valid document needs 6; flatten the extension data."),
        T("请减少扩展数据的嵌套。", "Flatten the extension data."));

    public static ReadMessage TooLarge(long length, long limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "输入为 {0:N0} 字节，超过上限 {1:N0}（DocumentLimits.MaxInputBytes）。请拆分文档或调高上限。", length, limit), string.Format(CultureInfo.InvariantCulture, "The input is {0:N0} bytes; the limit is {1:N0} (DocumentLimits.MaxInputBytes). Split the document or raise the limit.", length, limit)),
        T("请拆分文档，或调高 DocumentLimits.MaxInputBytes。", "Split the document, or raise DocumentLimits.MaxInputBytes."));

    public static ReadMessage WrittenTooLarge(long length, long limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "写出的 JSON 将有 {0:N0} 字节，超过读取上限 {1:N0}（DocumentLimits.MaxInputBytes），写出后无法再读入，因此没有写出。", length, limit), string.Format(CultureInfo.InvariantCulture, "The JSON would be {0:N0} bytes, over the reading limit of {1:N0} (DocumentLimits.MaxInputBytes); it would not read back, so it was not written.", length, limit)),
        T("请拆分文档，或在写出和读取时都调高 DocumentLimits.MaxInputBytes。", "Split the document, or raise DocumentLimits.MaxInputBytes for writing and reading alike."));

    public static ReadMessage LargerThan(long limit) => new(
        T(string.Format(CultureInfo.InvariantCulture, "输入超过 {0:N0} 字节（DocumentLimits.MaxInputBytes）。请拆分文档或调高上限。", limit), string.Format(CultureInfo.InvariantCulture, "The input is larger than {0:N0} bytes (DocumentLimits.MaxInputBytes). Split the document or raise the limit.", limit)),
        T("请拆分文档，或调高 DocumentLimits.MaxInputBytes。", "Split the document, or raise DocumentLimits.MaxInputBytes."));

    public static ReadMessage UnsupportedVersion(string version, int major) => new(
        T($"schemaVersion \"{Excerpt(version)}\" 的主版本为 {major}，本库只能读取主版本 {TargetJson.SupportedMajorVersion}（\"{TargetJson.SupportedMajorVersion}.x\"）。", $"schemaVersion \"{Excerpt(version)}\" has major version {major}; this library reads major version {TargetJson.SupportedMajorVersion} (\"{TargetJson.SupportedMajorVersion}.x\")."),
        T($"请升级本库，或将文档导出为 {TargetJson.SupportedMajorVersion} 版。", $"Update the library, or export the document as version {TargetJson.SupportedMajorVersion}."));

    public static ReadMessage InvalidUtf8(byte value, long offset) => new(
        T(string.Format(CultureInfo.InvariantCulture, "文件不是有效的 UTF-8：偏移 {1} 处的字节 0x{0:X2} 不属于 UTF-8 字符。", value, offset), string.Format(CultureInfo.InvariantCulture, "The file is not valid UTF-8: byte 0x{0:X2} at offset {1} does not belong to a UTF-8 character.", value, offset)),
        EncodingHint);

    public static ReadMessage Utf16 { get; } = new(
        T("文件是 UTF-16 编码而不是 UTF-8。", "The file is UTF-16, not UTF-8."),
        T("请另存为 UTF-8（交换格式只用 UTF-8）；导入器可以读取 UTF-16 文件。", "Save it as UTF-8 (the exchange format is UTF-8 only); the importer reads UTF-16 files."));

    public static ReadMessage LoneSurrogate { get; } = new(
        T("字符串中含有单独的代理项转义（如 \\ud800），它不是一个字符。", "The string contains an escaped lone surrogate (such as \\ud800) that is not a character."),
        T("请删除，或补全代理对。", "Remove it or complete the surrogate pair."));

    public static ReadMessage EmptyInput { get; } = new(
        T("输入为空：应为一个 JSON 对象，如 {\"schemaVersion\": \"" + TargetDocument.CurrentSchemaVersion + "\", …}。", "The input is empty: expected a JSON object such as {\"schemaVersion\": \"" + TargetDocument.CurrentSchemaVersion + "\", …}."),
        T("请提供交换格式的 JSON 文档。", "Give a JSON document of the exchange format."));

    public static LocalizedText EncodingHint { get; } = T("请将文件另存为 UTF-8；GB18030 或 UTF-16 文件可用导入器转换。", "Save the file as UTF-8; convert GB18030 or UTF-16 files with the importer.");

    public static LocalizedText SyntaxHint { get; } = T("请修正此处的 JSON（通常是缺少逗号、引号或括号），或重新导出文档。", "Fix the JSON at this place (a missing comma, quote or bracket is the usual cause), or export the document again.");

    /// <summary>Shows a string value in a message: quoted, at most <see cref="ExcerptLength"/> characters.</summary>
    public static string Quote(string value) => "\"" + Excerpt(value) + "\"";

    /// <summary>Cuts a text to <see cref="ExcerptLength"/> characters with "…", keeping surrogate pairs whole.</summary>
    public static string Excerpt(string value)
    {
        if (value.Length <= ExcerptLength)
        {
            return value;
        }

        var cut = ExcerptLength - 1;
        if (char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return value.Substring(0, cut) + "…";
    }

    public static string KindEn(JsonKind kind) => kind switch
    {
        JsonKind.String => "a string",
        JsonKind.Integer => "an integer",
        JsonKind.Number => "a number",
        JsonKind.Object => "an object",
        _ => "an array",
    };

    public static string KindZh(JsonKind kind) => kind switch
    {
        JsonKind.String => "字符串",
        JsonKind.Integer => "整数",
        JsonKind.Number => "数值",
        JsonKind.Object => "对象",
        _ => "数组",
    };

    /// <summary>The English names of what was found ("a string", "null" …), with their Chinese.</summary>
    public static string FoundZh(string found) => found switch
    {
        "a string" => "字符串",
        "a number" => "数值",
        "a boolean" => "布尔值",
        "null" => "null",
        "an object" => "对象",
        "an array" => "数组",
        _ => "值",
    };

    private static LocalizedText T(string chinese, string english) => new(chinese, english);
}
