namespace PerformanceTargets.Validation.Rules.Format;

/// <summary>
/// The rules of stage 1, which say that the input could not be read (or imported) at all. They have descriptors but no
/// check class: the reading stage reports them (<c>Validation/Schema</c> for JSON, <see cref="TargetValidator"/> for
/// imported sources). They cannot be disabled or given another severity.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class ReadStageRules
{
    /// <summary>PT001: not well-formed JSON, or not UTF-8. Reported by the JSON reader (Validation/Schema/SchemaStage.cs).</summary>
    public static RuleDescriptor PT001 { get; } = new()
    {
        Id = "PT001",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("不是格式正确的 JSON 或不是 UTF-8 编码", "Not well-formed JSON or not UTF-8"),
        Description = new(
            "文件须为 UTF-8 编码的 JSON（允许字节顺序标记）：无语法错误、无重复属性名。修正之前无法进行其他检查。",
            "The file must be UTF-8 JSON (a byte order mark is accepted): no syntax errors, no duplicate property names. Nothing else can be checked until it is."),
    };

    /// <summary>PT002: violates the JSON Schema of the exchange format. Reported by the schema stage (Validation/Schema/SchemaStage.cs).</summary>
    public static RuleDescriptor PT002 { get; } = new()
    {
        Id = "PT002",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("不符合交换格式的 JSON Schema", "Violates the JSON Schema of the exchange format"),
        Description = new(
            "文档须符合 schema/performance-targets.schema.json：必填属性、类型、允许取值、格式、最小值，且不得有未知属性（自定义属性以 x- 开头）。完整错误列表由 NJsonSchema 给出。",
            "The document must satisfy schema/performance-targets.schema.json: required properties, types, allowed values, patterns, minimums and no unknown properties (own properties start with x-). The full list comes from NJsonSchema."),
    };

    /// <summary>PT003: unknown major schemaVersion. Reported by the JSON reader (Validation/Schema/SchemaStage.cs).</summary>
    public static RuleDescriptor PT003 { get; } = new()
    {
        Id = "PT003",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("未知的 schemaVersion 主版本", "Unknown major schemaVersion"),
        Description = new(
            "本库读取 1.x 版交换格式。其他主版本的文档无法读取；请升级本库，或将文档导出为 1 版。",
            "This library reads version 1.x of the exchange format. A document of another major version cannot be read; update the library or export the document as version 1."),
    };

    /// <summary>PT901: the input exceeds a reader limit. Reported by the JSON reader (Validation/Schema/SchemaStage.cs).</summary>
    public static RuleDescriptor PT901 { get; } = new()
    {
        Id = "PT901",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("输入超出读取上限", "Input exceeds a reader limit"),
        Description = new(
            "输入超过读取上限（JsonReadOptions）：默认 64 MiB、64 层嵌套、100,000 个项目。请拆分文档或调高上限。",
            "The input is larger or deeper than the reader's limits (JsonReadOptions): 64 MiB, 64 levels, 100,000 projects by default. Split the document or raise the limit."),
    };

    /// <summary>PT902: the source (a text extraction, CSV or XLSX table) could not be imported completely. Each import diagnostic becomes one (TargetValidator).</summary>
    public static RuleDescriptor PT902 { get; } = new()
    {
        Id = "PT902",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("来源未能完整导入", "Source not imported completely"),
        Description = new(
            "导入器遇到来源中损坏或不符合预期的部分（表格不完整、行缺少单元格、未知标签、缺少列）：每条导入诊断都成为一条发现，保留诊断的严重程度、代码和行号。",
            "The importer met a damaged or unexpected part of the source (a table cut short, a row with missing cells, an unknown label, a missing column): each import diagnostic becomes a finding with the diagnostic's severity, code and line."),
    };
}
