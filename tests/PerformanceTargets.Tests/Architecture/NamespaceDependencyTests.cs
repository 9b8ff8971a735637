using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Architecture;

/// <summary>
/// Dependencies between the library's namespaces point one way: Diagnostics ← Model ← Scoring ← Json/Import ← Validation
/// (Engine ← Rules) ← Rendering. Every type's references are read from the compiled library (base types, interfaces,
/// signatures, fields, locals, and the types and members its IL uses) and from the using directives of the source.
/// </summary>
public partial class NamespaceDependencyTests
{
    private const string Root = "PerformanceTargets";

    /// <summary>Layers, lowest first: a namespace may use its own layer and those below it, never one above.</summary>
    private static readonly string[][] Layers =
    [
        ["PerformanceTargets.Internal", "PerformanceTargets.Diagnostics"],
        ["PerformanceTargets.Model"],
        // Scores and lights of format 1.1: computed from the model alone, used by the rules and the views.
        ["PerformanceTargets.Scoring"],
        ["PerformanceTargets.Json", "PerformanceTargets.Schema", "PerformanceTargets.Import", "PerformanceTargets.Normalization"],
        ["PerformanceTargets.Validation"],
        ["PerformanceTargets.Rendering"],
    ];

    /// <summary>Directions forbidden within a layer (a namespace includes the ones below it).</summary>
    private static readonly (string From, string To)[] Forbidden =
    [
        // The codec knows no importer; importers use the codec.
        ("PerformanceTargets.Json", "PerformanceTargets.Import"),
        // The engine holds the facts rules share; it knows no rule, nor the stages around the rules.
        ("PerformanceTargets.Validation.Engine", "PerformanceTargets.Validation.Rules"),
        ("PerformanceTargets.Validation.Engine", "PerformanceTargets.Validation.Schema"),
        ("PerformanceTargets.Validation.Engine", "PerformanceTargets.Validation.Reports"),
        // Rules read the model and the engine's facts: not the reading stage, not the report writers.
        ("PerformanceTargets.Validation.Rules", "PerformanceTargets.Validation.Schema"),
        ("PerformanceTargets.Validation.Rules", "PerformanceTargets.Validation.Reports"),
    ];

    private static readonly Lazy<IReadOnlyList<Edge>> Edges = new(FindEdges);

    [Fact]
    public void No_namespace_uses_a_higher_layer()
    {
        var violations = Edges.Value
            .Where(e => Layer(e.From) is { } from && Layer(e.To) is { } to && to > from)
            .Select(e => e.ToString())
            .Distinct()
            .ToList();
        Assert.True(violations.Count == 0, "Dependencies that point up the layers:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_forbidden_direction_within_a_layer()
    {
        var violations = Edges.Value
            .Where(e => Forbidden.Any(f => Within(e.From, f.From) && Within(e.To, f.To)))
            .Select(e => e.ToString())
            .Distinct()
            .ToList();
        Assert.True(violations.Count == 0, "Forbidden dependencies:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Rule_categories_do_not_use_each_other()
    {
        const string rules = "PerformanceTargets.Validation.Rules.";
        var violations = Edges.Value
            .Where(e => e.From.StartsWith(rules, StringComparison.Ordinal) && e.To.StartsWith(rules, StringComparison.Ordinal) &&
                        Category(e.From) != Category(e.To))
            .Select(e => e.ToString())
            .Distinct()
            .ToList();
        Assert.True(violations.Count == 0, "A rule folder uses another (share through Rules or Engine instead):\n" + string.Join("\n", violations));

        static string Category(string ns) => ns.Substring(rules.Length).Split('.')[0];
    }

    [Fact]
    public void The_checker_sees_the_dependencies_that_exist()
    {
        // Guards the guard: edges known to exist are found, so an empty list of violations means something.
        var edges = Edges.Value.Select(e => (e.From, e.To)).ToHashSet();
        Assert.Contains(("PerformanceTargets.Validation.Rules.Completeness", "PerformanceTargets.Validation.Engine"), edges);
        Assert.Contains(("PerformanceTargets.Validation.Rules.Relevance", "PerformanceTargets.Validation.Engine"), edges);
        Assert.Contains(("PerformanceTargets.Validation", "PerformanceTargets.Validation.Rules"), edges);
        Assert.Contains(("PerformanceTargets.Rendering", "PerformanceTargets.Validation"), edges);
        Assert.Contains(("PerformanceTargets.Import", "PerformanceTargets.Model"), edges);
        Assert.Contains(("PerformanceTargets.Model", "PerformanceTargets.Internal"), edges);
        Assert.Contains(("PerformanceTargets.Scoring", "PerformanceTargets.Model"), edges);
        Assert.Contains(("PerformanceTargets.Validation.Rules.Feasibility", "PerformanceTargets.Scoring"), edges);
        // Every namespace has a layer: a new one must be placed in Layers before it can be used.
        Assert.All(Edges.Value, e => Assert.True(Layer(e.From) is not null && Layer(e.To) is not null, "No layer for " + e));
    }

    private static bool Within(string ns, string prefix) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static int? Layer(string ns)
    {
        for (var i = 0; i < Layers.Length; i++)
        {
            if (Layers[i].Any(prefix => Within(ns, prefix)))
            {
                return i;
            }
        }

        return null;
    }

    private static List<Edge> FindEdges()
    {
        var edges = new List<Edge>();
        var assembly = typeof(TargetDocument).Assembly;
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace is not { } from || !Within(from, Root))
            {
                continue;
            }

            foreach (var used in References(type))
            {
                if (used.Namespace is { } to && Within(to, Root) && to != from)
                {
                    edges.Add(new Edge(from, to, type.FullName + " uses " + used.FullName));
                }
            }
        }

        // Using directives catch what leaves no trace in the compiled code (constants, nameof).
        var source = Path.Combine(TestPaths.Root, "src", "PerformanceTargets");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceDeclaration().Match(text) is not { Success: true } declaration)
            {
                continue;
            }

            foreach (Match directive in UsingDirective().Matches(text))
            {
                var to = directive.Groups["ns"].Value;
                if (Within(to, Root) && to != declaration.Groups["ns"].Value)
                {
                    edges.Add(new Edge(declaration.Groups["ns"].Value, to, relative + " has using " + to));
                }
            }
        }

        return edges;
    }

    /// <summary>Every type a type names: in its declaration, its members' signatures, its locals and its IL.</summary>
    private static HashSet<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(found, face);
        }

        foreach (var attribute in type.CustomAttributes)
        {
            Add(found, attribute.AttributeType);
        }

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all))
        {
            Add(found, field.FieldType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }

            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(found, local.LocalType);
            }

            foreach (var used in Operands(method, body.GetILAsByteArray() ?? []))
            {
                Add(found, used);
            }
        }

        return found;
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }
        }
    }

    /// <summary>The types and the declaring types of the members that a method's IL names.</summary>
    private static IEnumerable<Type> Operands(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at++];
            var op = code == 0xFE ? TwoByte[il[at++]] : OneByte[code];
            switch (op.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    var member = module.ResolveMember(token, typeArguments, methodArguments);
                    if (member is Type named)
                    {
                        yield return named;
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var argument in generic.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static readonly (OpCode[] One, OpCode[] Two) Codes = BuildOpCodes();

    private static OpCode[] OneByte => Codes.One;

    private static OpCode[] TwoByte => Codes.Two;

    private static (OpCode[] One, OpCode[] Two) BuildOpCodes()
    {
        var one = new OpCode[256];
        var two = new OpCode[256];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            var value = (ushort)op.Value;
            if (value < 0x100)
            {
                one[value] = op;
            }
            else
            {
                two[value & 0xFF] = op;
            }
        }

        return (one, two);
    }

    [GeneratedRegex(@"^namespace\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<ns>PerformanceTargets(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    private sealed record Edge(string From, string To, string Example)
    {
        public override string ToString() => $"{From} → {To} ({Example})";
    }
}
