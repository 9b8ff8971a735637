using PerformanceTargets.Model;

namespace PerformanceTargets.Import;

/// <summary>The character encoding of an imported text or CSV file.</summary>
public enum ImportEncoding
{
    /// <summary>
    /// Detect: a byte order mark (UTF-8, UTF-16 little or big endian) decides; without one the bytes are UTF-8 when
    /// they are valid UTF-8, and GB18030 otherwise.
    /// </summary>
    Auto,

    /// <summary>UTF-8, with or without byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16; little endian unless a big-endian byte order mark says otherwise.</summary>
    Utf16,

    /// <summary>GB18030 (the superset of GBK and GB2312 still common in Chinese government files).</summary>
    Gb18030,
}

/// <summary>The layout of an imported document.</summary>
public enum ImportLayout
{
    /// <summary>Detect from the content (not only from the file name).</summary>
    Auto,

    /// <summary>
    /// A budget performance text of project tables (a table per project): a Word document (.docx), or the plain text a
    /// document extractor produced from one (one table cell per tab-led line, a blank line after each table row,
    /// <c>[bookmark: …]</c> lines from Word).
    /// </summary>
    Text,

    /// <summary>
    /// A flat indicator table, one row per indicator (CSV, XLSX or a table of a Word document), with columns such as 项目名称, 预算数,
    /// 一级指标, 二级指标, 三级指标, 指标值; project-level cells on the first row of each project.
    /// </summary>
    Flat,
}

/// <summary>Settings for <see cref="TargetImporter"/>: encoding, layout, limits and defaults for what a source does not state.</summary>
/// <remarks>Immutable and thread-safe; derive changed copies with <c>with</c>. <see cref="Default"/> suits every source seen so far.</remarks>
public sealed record ImportOptions
{
    private DocumentLimits _limits = DocumentLimits.Default;
    private IndicatorFramework _framework = IndicatorFramework.Framework2020;

    /// <summary>Gets the default options: detect encoding and layout, 64 MiB, framework 2020.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the encoding of text and CSV input; <see cref="ImportEncoding.Auto"/> detects it. XLSX ignores it.</summary>
    public ImportEncoding Encoding { get; init; } = ImportEncoding.Auto;

    /// <summary>Gets the layout; <see cref="ImportLayout.Auto"/> detects it from the content.</summary>
    public ImportLayout Layout { get; init; } = ImportLayout.Auto;

    /// <summary>Gets the file name recorded in source locations and diagnostics; null for in-memory input.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Gets the limits on the input (the file, its decoded text and unpacked parts) and on the document it gives (the
    /// same as for reading JSON, so that what is imported can be written and read back). Never null.
    /// </summary>
    public DocumentLimits Limits { get => _limits; init => _limits = value ?? DocumentLimits.Default; }

    /// <summary>
    /// Gets the indicator framework written into the document when the source does not show which one it follows
    /// (a source whose level-1 names include 成本指标 follows the 2021 framework). Never null: null sets the default, 2020.
    /// </summary>
    public IndicatorFramework Framework { get => _framework; init => _framework = value ?? IndicatorFramework.Framework2020; }

    /// <summary>Gets the fiscal year to use when the source does not state one (no year in the title, no 年度 column), or null.</summary>
    public int? FiscalYear { get; init; }

    /// <summary>Gets the worksheet of an XLSX workbook to import; null takes the first sheet that has an indicator header row.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// Gets the amount unit of a flat table whose headers and title rows do not state one (such as 预算数（元）);
    /// null assumes 元, the unit of most provincial flat tables, and says so in an information diagnostic.
    /// </summary>
    public AmountUnit? AmountUnit { get; init; }
}
