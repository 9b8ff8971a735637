using System.Text;
using FsCheck.Xunit;
using NJsonSchema;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Schema;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Schema;

/// <summary>Whatever the library writes is valid by the schema.</summary>
public class SchemaGeneratedDocumentTests
{
    private readonly JsonSchema _schema = TargetSchema.CreateJsonSchema();

    [Property(MaxTest = 100, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Written_documents_are_valid_by_the_schema(TargetDocument document)
    {
        var json = Encoding.UTF8.GetString(TargetJson.Write(document));
        var errors = _schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Kind} at {e.Path}")) + "\n" + json);
    }
}
