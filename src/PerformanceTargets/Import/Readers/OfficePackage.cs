using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Readers;

/// <summary>What a ZIP file holds, by its content (never by its name).</summary>
internal enum PackageKind
{
    /// <summary>The ZIP cannot be read: cut short or corrupted.</summary>
    Damaged,

    /// <summary>A ZIP that is neither a workbook nor a Word document.</summary>
    Other,

    /// <summary>An XLSX workbook (xl/workbook.xml, or a spreadsheet main part in [Content_Types].xml).</summary>
    Workbook,

    /// <summary>A DOCX document (word/document.xml, or a wordprocessing main part in [Content_Types].xml).</summary>
    WordDocument,
}

/// <summary>
/// What the Office readers (XLSX, DOCX) share about their ZIP packages: what a package is, the unpacked-size bound
/// against decompression bombs, and which exceptions mean damage. One home for the defences of both readers.
/// </summary>
internal static class OfficePackage
{
    /// <summary>The largest XML part accepted by the Open XML SDK, in characters: a second guard against decompression bombs.</summary>
    public const long MaxCharactersInPart = 512L * 1024 * 1024;

    /// <summary>The settings every Office package is opened with.</summary>
    public static OpenSettings Settings => new() { MaxCharactersInPart = MaxCharactersInPart };

    /// <summary>Finds what a ZIP holds; <paramref name="damage"/> says why it cannot be read when it is damaged.</summary>
    public static PackageKind Inspect(byte[] bytes, out string? damage)
    {
        damage = null;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var kind = PackageKind.Other;
            ZipArchiveEntry? types = null;
            foreach (var entry in zip.Entries)
            {
                if (string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase))
                {
                    return PackageKind.Workbook;
                }

                if (string.Equals(entry.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase))
                {
                    kind = PackageKind.WordDocument;
                }
                else if (string.Equals(entry.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                {
                    types = entry;
                }
            }

            if (kind == PackageKind.Other && types is not null && types.Length <= 1024 * 1024)
            {
                // A main part under another name: [Content_Types].xml says which kind of package it is.
                using var reader = new StreamReader(types.Open(), Encoding.UTF8);
                var content = reader.ReadToEnd();
                if (content.IndexOf("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) >= 0)
                {
                    return PackageKind.Workbook;
                }

                if (content.IndexOf("wordprocessingml.document.main+xml", StringComparison.Ordinal) >= 0 || content.IndexOf("wordprocessingml.template.main+xml", StringComparison.Ordinal) >= 0)
                {
                    return PackageKind.WordDocument;
                }
            }

            return kind;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            damage = ex.Message;
            return PackageKind.Damaged;
        }
    }

    /// <summary>Whether an exception met while reading a package means that the package is damaged (not a bug of ours).</summary>
    public static bool IsDamage(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException or NotSupportedException;

    /// <summary>
    /// Checks the unpacked size of a package, the sum of the sizes its ZIP entries declare (reading never goes past
    /// them), against <see cref="DocumentLimits.MaxInputBytes"/>: a few hundred kilobytes of XLSX or DOCX can unpack to
    /// gigabytes of XML (a decompression bomb). Reports <c>PTI002</c> and returns false when it is over.
    /// </summary>
    /// <param name="bytes">The package.</param>
    /// <param name="context">Where to report.</param>
    /// <param name="what">"The workbook" or "The document".</param>
    /// <param name="whatZh">"工作簿" or "文档".</param>
    /// <param name="hint">The hint, in English.</param>
    /// <param name="hintZh">The hint, in Chinese.</param>
    public static bool WithinUnpackedLimit(byte[] bytes, ImportContext context, string what, string whatZh, string hint, string hintZh)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var total = 0L;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
        }

        var limit = context.Limits.MaxInputBytes;
        if (total <= limit)
        {
            return true;
        }

        var size = total.ToString("N0", CultureInfo.InvariantCulture);
        var max = limit.ToString("N0", CultureInfo.InvariantCulture);
        context.Error(
            ImportDiagnosticCodes.InputTooLarge,
            Place.None,
            what + " is too large unpacked: its parts hold " + size + " bytes, the limit is " + max + " bytes.",
            whatZh + "解压后过大：其各部分共 " + size + " 字节，上限为 " + max + " 字节。",
            hint,
            hintZh);
        return false;
    }
}
