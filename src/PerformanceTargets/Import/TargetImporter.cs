using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Import.Readers;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import;

/// <summary>
/// Imports the documents that exist today into the exchange model: Word budget performance texts (.docx, or the
/// plain text a document extractor produced from one), and flat indicator tables (one row per indicator) as CSV, XLSX
/// or a table of a Word document.
/// </summary>
/// <remarks>
/// <para>One pipeline serves every format: a format reader finds the cells and their places (the text layout, CSV,
/// XLSX, DOCX), a layout names them by their labels or header (a document of project tables, or a flat table), and one
/// builder turns them into the model with one set of messages (see docs/import.md).</para>
/// <para>The layout and the encoding are detected from the content (or forced by <see cref="ImportOptions"/>). Every
/// imported value is recorded in <see cref="ImportResult.SourceMap"/> with its line, column, table, row and cell, so that a
/// later validation finding can point at the original text. Text is kept verbatim, apart from the tab characters at
/// the ends of cells, which are extraction artefacts.</para>
/// <para>Bad input never throws: an empty, binary or unrecognised input gives a result without document and an
/// error diagnostic; a damaged table gives error diagnostics naming the line and what was expected, and the intact
/// tables are still imported. Caller mistakes (null arguments, a non-positive size limit) and I/O failures on files
/// and streams are exceptions. All members are stateless and thread-safe.</para>
/// </remarks>
public static class TargetImporter
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2D];

    /// <summary>Imports a file.</summary>
    /// <param name="path">The file; it becomes <see cref="ImportOptions.FileName"/> unless the options name another.</param>
    /// <param name="options">Encoding, layout, limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The document, its source map and the diagnostics. Never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DocumentLimits.MaxInputBytes"/> is not positive.</exception>
    /// <exception cref="IOException">The file does not exist or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ImportResult Import(string path, ImportOptions? options = null)
    {
        Guard.NotNullOrEmpty(path);
        options = Prepare(options);
        if (options.FileName is null)
        {
            options = options with { FileName = path };
        }

        byte[]? bytes;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan))
        {
            if (stream.Length > options.Limits.MaxInputBytes)
            {
                return TooLarge(options, stream.Length);
            }

            bytes = ReadFile(stream, options.Limits.MaxInputBytes);
        }

        return bytes is null ? TooLarge(options, null) : Run(ref bytes, options);
    }

    /// <summary>Imports the content of a stream, read to its end (at most <see cref="DocumentLimits.MaxInputBytes"/> bytes).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Encoding, layout, limits and the file name for messages; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The document, its source map and the diagnostics. Never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DocumentLimits.MaxInputBytes"/> is not positive.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        Guard.NotNull(stream);
        options = Prepare(options);
        var bytes = BoundedStream.ReadAll(stream, options.Limits.MaxInputBytes);
        return bytes is null ? TooLarge(options, null) : Run(ref bytes, options);
    }

    /// <summary>Imports content held in memory.</summary>
    /// <param name="content">The bytes of a text, CSV, XLSX or DOCX file.</param>
    /// <param name="options">Encoding, layout, limits and the file name for messages; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The document, its source map and the diagnostics. Never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DocumentLimits.MaxInputBytes"/> is not positive.</exception>
    public static ImportResult Import(byte[] content, ImportOptions? options = null)
    {
        Guard.NotNull(content);
        options = Prepare(options);
        if (content.LongLength > options.Limits.MaxInputBytes)
        {
            return TooLarge(options, content.LongLength);
        }

        byte[]? bytes = content;
        return Run(ref bytes, options);
    }

    /// <summary>Imports text that is already decoded (the text layout, or CSV).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Layout and the file name for messages (the encoding is ignored); null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The document, its source map and the diagnostics. Never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DocumentLimits.MaxInputBytes"/> is not positive.</exception>
    public static ImportResult ImportText(string text, ImportOptions? options = null)
    {
        Guard.NotNull(text);
        options = Prepare(options);
        if ((long)text.Length > options.Limits.MaxInputBytes || System.Text.Encoding.UTF8.GetByteCount(text) > options.Limits.MaxInputBytes)
        {
            return TooLarge(options, null);
        }

        return ImportDecoded(text, new ImportContext(options) { Encoding = ImportEncoding.Auto });
    }

    private static ImportOptions Prepare(ImportOptions? options)
    {
        options ??= ImportOptions.Default;
        Guard.Positive(options.Limits.MaxInputBytes, nameof(options.Limits.MaxInputBytes));
        return options;
    }

    private static ImportResult TooLarge(ImportOptions options, long? size)
    {
        var context = new ImportContext(options);
        var limit = options.Limits.MaxInputBytes.ToString("N0", CultureInfo.InvariantCulture);
        var actual = size is { } s ? s.ToString("N0", CultureInfo.InvariantCulture) + " bytes" : "more";
        var actualZh = size is { } z ? z.ToString("N0", CultureInfo.InvariantCulture) + " 字节" : "更多";
        context.Error(
            ImportDiagnosticCodes.InputTooLarge,
            Place.None,
            "The input is too large: " + actual + ", the limit is " + limit + " bytes.",
            "输入过大：" + actualZh + "，上限为 " + limit + " 字节。",
            "Raise DocumentLimits.MaxInputBytes if the file is genuine.",
            "如文件确无问题，请调高 DocumentLimits.MaxInputBytes。");
        return context.Finish(null);
    }

    /// <summary>Reads a file of known length into a buffer of that size (a growing buffer would take three times its size); null when it grew past the limit.</summary>
    private static byte[]? ReadFile(FileStream stream, long limit)
    {
        var bytes = new byte[stream.Length];
        var read = 0;
        int count;
        while (read < bytes.Length && (count = stream.Read(bytes, read, bytes.Length - read)) > 0)
        {
            read += count;
        }

        if (read < bytes.Length)
        {
            Array.Resize(ref bytes, read); // the file shrank while it was read
        }

        // A file that grew while it was read: the rest is read under the limit.
        var rest = BoundedStream.ReadAll(stream, limit - read);
        return rest is null ? null : rest.Length == 0 ? bytes : [.. bytes, .. rest];
    }

    /// <summary>
    /// Imports bytes. <paramref name="bytes"/> is cleared once the text is decoded, so that a large file's bytes are not
    /// kept beside its text while it is imported.
    /// </summary>
    private static ImportResult Run(ref byte[]? bytes, ImportOptions options)
    {
        var context = new ImportContext(options);
        var input = bytes!;
        if (input.Length == 0)
        {
            return Empty(context);
        }

        if (StartsWith(input, ZipMagic))
        {
            return ImportZip(input, context);
        }

        if (StartsWith(input, OleMagic))
        {
            return Ole(input, context);
        }

        if (StartsWith(input, PdfMagic))
        {
            return Unsupported(
                context,
                "The input is a PDF file, which is not read.",
                "输入是 PDF 文件，不支持读取。",
                "Extract the text of the Word original (one table cell per tab-led line) and import that.",
                "请提取 Word 原件的文本（每个表格单元格一行，以制表符开头）后再导入。");
        }

        var text = TextDecoder.Decode(input, options.Encoding, context);
        input = bytes = null;
        return text is null ? context.Finish(null) : ImportDecoded(text, context);
    }

    private static ImportResult ImportDecoded(string text, ImportContext context)
    {
        var start = 0;
        while (start < text.Length && (text[start] == '\uFEFF' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        if (start == text.Length)
        {
            return Empty(context);
        }

        var layout = context.Options.Layout;
        if (layout == ImportLayout.Auto)
        {
            var json = text[start] == '{' || (text[start] == '[' && string.CompareOrdinal(text, start, "[bookmark:", 0, 10) != 0);
            var tables = TextLayoutReader.Recognize(text);
            if (json && !tables)
            {
                return Unsupported(
                    context,
                    "The input is JSON: it is already in the exchange format (or another JSON), not a document to import.",
                    "输入是 JSON：已经是交换格式（或其他 JSON），不是待导入的文档。",
                    "Read it with TargetJson.Read, or check it with 'perftargets validate'.",
                    "请用 TargetJson.Read 读取，或用 'perftargets validate' 检查。");
            }

            if (tables)
            {
                layout = ImportLayout.Text;
            }
            else if (CsvReader.DetectDelimiter(text) != '\0')
            {
                layout = ImportLayout.Flat;
            }
            else
            {
                context.Error(
                    ImportDiagnosticCodes.UnknownLayout,
                    new Place(1),
                    "The layout was not recognised: the text has no tab-led table cells such as 项目编码 or 一级指标 (the text layout), and no line names table columns such as 项目名称, 三级指标, 指标值 (a flat table).",
                    "无法识别版式：文本中没有以制表符开头的表格单元格（如 项目编码、一级指标），也没有列名行（如 项目名称、三级指标、指标值）。",
                    "Import the text extracted from the Word document, or a CSV/XLSX table with a header row; force the layout with --layout if it is one of these.",
                    "请导入从 Word 文档提取的文本，或带表头行的 CSV/XLSX 表格；如输入属于其中之一，可用 --layout 指定版式。");
                return context.Finish(null);
            }
        }

        context.Layout = layout;
        if (layout == ImportLayout.Text)
        {
            return context.Finish(DocumentLayout.Import(TextLayoutReader.Read(text), context));
        }

        var delimiter = CsvReader.DetectDelimiter(text);
        return context.Finish(FlatLayout.Import(CsvReader.Read(text, delimiter == '\0' ? ',' : delimiter, context), context));
    }

    private static ImportResult ImportZip(byte[] bytes, ImportContext context)
    {
        var kind = OfficePackage.Inspect(bytes, out var damage);
        if (kind == PackageKind.Damaged)
        {
            return Unsupported(
                context,
                "The input is a damaged ZIP file (a .docx or .xlsx cut short or corrupted): " + damage,
                "输入是已损坏的 ZIP 文件（.docx 或 .xlsx 不完整或已损坏）：" + damage,
                "Open the file in Word, Excel or WPS (which may repair it) and save it again, or ask the sender for an intact copy.",
                "请用 Word、Excel 或 WPS 打开该文件（可尝试修复）并重新保存，或向发送方索取完好的文件。");
        }

        if (kind == PackageKind.WordDocument)
        {
            CheckExtension(context, ".docx", "a Word document (.docx)", "Word 文档（.docx）");
            return WordImport.Import(bytes, context);
        }

        if (kind != PackageKind.Workbook)
        {
            return Unsupported(
                context,
                "The input is a ZIP file but neither an XLSX workbook (it has no xl/workbook.xml) nor a Word document (no word/document.xml).",
                "输入是 ZIP 文件，但既不是 XLSX 工作簿（其中没有 xl/workbook.xml），也不是 Word 文档（没有 word/document.xml）。",
                "Import a .docx document, an .xlsx workbook, a CSV file or the extracted text.",
                "请导入 .docx 文档、.xlsx 工作簿、CSV 文件或提取出的文本。");
        }

        CheckExtension(context, ".xlsx", "an XLSX workbook", "XLSX 工作簿");
        if (context.Options.Layout == ImportLayout.Text)
        {
            return Unsupported(
                context,
                "The input is an XLSX workbook, which holds a flat table, not the text layout.",
                "输入是 XLSX 工作簿（一维表），不是文本版式。",
                "Import it with the flat layout (--layout flat or auto).",
                "请按一维表版式导入（--layout flat 或 auto）。");
        }

        context.Layout = ImportLayout.Flat;
        using var workbook = XlsxWorkbook.Open(bytes, context);
        if (workbook is null)
        {
            return context.Finish(null);
        }

        var document = FlatLayout.Import([.. workbook.Sheets.Select(s => new FlatTableSource(s.Name, s.Part, () => workbook.Rows(s)))], context);
        return context.Finish(workbook.Failed ? null : document);
    }

    /// <summary>
    /// Warns (<c>PTI014</c>) when the file name's extension names another Office format than the content is: the content
    /// decides (an .xlsx workbook renamed .docx is imported as the workbook it is).
    /// </summary>
    private static void CheckExtension(ImportContext context, string extension, string what, string whatZh)
    {
        if (context.File is not { } file)
        {
            return;
        }

        var actual = Path.GetExtension(file).ToLowerInvariant();
        var named = actual switch
        {
            ".docx" or ".docm" or ".dotx" => ".docx",
            ".xlsx" or ".xlsm" or ".xltx" => ".xlsx",
            _ => null,
        };
        if (named is null || named == extension)
        {
            return;
        }

        context.Warning(
            ImportDiagnosticCodes.ContentMismatch,
            Place.None,
            "The file is named " + actual + " but its content is " + what + "; it was imported as " + what + ".",
            "文件扩展名为 " + actual + "，但其内容是" + whatZh + "；已按" + whatZh + "导入。",
            "Rename the file to " + extension + ".",
            "请将文件扩展名改为 " + extension + "。");
    }

    /// <summary>
    /// Refuses an OLE compound file, saying which: an encrypted Office file (a password-protected .docx or .xlsx is such a
    /// container with an EncryptionInfo stream), a Word 97-2003 .doc, an Excel 97-2003 .xls.
    /// </summary>
    private static ImportResult Ole(byte[] input, ImportContext context)
    {
        if (ContainsUtf16(input, "EncryptionInfo") || ContainsUtf16(input, "EncryptedPackage"))
        {
            return Unsupported(
                context,
                "The input is an encrypted (password-protected) Office document, which cannot be read.",
                "输入是已加密（设有密码保护）的 Office 文档，无法读取。",
                "Open it in Word, Excel or WPS with its password, remove the password (File > Info > Protect Document > Encrypt with Password) and save it again.",
                "请用 Word、Excel 或 WPS 输入密码打开，取消密码（文件 > 信息 > 保护文档 > 用密码进行加密，清空密码）后重新保存。");
        }

        if (ContainsUtf16(input, "WordDocument"))
        {
            return Unsupported(
                context,
                "The input is a Word 97-2003 document (.doc), which is not read.",
                "输入是 Word 97-2003 文档（.doc），不支持读取。",
                "Open it in Word or WPS and save it as .docx, then import the .docx.",
                "请用 Word 或 WPS 打开并另存为 .docx，再导入该 .docx 文件。");
        }

        if (ContainsUtf16(input, "Workbook") || ContainsUtf16(input, "Book"))
        {
            return Unsupported(
                context,
                "The input is an Excel 97-2003 workbook (.xls), which is not read.",
                "输入是 Excel 97-2003 工作簿（.xls），不支持读取。",
                "Save the workbook as .xlsx or CSV and import that.",
                "请将工作簿另存为 .xlsx 或 CSV，再导入。");
        }

        return Unsupported(
            context,
            "The input is an Excel 97-2003 (.xls) or Word 97-2003 (.doc) file, which is not read.",
            "输入是 Excel 97-2003（.xls）或 Word 97-2003（.doc）文件，不支持读取。",
            "Save the workbook as .xlsx or CSV, or the document as .docx, and import that.",
            "请将工作簿另存为 .xlsx 或 CSV，或将文档另存为 .docx，再导入。");
    }

    /// <summary>Whether the bytes hold <paramref name="name"/> in UTF-16 little endian (a stream name in a compound file's directory).</summary>
    private static bool ContainsUtf16(byte[] bytes, string name)
    {
        var pattern = System.Text.Encoding.Unicode.GetBytes(name);
        var last = bytes.Length - pattern.Length;
        for (var i = 0; i <= last; i++)
        {
            if (bytes[i] != pattern[0])
            {
                continue;
            }

            var j = 1;
            while (j < pattern.Length && bytes[i + j] == pattern[j])
            {
                j++;
            }

            if (j == pattern.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static ImportResult Empty(ImportContext context)
    {
        context.Error(
            ImportDiagnosticCodes.EmptyInput,
            Place.None,
            "The input is empty.",
            "输入为空。",
            "Import the text extracted from the Word document, or a CSV or XLSX indicator table.",
            "请导入从 Word 文档提取的文本，或 CSV、XLSX 格式的指标表。");
        return context.Finish(null);
    }

    private static ImportResult Unsupported(ImportContext context, string message, string messageZh, string hint, string hintZh)
    {
        context.Error(ImportDiagnosticCodes.UnsupportedFormat, Place.None, message, messageZh, hint, hintZh);
        return context.Finish(null);
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
