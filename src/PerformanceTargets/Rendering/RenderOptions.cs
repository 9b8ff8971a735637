using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Rendering;

/// <summary>
/// What to render and how: the format, the language of the labels, which tables, how merged cells are written and
/// whether validation findings are shown (the review view).
/// </summary>
/// <remarks>Immutable and thread-safe; derive changed copies with <c>with</c> expressions. <see cref="Default"/> is HTML, Chinese labels, all tables with the cover, contents and part 1, merged cells, no review.</remarks>
public sealed record RenderOptions
{
    private ImmutableArray<int> _tables = ImmutableArray<int>.Empty;

    /// <summary>Gets the default options: HTML, Chinese labels, every table, merged cells, review off.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Gets the output format. Default <see cref="RenderFormat.Html"/>.</summary>
    public RenderFormat Format { get; init; } = RenderFormat.Html;

    /// <summary>Gets the language of the labels. Default <see cref="Language.Chinese"/> (<c>zh-CN</c>).</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>
    /// Gets the zero-based indexes into <c>TargetDocument.Projects</c> of the tables to render, in the order to render them;
    /// empty (the default) means every table in document order. An index outside the document is a caller mistake:
    /// rendering throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public ImmutableArray<int> Tables { get => _tables; init => _tables = value.IsDefault ? ImmutableArray<int>.Empty : value; }

    /// <summary>
    /// Gets whether the tables are rendered alone: only the tables of <see cref="Tables"/> (every table when it is
    /// empty), without the cover, the contents and part 1 (部门整体绩效目标), the way <c>perftargets render --table N</c>
    /// prints table N. HTML is still a whole page (head, style sheet, Content-Security-Policy); in the review view the
    /// summary counts and lists the findings of those tables only, not those on the document as a whole. In
    /// <see cref="RenderFormat.Docx"/> the file holds the tables without the title and part 1; <see cref="RenderFormat.Xlsx"/>
    /// has neither. Templates see it as <c>options.tables_alone</c>. Default false.
    /// </summary>
    public bool TablesAlone { get; init; }

    /// <summary>Gets how merged cells (一级指标, 二级指标) are written. Default <see cref="MergedCellStyle.Merge"/>.</summary>
    public MergedCellStyle MergedCells { get; init; } = MergedCellStyle.Merge;

    /// <summary>
    /// Gets whether the review view is rendered: each finding of the validation report beside the cell it concerns, a
    /// summary per table and one for the document (in <see cref="RenderFormat.Docx"/>, each finding a Word comment on
    /// its cell). Without a report the view shows that there are no findings. <see cref="RenderFormat.Xlsx"/> ignores it.
    /// Default false.
    /// </summary>
    public bool Review { get; init; }

    /// <summary>
    /// Gets which table each project is rendered as: the target table (<see cref="TableKind.Targets"/>, the default), the
    /// self-evaluation table (<see cref="TableKind.Evaluation"/>) or the monitoring table (<see cref="TableKind.Monitoring"/>).
    /// A project without the blocks of the kind asked is still rendered, its figures empty. An undefined value is taken as
    /// <see cref="TableKind.Targets"/>.
    /// </summary>
    public TableKind TableKind { get; init; } = TableKind.Targets;

    /// <summary>Gets the BCP 47 name of <see cref="Language"/>: <c>zh-CN</c> or <c>en</c>.</summary>
    public string LanguageTag => Languages.GetTag(Language);

    /// <inheritdoc />
    public bool Equals(RenderOptions? other) =>
        other is not null &&
        Format == other.Format &&
        Language == other.Language &&
        MergedCells == other.MergedCells &&
        Review == other.Review &&
        TableKind == other.TableKind &&
        TablesAlone == other.TablesAlone &&
        Equality.Sequence(_tables, other._tables);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Combine((int)Format, (int)Language, (int)MergedCells, (Review ? 1 : 0) + (TablesAlone ? 2 : 0) + (4 * (int)TableKind));
}
