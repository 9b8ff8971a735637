using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Schema;

/// <summary>
/// A theory row named by its case, such as <c>/projects/0/indicators/0/targetValue: oneOf ("value" removed, …)</c>.
/// A type of its own, because xunit cuts string arguments to 50 characters in test names but shows ToString in full.
/// </summary>
public sealed class SchemaCase : IXunitSerializable
{
    [Obsolete("For the xunit serializer only.")]
    public SchemaCase()
    {
        Name = string.Empty;
    }

    public SchemaCase(string name) => Name = name;

    public string Name { get; private set; }

    public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);

    public override string ToString() => Name;
}
