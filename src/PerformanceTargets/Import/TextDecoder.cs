using System.Globalization;
using System.Text;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import;

/// <summary>Turns the bytes of a text or CSV file into a string: BOM, UTF-8, UTF-16 and GB18030, detected or forced.</summary>
internal static class TextDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; reports and returns null when they are not text in the encoding.</summary>
    public static string? Decode(byte[] bytes, ImportEncoding requested, ImportContext context)
    {
        var bom = DetectBom(bytes, out var bomLength);
        if (bom == Bom.Utf32)
        {
            context.Error(
                ImportDiagnosticCodes.UnsupportedFormat,
                new Place(1, 1),
                "The input starts with a UTF-32 byte order mark; UTF-32 is not supported.",
                "输入以 UTF-32 字节顺序标记开头，不支持 UTF-32 编码。",
                "Save the file as UTF-8 (or UTF-16 or GB18030) and import it again.",
                "请将文件另存为 UTF-8（或 UTF-16、GB18030）编码后重新导入。");
            return null;
        }

        var encoding = requested;
        if (encoding == ImportEncoding.Auto)
        {
            encoding = bom switch
            {
                Bom.Utf8 => ImportEncoding.Utf8,
                Bom.Utf16LittleEndian or Bom.Utf16BigEndian => ImportEncoding.Utf16,
                Bom.Gb18030 => ImportEncoding.Gb18030,
                _ => ImportEncoding.Auto,
            };
        }

        if (encoding == ImportEncoding.Auto)
        {
            var nul = Array.IndexOf(bytes, (byte)0);
            if (nul >= 0)
            {
                ReportBinary(context, bytes, nul, "a NUL byte", "空字节（NUL）");
                return null;
            }

            var invalid = FirstInvalidUtf8(bytes, 0);
            if (invalid < 0)
            {
                context.Encoding = ImportEncoding.Utf8;
                return CheckText(StrictUtf8.GetString(bytes), context, bytes);
            }

            var gb = TryDecode(Gb18030(), bytes, 0, out var gbError);
            if (gb is not null)
            {
                context.Encoding = ImportEncoding.Gb18030;
                var at = new Place(LineAt(bytes, invalid));
                context.Info(
                    ImportDiagnosticCodes.EncodingDetected,
                    at,
                    "The input is not UTF-8 (first invalid byte at offset " + invalid.ToString(CultureInfo.InvariantCulture) + "); it was decoded as GB18030.",
                    "输入不是 UTF-8 编码（第一个无效字节位于偏移 " + invalid.ToString(CultureInfo.InvariantCulture) + "），已按 GB18030 解码。",
                    "Pass the encoding explicitly (--encoding gb18030) to silence this, or save the file as UTF-8.",
                    "如不需要此提示，请明确指定编码（--encoding gb18030），或将文件另存为 UTF-8 编码。");
                return CheckText(gb, context, bytes);
            }

            _ = gbError;
            context.Error(
                ImportDiagnosticCodes.InvalidEncoding,
                new Place(LineAt(bytes, invalid)),
                "The input is neither UTF-8 nor GB18030: the byte at offset " + invalid.ToString(CultureInfo.InvariantCulture) + " is invalid in both.",
                "输入既不是 UTF-8 也不是 GB18030 编码：偏移 " + invalid.ToString(CultureInfo.InvariantCulture) + " 处的字节在两种编码中都无效。",
                "Save the file as UTF-8, UTF-16 with byte order mark, or GB18030; a binary file cannot be imported.",
                "请将文件另存为 UTF-8、带字节顺序标记的 UTF-16 或 GB18030 编码；二进制文件无法导入。");
            return null;
        }

        context.Encoding = encoding;
        switch (encoding)
        {
            case ImportEncoding.Utf8:
            {
                var start = bom == Bom.Utf8 ? bomLength : 0;
                var invalid = FirstInvalidUtf8(bytes, start);
                if (invalid >= 0)
                {
                    ReportInvalid(context, bytes, invalid, "UTF-8");
                    return null;
                }

                return CheckText(StrictUtf8.GetString(bytes, start, bytes.Length - start), context, bytes);
            }

            case ImportEncoding.Utf16:
            {
                var bigEndian = bom == Bom.Utf16BigEndian;
                var start = bom is Bom.Utf16BigEndian or Bom.Utf16LittleEndian ? 2 : 0;
                if ((bytes.Length - start) % 2 != 0)
                {
                    ReportInvalid(context, bytes, bytes.Length - 1, "UTF-16");
                    return null;
                }

                var text = TryDecode(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), bytes, start, out var offset);
                if (text is null)
                {
                    ReportInvalid(context, bytes, offset, "UTF-16");
                    return null;
                }

                return CheckText(text, context, bytes);
            }

            default:
            {
                var start = bom == Bom.Gb18030 ? bomLength : 0;
                var text = TryDecode(Gb18030(), bytes, start, out var offset);
                if (text is null)
                {
                    ReportInvalid(context, bytes, offset, "GB18030");
                    return null;
                }

                return CheckText(text, context, bytes);
            }
        }
    }

    internal static Encoding Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available.");

    /// <summary>Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.</summary>
    internal static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        var invalid = Internal.Utf8Validation.FirstInvalid(bytes.AsSpan(start));
        return invalid < 0 ? -1 : start + invalid;
    }

    internal static int LineAt(byte[] bytes, int offset)
    {
        var line = 1;
        var end = Math.Min(offset, bytes.Length);
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes, int start, out int invalidOffset)
    {
        invalidOffset = -1;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            invalidOffset = start + Math.Max(ex.Index, 0);
            return null;
        }
    }

    private static string? CheckText(string text, ImportContext context, byte[] bytes)
    {
        // Text files hold tabs, line breaks and the odd form feed; anything else below U+0020 means binary data.
        var controls = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                if (first < 0)
                {
                    first = i;
                }

                if (c == '\0' || ++controls > 8)
                {
                    ReportBinary(context, bytes, -1, "control characters", "控制字符", LineOfChar(text, first));
                    return null;
                }
            }
        }

        return text;
    }

    private static int LineOfChar(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static void ReportBinary(ImportContext context, byte[] bytes, int offset, string what, string whatZh, int line = 0)
    {
        if (offset >= 0)
        {
            line = LineAt(bytes, offset);
        }

        context.Error(
            ImportDiagnosticCodes.BinaryInput,
            new Place(line),
            "The input is binary data, not text: it contains " + what + (offset >= 0 ? " at offset " + offset.ToString(CultureInfo.InvariantCulture) : string.Empty) + ".",
            "输入是二进制数据而不是文本：其中含有" + whatZh + (offset >= 0 ? "（偏移 " + offset.ToString(CultureInfo.InvariantCulture) + "）" : string.Empty) + "。",
            "Import the text extracted from the Word document, a CSV file or an XLSX workbook; UTF-16 text needs its byte order mark (or --encoding utf-16).",
            "请导入从 Word 文档提取的文本、CSV 文件或 XLSX 工作簿；UTF-16 文本须带字节顺序标记（或指定 --encoding utf-16）。");
    }

    private static void ReportInvalid(ImportContext context, byte[] bytes, int offset, string encoding) =>
        context.Error(
            ImportDiagnosticCodes.InvalidEncoding,
            new Place(LineAt(bytes, offset)),
            "The input is not valid " + encoding + ": the byte at offset " + offset.ToString(CultureInfo.InvariantCulture) + " cannot be decoded.",
            "输入不是有效的 " + encoding + " 编码：偏移 " + offset.ToString(CultureInfo.InvariantCulture) + " 处的字节无法解码。",
            "Check the encoding (--encoding auto detects UTF-8, UTF-16 with byte order mark and GB18030).",
            "请检查编码（--encoding auto 可识别 UTF-8、带字节顺序标记的 UTF-16 和 GB18030）。");

    private static Bom DetectBom(byte[] b, out int length)
    {
        length = 0;
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            length = 4;
            return Bom.Utf32;
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            length = 4;
            return Bom.Utf32;
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            length = 3;
            return Bom.Utf8;
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            length = 2;
            return Bom.Utf16LittleEndian;
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            length = 2;
            return Bom.Utf16BigEndian;
        }

        if (b.Length >= 4 && b[0] == 0x84 && b[1] == 0x31 && b[2] == 0x95 && b[3] == 0x33)
        {
            length = 4;
            return Bom.Gb18030;
        }

        return Bom.None;
    }

    private enum Bom
    {
        None,
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32,
        Gb18030,
    }
}
