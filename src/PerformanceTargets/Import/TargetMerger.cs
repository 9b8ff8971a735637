using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import;

/// <summary>
/// Merges actuals (the <c>monitoring</c> and <c>evaluation</c> blocks of a self-evaluation or monitoring table, format
/// 1.1) into an existing target document: each project of the actuals is matched by its code, else its name, and each
/// indicator row by its name (三级指标) within the project, then by 二级指标 when names repeat. Nothing is dropped
/// silently: every project or row that matches nothing, and every second row for the same indicator, is a located
/// diagnostic (<see cref="ImportDiagnosticCodes.MergeProjectNotFound"/>, <see cref="ImportDiagnosticCodes.MergeIndicatorNotFound"/>,
/// <see cref="ImportDiagnosticCodes.MergeDuplicateRow"/>). The targets (indicators, target values, budgets) are never
/// changed: only the blocks are added, replacing those the target document had.
/// </summary>
/// <remarks>Stateless and thread-safe. <c>docs/lifecycle.md</c> describes the matching.</remarks>
public static class TargetMerger
{
    /// <summary>Merges the actuals of an import (a flat self-evaluation or monitoring table) into a target document.</summary>
    /// <param name="targets">The target document.</param>
    /// <param name="actuals">The import of the actuals; its diagnostics come first in the result, and its source map locates the rows that match nothing.</param>
    /// <returns>The merged document (null when the import has none) and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> or <paramref name="actuals"/> is null.</exception>
    public static MergeResult Merge(TargetDocument targets, ImportResult actuals)
    {
        Guard.NotNull(targets);
        Guard.NotNull(actuals);
        if (actuals.Document is not { } document)
        {
            return new MergeResult(null, actuals.Diagnostics, 0, 0);
        }

        var file = actuals.Diagnostics.Select(d => d.File).FirstOrDefault(f => f is not null);
        return Merge(targets, document, actuals.SourceMap, file, actuals.Diagnostics);
    }

    /// <summary>Merges the blocks of one document (such as exchange JSON with actuals) into a target document.</summary>
    /// <param name="targets">The target document.</param>
    /// <param name="actuals">The document with the actuals: its projects and annual indicators carry the blocks.</param>
    /// <returns>The merged document and the diagnostics, located by JSON Pointer into <paramref name="actuals"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> or <paramref name="actuals"/> is null.</exception>
    public static MergeResult Merge(TargetDocument targets, TargetDocument actuals)
    {
        Guard.NotNull(targets);
        Guard.NotNull(actuals);
        return Merge(targets, actuals, null, null, []);
    }

    private static MergeResult Merge(TargetDocument targets, TargetDocument actuals, SourceMap? map, string? file, ImmutableArray<ImportDiagnostic> earlier)
    {
        var diagnostics = ImmutableArray.CreateBuilder<ImportDiagnostic>();
        diagnostics.AddRange(earlier);
        var projects = targets.Projects.ToArray();
        var taken = new HashSet<(int Project, int Indicator)>();
        var merged = 0;
        var unmatched = 0;
        for (var a = 0; a < actuals.Projects.Length; a++)
        {
            var actual = actuals.Projects[a];
            var pointer = "/projects/" + a.ToString(CultureInfo.InvariantCulture);
            var p = FindProject(projects, actual);
            if (p < 0)
            {
                unmatched += Math.Max(1, actual.Indicators.Length);
                diagnostics.Add(Diagnostic(
                    ImportDiagnosticCodes.MergeProjectNotFound,
                    pointer,
                    map,
                    file,
                    new LocalizedText(
                        "项目" + Quote(actual.Name) + (actual.Code is { Length: > 0 } c1 ? "（编码 " + c1 + "）" : string.Empty) + "在目标文档中既无相同编码也无相同名称的项目，其 " + actual.Indicators.Length.ToString(CultureInfo.InvariantCulture) + " 行未合并。",
                        "Project " + Quote(actual.Name) + (actual.Code is { Length: > 0 } c2 ? " (code " + c2 + ")" : string.Empty) + " matches no project of the target document by code or name; its " + actual.Indicators.Length.ToString(CultureInfo.InvariantCulture) + " row(s) were not merged."),
                    new LocalizedText("请核对项目编码或项目名称与目标文档一致。", "Check that the project code or name is the one in the target document.")));
                continue;
            }

            var project = projects[p];
            var indicators = project.Indicators.ToArray();
            for (var i = 0; i < actual.Indicators.Length; i++)
            {
                var row = actual.Indicators[i];
                var rowPointer = pointer + "/indicators/" + i.ToString(CultureInfo.InvariantCulture);
                var j = FindIndicator(indicators, row, p, taken, out var duplicate);
                if (j < 0)
                {
                    unmatched++;
                    diagnostics.Add(duplicate
                        ? Diagnostic(
                            ImportDiagnosticCodes.MergeDuplicateRow,
                            rowPointer,
                            map,
                            file,
                            new LocalizedText(
                                "指标" + Quote(row.Name) + "在项目" + Quote(project.Name) + "中已由前面的行给出实际值；该行未合并，保留前一行。",
                                "The indicator " + Quote(row.Name) + " of project " + Quote(project.Name) + " was already given its actuals by an earlier row; this row was not merged and the earlier one kept."),
                            null)
                        : Diagnostic(
                            ImportDiagnosticCodes.MergeIndicatorNotFound,
                            rowPointer,
                            map,
                            file,
                            new LocalizedText(
                                "指标" + Quote(row.Name) + "（" + row.Level1 + " / " + row.Level2 + "）不是项目" + Quote(project.Name) + "的指标；该行未合并。",
                                "The indicator " + Quote(row.Name) + " (" + row.Level1 + " / " + row.Level2 + ") is not one of project " + Quote(project.Name) + "'s indicators; the row was not merged."),
                            new LocalizedText("请核对三级指标名称与目标表一致。", "Check that the indicator name (三级指标) is the one in the target table.")));
                    continue;
                }

                taken.Add((p, j));
                merged++;
                indicators[j] = indicators[j] with
                {
                    Evaluation = row.Evaluation ?? indicators[j].Evaluation,
                    Monitoring = row.Monitoring ?? indicators[j].Monitoring,
                };
            }

            projects[p] = project with
            {
                Indicators = [.. indicators],
                Evaluation = actual.Evaluation ?? project.Evaluation,
                Monitoring = actual.Monitoring ?? project.Monitoring,
            };
        }

        var document = targets with { Projects = [.. projects], SchemaVersion = null };
        return new MergeResult(document, diagnostics.ToImmutable(), merged, unmatched);
    }

    private static int FindProject(Project[] projects, Project actual)
    {
        if (actual.Code is { Length: > 0 } code)
        {
            var byCode = Array.FindIndex(projects, p => string.Equals(p.Code?.Trim(), code.Trim(), StringComparison.Ordinal));
            if (byCode >= 0)
            {
                return byCode;
            }
        }

        var name = Key(actual.Name);
        return Array.FindIndex(projects, p => string.Equals(Key(p.Name), name, StringComparison.Ordinal));
    }

    private static int FindIndicator(Indicator[] indicators, Indicator row, int project, HashSet<(int, int)> taken, out bool duplicate)
    {
        duplicate = false;
        var name = Key(row.Name);
        var first = -1;
        var free = -1;
        for (var j = 0; j < indicators.Length; j++)
        {
            if (!string.Equals(Key(indicators[j].Name), name, StringComparison.Ordinal))
            {
                continue;
            }

            first = first < 0 ? j : first;
            if (taken.Contains((project, j)))
            {
                continue;
            }

            if (string.Equals(Key(indicators[j].Level2), Key(row.Level2), StringComparison.Ordinal))
            {
                return j;
            }

            free = free < 0 ? j : free;
        }

        duplicate = first >= 0 && free < 0;
        return free;
    }

    /// <summary>A name compared without white space (table exports add and drop spaces).</summary>
    private static string Key(string? text) => text is null ? string.Empty : new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Quote(string? text) => "“" + (text is { Length: > 64 } ? text.Substring(0, 64) + "…" : text) + "”";

    private static ImportDiagnostic Diagnostic(string code, string pointer, SourceMap? map, string? file, LocalizedText text, LocalizedText? hint) => new()
    {
        Code = code,
        Severity = Severity.Warning,
        Pointer = pointer,
        File = file,
        Location = map?.Find(pointer),
        Text = text,
        HintText = hint,
    };
}

/// <summary>What <see cref="TargetMerger"/> made: the merged document, the diagnostics, and how many rows were merged or not.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MergeResult
{
    internal MergeResult(TargetDocument? document, ImmutableArray<ImportDiagnostic> diagnostics, int merged, int unmatched)
    {
        Document = document;
        Diagnostics = diagnostics;
        MergedRows = merged;
        UnmatchedRows = unmatched;
    }

    /// <summary>Gets the target document with the actuals' blocks (its <c>schemaVersion</c> follows the content: 1.1 with blocks); null when the actuals could not be imported.</summary>
    public TargetDocument? Document { get; }

    /// <summary>Gets the import's diagnostics, then one warning per project or row of the actuals that was not merged, each located in the actuals.</summary>
    public ImmutableArray<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Gets the number of indicator rows of the actuals merged into an indicator.</summary>
    public int MergedRows { get; }

    /// <summary>Gets the number of indicator rows of the actuals not merged (a project or an indicator not found, or a second row for one indicator).</summary>
    public int UnmatchedRows { get; }

    /// <summary>Gets whether every row was merged and nothing went wrong: a document, no unmatched row, no error.</summary>
    public bool Success => Document is not null && UnmatchedRows == 0 && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
