using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerformanceTargets.Json;

// The wire shape of the exchange format, version 1.0. These mutable classes exist only between bytes and the
// immutable model: the source generator reads and writes them (no reflection at run time), StructureChecker
// checks them against the same constraints as the JSON Schema, and DtoMapper converts them.
// Property order here is the order properties are written in.

internal sealed class DocumentDto
{
    [JsonPropertyName("schemaVersion")] public string? SchemaVersion { get; set; }
    [JsonPropertyName("framework")] public string? Framework { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("fiscalYear")] public int? FiscalYear { get; set; }
    [JsonPropertyName("stage")] public string? Stage { get; set; }
    [JsonPropertyName("department")] public DepartmentDto? Department { get; set; }
    [JsonPropertyName("preparedBy")] public string? PreparedBy { get; set; }
    [JsonPropertyName("reviewedBy")] public string? ReviewedBy { get; set; }
    [JsonPropertyName("amountUnit")] public string? AmountUnit { get; set; }
    [JsonPropertyName("departmentBudget")] public BudgetDto? DepartmentBudget { get; set; }
    [JsonPropertyName("overallTargets")] public OverallTargetsDto? OverallTargets { get; set; }
    [JsonPropertyName("projects")] public List<ProjectDto?>? Projects { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class DepartmentDto
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("internalUnits")] public List<string?>? InternalUnits { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class BudgetUnitDto
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class OverallTargetsDto
{
    [JsonPropertyName("overall")] public List<string?>? Overall { get; set; }
    [JsonPropertyName("itemized")] public List<string?>? Itemized { get; set; }
    [JsonPropertyName("safeguards")] public List<string?>? Safeguards { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ProjectDto
{
    [JsonPropertyName("sequence")] public int? Sequence { get; set; }
    [JsonPropertyName("unit")] public BudgetUnitDto? Unit { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    [JsonPropertyName("fundingReference")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? FundingReference { get; set; }

    [JsonPropertyName("budget")] public BudgetDto? Budget { get; set; }
    [JsonPropertyName("fundUse")] public string? FundUse { get; set; }
    [JsonPropertyName("spendingPlan")] public List<SpendingPointDto?>? SpendingPlan { get; set; }
    [JsonPropertyName("goals")] public List<string?>? Goals { get; set; }
    [JsonPropertyName("indicators")] public List<IndicatorDto?>? Indicators { get; set; }
    [JsonPropertyName("attribute")] public string? Attribute { get; set; }
    [JsonPropertyName("implementationPeriod")] public ImplementationPeriodDto? ImplementationPeriod { get; set; }
    [JsonPropertyName("periodGoals")] public List<string?>? PeriodGoals { get; set; }
    [JsonPropertyName("periodIndicators")] public List<IndicatorDto?>? PeriodIndicators { get; set; }
    [JsonPropertyName("reviewOpinion")] public string? ReviewOpinion { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class BudgetDto
{
    [JsonPropertyName("total")] public decimal? Total { get; set; }
    [JsonPropertyName("fiscal")] public decimal? Fiscal { get; set; }
    [JsonPropertyName("other")] public decimal? Other { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class SpendingPointDto
{
    [JsonPropertyName("month")] public int? Month { get; set; }
    [JsonPropertyName("cumulativePercent")] public decimal? CumulativePercent { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ImplementationPeriodDto
{
    [JsonPropertyName("start")] public string? Start { get; set; }
    [JsonPropertyName("end")] public string? End { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class IndicatorDto
{
    [JsonPropertyName("level1")] public string? Level1 { get; set; }
    [JsonPropertyName("level2")] public string? Level2 { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("target")] public string? Target { get; set; }
    [JsonPropertyName("basis")] public string? Basis { get; set; }
    [JsonPropertyName("weight")] public decimal? Weight { get; set; }
    [JsonPropertyName("direction")] public string? Direction { get; set; }
    [JsonPropertyName("targetValue")] public TargetValueDto? TargetValue { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class TargetValueDto
{
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("comparator")] public string? Comparator { get; set; }
    [JsonPropertyName("value")] public decimal? Value { get; set; }
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class ExchangeJsonContext : JsonSerializerContext;
