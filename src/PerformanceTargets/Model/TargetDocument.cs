using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Model;

/// <summary>
/// A whole budget performance target document (部门预算绩效文本): the cover, part 1 (部门整体绩效目标) and the
/// project tables of part 2 (预算项目绩效目标表), with the in-year monitoring and the self-evaluation of its projects
/// where the document has them. This is the root of the JSON exchange format, version 1.x.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe; use <c>with</c> expressions to derive changed copies.
/// Equality is structural: two documents are equal when every field, list element and extension is equal.
/// Amounts are in <see cref="AmountUnit"/> (万元 when not stated). Text is verbatim: nothing is trimmed or repaired.
/// </remarks>
public sealed record TargetDocument
{
    /// <summary>
    /// The latest version of the exchange format this library reads and writes: <c>1.1</c>, which adds the optional
    /// <c>monitoring</c> and <c>evaluation</c> blocks. A document keeps the version it states; one that states none has
    /// <see cref="RequiredSchemaVersion"/>.
    /// </summary>
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>The version of the format without monitoring and evaluation blocks: <c>1.0</c>.</summary>
    public const string TargetsSchemaVersion = "1.0";

    /// <summary>The earliest fiscal year a document may have (<c>fiscalYear</c> minimum): 1990.</summary>
    public const int MinFiscalYear = 1990;

    /// <summary>The latest fiscal year a document may have (<c>fiscalYear</c> maximum): 2100.</summary>
    public const int MaxFiscalYear = 2100;

    /// <summary>Gets whether a year lies within <see cref="MinFiscalYear"/> and <see cref="MaxFiscalYear"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when the format accepts it as a fiscal year.</returns>
    public static bool IsFiscalYear(int year) => year is >= MinFiscalYear and <= MaxFiscalYear;

    private ImmutableArray<Project> _projects = ImmutableArray<Project>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;
    private string? _schemaVersion;

    /// <summary>
    /// Gets where the JSON Schema of the document is (<c>$schema</c>), such as a relative path to
    /// <c>performance-targets.schema.json</c>, so that editors complete and check the file; null when not stated. Kept on
    /// read and written back; it has no meaning for the document itself.
    /// </summary>
    public string? SchemaLocation { get; init; }

    /// <summary>
    /// Gets the format version (<c>schemaVersion</c>), such as <c>1.0</c>: the version the document states (a document read
    /// keeps its own, and the writer writes it unchanged), else <see cref="RequiredSchemaVersion"/>. Set it to null to
    /// have the version follow the content.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string SchemaVersion { get => _schemaVersion ?? RequiredSchemaVersion; init => _schemaVersion = value; }

    /// <summary>
    /// Gets the lowest version of the format that carries the document's content: <c>1.1</c> (<see cref="CurrentSchemaVersion"/>)
    /// when a project or an indicator has a <c>monitoring</c> or <c>evaluation</c> block, else <c>1.0</c>
    /// (<see cref="TargetsSchemaVersion"/>). So a target table made by an importer stays 1.0, and one given actuals becomes 1.1.
    /// </summary>
    public string RequiredSchemaVersion => HasLifecycleBlocks ? CurrentSchemaVersion : TargetsSchemaVersion;

    /// <summary>Gets whether a project or an indicator (annual or period) has a <c>monitoring</c> or an <c>evaluation</c> block (format 1.1).</summary>
    public bool HasLifecycleBlocks
    {
        get
        {
            foreach (var project in _projects)
            {
                if (project.Monitoring is not null || project.Evaluation is not null || HasBlocks(project.Indicators) || HasBlocks(project.PeriodIndicators))
                {
                    return true;
                }
            }

            return false;

            static bool HasBlocks(ImmutableArray<Indicator> indicators)
            {
                foreach (var indicator in indicators)
                {
                    if (indicator.Monitoring is not null || indicator.Evaluation is not null)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Gets the indicator framework the document follows (<c>framework</c>), or null when it does not say.</summary>
    public IndicatorFramework? Framework { get; init; }

    /// <summary>Gets the document title (<c>title</c>, 文本标题), verbatim.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the budget year (<c>fiscalYear</c>, 预算年度).</summary>
    public required int FiscalYear { get; init; }

    /// <summary>Gets the stage (<c>stage</c>): 草案 or 正式; null when not stated.</summary>
    public DocumentStage? Stage { get; init; }

    /// <summary>Gets the department (<c>department</c>, 单位) with its code, name and internal units.</summary>
    public Department? Department { get; init; }

    /// <summary>Gets the unit that prepared the document (<c>preparedBy</c>, 编制单位).</summary>
    public string? PreparedBy { get; init; }

    /// <summary>Gets the unit that reviewed the document (<c>reviewedBy</c>, 审核单位).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>Gets the unit of every amount (<c>amountUnit</c>); null means not stated (read as 万元).</summary>
    public AmountUnit? AmountUnit { get; init; }

    /// <summary>
    /// Gets the department's stated budget totals (<c>departmentBudget</c>, 部门预算合计) when the source states them;
    /// the validator compares them with the sum of the projects (rule PT501).
    /// </summary>
    public Budget? DepartmentBudget { get; init; }

    /// <summary>Gets part 1, the department's overall targets (<c>overallTargets</c>).</summary>
    public OverallTargets? OverallTargets { get; init; }

    /// <summary>Gets the project tables of part 2 (<c>projects</c>), in document order. Never default.</summary>
    public ImmutableArray<Project> Projects { get => _projects; init => _projects = Equality.OrEmpty(value); }

    /// <summary>Gets the <c>x-</c> extension properties of the root object. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <summary>Gets the sum of <see cref="Budget.Total"/> over all projects.</summary>
    public decimal TotalBudget
    {
        get
        {
            var sum = 0m;
            foreach (var project in _projects)
            {
                sum += project.Budget.Total;
            }

            return sum;
        }
    }

    /// <summary>Gets the number of indicators (annual and period) over all projects.</summary>
    public int IndicatorCount
    {
        get
        {
            var count = 0;
            foreach (var project in _projects)
            {
                count += project.Indicators.Length + project.PeriodIndicators.Length;
            }

            return count;
        }
    }

    /// <inheritdoc />
    public bool Equals(TargetDocument? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(SchemaLocation, other.SchemaLocation, StringComparison.Ordinal) &&
         string.Equals(SchemaVersion, other.SchemaVersion, StringComparison.Ordinal) &&
         Equals(Framework, other.Framework) &&
         string.Equals(Title, other.Title, StringComparison.Ordinal) &&
         FiscalYear == other.FiscalYear &&
         Stage == other.Stage &&
         Equals(Department, other.Department) &&
         string.Equals(PreparedBy, other.PreparedBy, StringComparison.Ordinal) &&
         string.Equals(ReviewedBy, other.ReviewedBy, StringComparison.Ordinal) &&
         AmountUnit == other.AmountUnit &&
         Equals(DepartmentBudget, other.DepartmentBudget) &&
         Equals(OverallTargets, other.OverallTargets) &&
         Equality.Sequence(_projects, other._projects) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        Equality.Combine(
            Equality.Combine(Equality.Of(SchemaVersion), Equality.Of(Title), FiscalYear, Equality.Of(Department)),
            Equality.Hash(_projects),
            _extensions.GetHashCode());
}

/// <summary>The department a document belongs to (<c>department</c>): 单位编码, 单位名称 and 内设机构.</summary>
/// <remarks>Immutable and thread-safe; equality is structural.</remarks>
public sealed record Department
{
    private ImmutableArray<string> _internalUnits = ImmutableArray<string>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the unit code (<c>code</c>, 单位编码), such as <c>816001</c>: a 3-digit department code and a 3-digit unit number.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the unit name (<c>name</c>, 单位名称), verbatim.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the internal units (<c>internalUnits</c>, 内设机构), in source order. Never default.</summary>
    public ImmutableArray<string> InternalUnits { get => _internalUnits; init => _internalUnits = Equality.OrEmpty(value); }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <inheritdoc />
    public bool Equals(Department? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(Code, other.Code, StringComparison.Ordinal) &&
         string.Equals(Name, other.Name, StringComparison.Ordinal) &&
         Equality.Sequence(_internalUnits, other._internalUnits) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Combine(Equality.Of(Code), Equality.Of(Name), Equality.Hash(_internalUnits));
}

/// <summary>The budget unit a project table is headed with (<c>unit</c>): 单位编码 and 单位名称, such as 816001 怀来县官厅镇人民政府.</summary>
/// <remarks>Immutable and thread-safe; equality is structural.</remarks>
public sealed record BudgetUnit
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the unit code (<c>code</c>), such as <c>816001</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the unit name (<c>name</c>), verbatim.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}

/// <summary>Part 1 of the document (<c>overallTargets</c>, 部门整体绩效目标): three lists of paragraphs, numbering removed.</summary>
/// <remarks>Immutable and thread-safe; equality is structural.</remarks>
public sealed record OverallTargets
{
    private ImmutableArray<string> _overall = ImmutableArray<string>.Empty;
    private ImmutableArray<string> _itemized = ImmutableArray<string>.Empty;
    private ImmutableArray<string> _safeguards = ImmutableArray<string>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets 一、总体绩效目标 (<c>overall</c>), one entry per numbered paragraph. Never default.</summary>
    public ImmutableArray<string> Overall { get => _overall; init => _overall = Equality.OrEmpty(value); }

    /// <summary>Gets 二、分项绩效目标 (<c>itemized</c>). Never default.</summary>
    public ImmutableArray<string> Itemized { get => _itemized; init => _itemized = Equality.OrEmpty(value); }

    /// <summary>Gets 三、工作保障措施 (<c>safeguards</c>). Never default.</summary>
    public ImmutableArray<string> Safeguards { get => _safeguards; init => _safeguards = Equality.OrEmpty(value); }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <inheritdoc />
    public bool Equals(OverallTargets? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Equality.Sequence(_overall, other._overall) &&
         Equality.Sequence(_itemized, other._itemized) &&
         Equality.Sequence(_safeguards, other._safeguards) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Combine(Equality.Hash(_overall), Equality.Hash(_itemized), Equality.Hash(_safeguards));
}
