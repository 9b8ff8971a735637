namespace PerformanceTargets.Import;

/// <summary>
/// The stable codes of <see cref="ImportDiagnostic"/>. <c>PTI0xx</c> concern the input as a whole, <c>PTI1xx</c> the
/// text layout, <c>PTI2xx</c> flat tables. docs/import.md describes each with an example.
/// </summary>
/// <remarks>The values never change meaning; new codes are added, old ones are not reused.</remarks>
public static class ImportDiagnosticCodes
{
    /// <summary>PTI001 (error): the input is empty or holds only white space.</summary>
    public const string EmptyInput = "PTI001";

    /// <summary>PTI002 (error): the input is larger than <see cref="Model.DocumentLimits.MaxInputBytes"/>.</summary>
    public const string InputTooLarge = "PTI002";

    /// <summary>PTI003 (error): the input is binary data, not text, CSV or XLSX.</summary>
    public const string BinaryInput = "PTI003";

    /// <summary>PTI004 (error): the bytes are not valid in the encoding given or detected.</summary>
    public const string InvalidEncoding = "PTI004";

    /// <summary>PTI005 (information): the encoding was detected as something other than UTF-8.</summary>
    public const string EncodingDetected = "PTI005";

    /// <summary>PTI006 (error): neither the text layout nor a flat table header was recognised; a Word document holds no performance target table.</summary>
    public const string UnknownLayout = "PTI006";

    /// <summary>
    /// PTI007 (error): a format the importer does not read (JSON, XLS, DOC, PDF, UTF-32, another ZIP file), an encrypted
    /// (password-protected) Office file, or a damaged ZIP, workbook or Word document.
    /// </summary>
    public const string UnsupportedFormat = "PTI007";

    /// <summary>PTI008 (error): the source states no fiscal year and <see cref="ImportOptions.FiscalYear"/> is not set.</summary>
    public const string FiscalYearMissing = "PTI008";

    /// <summary>
    /// PTI009 (warning, or information for page numbers, a note under a flat table and a repeated header row): a line
    /// outside every recognised section was not imported.
    /// </summary>
    public const string IgnoredText = "PTI009";

    /// <summary>PTI010 (information): the indicator framework was inferred from the level-1 names (成本指标 → 2021).</summary>
    public const string FrameworkDetected = "PTI010";

    /// <summary>PTI011 (information or warning): the amount unit is not stated and was assumed, or is not 万元/元.</summary>
    public const string AmountUnit = "PTI011";

    /// <summary>
    /// PTI012 (error): a value is longer than <see cref="Model.DocumentLimits.MaxStringLength"/>, which the JSON reader would
    /// refuse; the value (or the row or project it is required for) was not imported.
    /// </summary>
    public const string ValueTooLong = "PTI012";

    /// <summary>
    /// PTI013 (error, no document): the source holds more projects than <see cref="Model.DocumentLimits.MaxProjects"/> or
    /// more indicator rows than <see cref="Model.DocumentLimits.MaxIndicators"/>; reading stopped there.
    /// </summary>
    public const string TooManyValues = "PTI013";

    /// <summary>
    /// PTI014 (warning): the file name's extension says one format and the content is another (an .xlsx workbook named
    /// .docx, say); the content decides, and the file was imported as what it is.
    /// </summary>
    public const string ContentMismatch = "PTI014";

    /// <summary>PTI101 (warning): the cover lacks the title, the year, the stage or the 编制/审核 units.</summary>
    public const string CoverIncomplete = "PTI101";

    /// <summary>PTI102 (warning): part 1, one of its three sections, or part 2's tables were not found.</summary>
    public const string SectionMissing = "PTI102";

    /// <summary>PTI103 (warning): the table of contents and the tables found disagree (a title missing from one or worded differently).</summary>
    public const string TocMismatch = "PTI103";

    /// <summary>PTI104 (error): a table ends before one of its required rows (code and name, budget, indicators).</summary>
    public const string TableCutShort = "PTI104";

    /// <summary>PTI105 (error): a table row has fewer cells than expected; the row was not imported.</summary>
    public const string MissingCells = "PTI105";

    /// <summary>PTI106 (error): a row starts with a label the importer does not know; the row was not imported.</summary>
    public const string UnknownLabel = "PTI106";

    /// <summary>PTI107 (error): a row has a non-empty cell beyond the expected ones; that cell was not imported.</summary>
    public const string UnexpectedCell = "PTI107";

    /// <summary>PTI108 (error): a cell that must hold a number (amount, month, percentage, weight) does not.</summary>
    public const string InvalidNumber = "PTI108";

    /// <summary>PTI109 (error): a required value is empty (project name, budget total, the first row's 一级指标).</summary>
    public const string MissingValue = "PTI109";

    /// <summary>PTI110 (warning): the unit cell heading a table is not a 6-digit code followed by a name, or units disagree.</summary>
    public const string UnitHeader = "PTI110";

    /// <summary>PTI111 (warning): a table title disagrees with its 项目名称, lacks its sequence number, or a sequence repeats.</summary>
    public const string TitleMismatch = "PTI111";

    /// <summary>PTI112 (warning): a label appears twice in one table; the first value was kept.</summary>
    public const string DuplicateField = "PTI112";

    /// <summary>PTI113 (error): a cell holds a value its field cannot take (项目属性 other than 新增/延续, a 项目实施期 that is not a period); it was not imported.</summary>
    public const string InvalidValue = "PTI113";

    /// <summary>PTI201 (error): no row of the flat table looks like a header (项目名称, 三级指标, 指标值 …).</summary>
    public const string HeaderNotFound = "PTI201";

    /// <summary>PTI202 (error): a column the model needs is missing from the header; nothing was imported.</summary>
    public const string MissingColumn = "PTI202";

    /// <summary>PTI203 (warning): a flat-table header or a text table's indicator header names a column the importer does not know; its cells were not imported.</summary>
    public const string UnknownColumn = "PTI203";

    /// <summary>PTI204 (warning): two columns of a flat-table header or of a text table's indicator header map to the same field; the first was used.</summary>
    public const string DuplicateColumn = "PTI204";

    /// <summary>PTI205 (error): a row has fewer or more cells than the header; the row was not imported.</summary>
    public const string RowCellCount = "PTI205";

    /// <summary>PTI206 (warning): a project-level cell repeated on a later row of the project has a different value; the first was kept.</summary>
    public const string ConflictingValue = "PTI206";

    /// <summary>PTI207 (warning): the 指标性质 cell is not a comparator (≥ = ≤ &gt; &lt;, 定量, 定性 or a word for one).</summary>
    public const string UnknownComparator = "PTI207";

    /// <summary>PTI208 (warning): the 指标方向 cell is not 正向 or 反向; the direction was left out.</summary>
    public const string UnknownDirection = "PTI208";

    /// <summary>PTI209 (error): the requested worksheet is not in the workbook, or no sheet has an indicator header.</summary>
    public const string SheetNotFound = "PTI209";

    /// <summary>PTI210 (error): CSV syntax: a quoted cell is not closed.</summary>
    public const string CsvSyntax = "PTI210";

    /// <summary>PTI211 (error): an indicator row comes before any row that names its project; the row was not imported.</summary>
    public const string RowWithoutProject = "PTI211";

    /// <summary>PTI301 (warning): merging actuals, a project of the actuals matches no project of the target document by code or name; its rows were not merged.</summary>
    public const string MergeProjectNotFound = "PTI301";

    /// <summary>PTI302 (warning): merging actuals, an indicator row matches no indicator of its project by name; it was not merged.</summary>
    public const string MergeIndicatorNotFound = "PTI302";

    /// <summary>PTI303 (warning): merging actuals, a second row for an indicator already given its actuals; the first was kept and this one not merged.</summary>
    public const string MergeDuplicateRow = "PTI303";
}
