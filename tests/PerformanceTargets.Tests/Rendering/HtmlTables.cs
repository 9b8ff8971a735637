using System.Net;
using System.Text.RegularExpressions;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// Reads the tables of the built-in HTML back: the section of a project, its rows and their cells. The templates never
/// nest tables and escape every <c>&lt;</c> of the data, which is all this reader relies on (the browser tests check the
/// same things in a real HTML parser).
/// </summary>
public static partial class HtmlTables
{
    /// <summary>The HTML of the project section with this anchor (<c>table-1</c>), up to its closing tag.</summary>
    public static string Section(string html, string anchor)
    {
        var start = html.IndexOf($"<section class=\"project\" id=\"{anchor}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + anchor);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html.Substring(start, end - start + "</section>".Length);
    }

    /// <summary>The body rows of the first table with this class in a section, each as its list of cells.</summary>
    public static List<List<Cell>> Rows(string section, string tableClass)
    {
        var start = section.IndexOf($"<table class=\"{tableClass}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no table " + tableClass);
        var body = section.IndexOf("<tbody>", start, StringComparison.Ordinal);
        var end = section.IndexOf("</tbody>", body, StringComparison.Ordinal);
        return RowPattern().Matches(section.Substring(body, end - body)).Select(m => Cells(m.Value)).ToList();
    }

    /// <summary>The cells of one row.</summary>
    public static List<Cell> Cells(string row) =>
        CellPattern().Matches(row).Select(m => new Cell(m.Groups["tag"].Value, m.Groups["attrs"].Value, m.Groups["content"].Value)).ToList();

    /// <summary>The text of some HTML: tags removed, character references decoded.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty));

    [GeneratedRegex("<(?<tag>td|th)(?<attrs>[^>]*)>(?<content>.*?)</\\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<tr[ >].*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    /// <summary>One cell: td or th, its attributes and its inner HTML.</summary>
    public sealed record Cell(string Tag, string Attributes, string Content)
    {
        public string Class => Regex.Match(Attributes, "class=\"([^\"]*)\"").Groups[1].Value;

        public int RowSpan => Regex.Match(Attributes, "rowspan=\"(\\d+)\"") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1;

        /// <summary>The cell's own text, without the findings the review view adds.</summary>
        public string Value => Text(Content.Split("<span class=\"findings")[0]);

        /// <summary>The rule ids of the findings shown in the cell.</summary>
        public IReadOnlyList<string> Rules => Regex.Matches(Content, "<code class=\"rule\">([^<]*)</code>").Select(m => m.Groups[1].Value).ToList();
    }
}
