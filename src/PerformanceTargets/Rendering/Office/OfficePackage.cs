using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PerformanceTargets.Rendering.Office;

/// <summary>
/// What the DOCX and XLSX writers share: text made safe for XML, and the package written so that the same document
/// always gives the same bytes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OfficePackage
{
    /// <summary>The time stamp of every zip entry: 1980-01-01 00:00, the first a zip entry can hold.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private static readonly XmlWriterSettings PartSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
        NewLineHandling = NewLineHandling.None,
    };

    /// <summary>
    /// Writes a package (the zip of an Open XML document) to <paramref name="output"/>: the content types, the package's
    /// relationship to <paramref name="main"/>, the main part, its relationships to <paramref name="parts"/> (the i-th
    /// part's id is <c>rId</c><i>i + 1</i>, so the main part's XML can refer to them) and each part, every entry stamped
    /// with <see cref="EntryTime"/>. Always into memory (the renderer's buffer, copied to the caller's stream once the
    /// rendering succeeded), so that the bytes depend on the content alone, not on whether a stream can seek.
    /// </summary>
    /// <remarks>
    /// Each part's XML is written straight into its zip entry, and the main part before the others, so that what it
    /// writes (the comments of a Word review) can be written after it. This is the package the Open XML SDK would write,
    /// without its package model in between: the SDK wrote the package, and the copy that fixed its entry times read it
    /// back and compressed it again.
    /// </remarks>
    public static void Write(MemoryStream output, OfficePart main, params OfficePart[] parts)
    {
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            WriteXml(zip, "[Content_Types].xml", writer =>
            {
                const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
                writer.WriteStartElement("Types", ns);
                Default(writer, "rels", RelationshipsType);
                Default(writer, "xml", "application/xml");
                Override(writer, main);
                foreach (var part in parts)
                {
                    Override(writer, part);
                }

                writer.WriteEndElement();

                static void Default(XmlWriter writer, string extension, string type)
                {
                    writer.WriteStartElement("Default", ns);
                    writer.WriteAttributeString("Extension", extension);
                    writer.WriteAttributeString("ContentType", type);
                    writer.WriteEndElement();
                }

                static void Override(XmlWriter writer, OfficePart part)
                {
                    writer.WriteStartElement("Override", ns);
                    writer.WriteAttributeString("PartName", "/" + part.Name);
                    writer.WriteAttributeString("ContentType", part.ContentType);
                    writer.WriteEndElement();
                }
            });
            WriteXml(zip, "_rels/.rels", writer => Relationships(writer, [(OfficeDocumentRelationship, main.Name)]));
            WriteXml(zip, main.Name, main.Write);
            if (parts.Length > 0)
            {
                var slash = main.Name.LastIndexOf('/');
                var folder = main.Name.Substring(0, slash + 1);
                WriteXml(zip, folder + "_rels/" + main.Name.Substring(slash + 1) + ".rels", writer => Relationships(writer, [.. parts.Select(p => (p.RelationshipType, p.Name))]));
            }

            foreach (var part in parts)
            {
                WriteXml(zip, part.Name, part.Write);
            }
        }
    }

    private static void Relationships(XmlWriter writer, (string Type, string Target)[] targets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        writer.WriteStartElement("Relationships", ns);
        for (var i = 0; i < targets.Length; i++)
        {
            writer.WriteStartElement("Relationship", ns);
            writer.WriteAttributeString("Id", "rId" + (i + 1).ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("Type", targets[i].Type);
            writer.WriteAttributeString("Target", "/" + targets[i].Target);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteXml(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, PartSettings);
        writer.WriteStartDocument();
        write(writer);
        writer.WriteEndDocument();
    }

    /// <summary>
    /// Makes text safe for an XML 1.0 document without losing sight of what it held: C0 control characters other than
    /// tab, line feed and carriage return become their visible Control Pictures (U+0000 → ␀, U+0007 → ␇), DEL becomes ␡,
    /// and characters XML cannot hold at all (lone surrogates, U+FFFE, U+FFFF) become U+FFFD. Returns the same instance
    /// when nothing needs replacing.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                builder.Append((char)(0x2400 + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                return i;
            }

            if (c == '\u007F' || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// One part of an Open XML package: its path in the zip (no leading slash), its content type, the type of the
/// relationship by which the main part refers to it (unused for the main part) and what writes its XML (its root
/// element; the XML declaration is written for it).
/// </summary>
internal sealed record OfficePart(string Name, string ContentType, string RelationshipType, Action<XmlWriter> Write);
