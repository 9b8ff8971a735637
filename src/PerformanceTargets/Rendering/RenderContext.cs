using System.Globalization;
using PerformanceTargets.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The template context of one rendering: view objects are read through <see cref="ViewAccessor"/>, finding groups
/// print as their findings, the sandbox's built-in functions are Scriban's less those that evaluate text as code or
/// that are not deterministic, and a user template's allocations are counted against <see cref="TemplateLimits.MemoryLimit"/>.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    private static readonly Lazy<ScriptObject> SandboxBuiltins = new(CreateBuiltins);
    private static readonly ScriptVariableGlobal FindingsListVariable = new("findings_list");

    private long _memoryLimit;
    private long _memoryStart;

    public RenderContext()
        : base(SandboxBuiltins.Value)
    {
    }

    /// <summary>Gets or sets the finding markup of this rendering (its <c>findings_list</c> when a template defines none of its own).</summary>
    public FindingMarkup? Findings { get; set; }

    /// <summary>
    /// Counts what this thread allocates from now on against a limit in bytes: the first step evaluated past it stops the
    /// rendering with a <see cref="TemplateErrorKind.LimitExceeded"/> error at that step. Does nothing where the runtime
    /// cannot count a thread's allocations (<see cref="AllocationCounter.IsSupported"/>).
    /// </summary>
    public void LimitMemory(long limit)
    {
        if (AllocationCounter.IsSupported)
        {
            _memoryLimit = limit;
            _memoryStart = AllocationCounter.Current();
        }
    }

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (_memoryLimit > 0 && scriptNode is not null && AllocationCounter.Current() - _memoryStart > _memoryLimit)
        {
            throw MemoryLimitReached(scriptNode);
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is ViewObject ? ViewAccessor.Instance : base.GetMemberAccessorImpl(target);

    /// <summary>Renders a page into the current output, without the intermediate buffers of <see cref="Template.Render(TemplateContext)"/>.</summary>
    public static void Write(TemplateContext context, Template template)
    {
        if (template.Page is not { } page)
        {
            return;
        }

        var result = context.Evaluate(page);
        if (result is not null && context.EnableOutput)
        {
            context.Write(page.Span, result);
        }
    }

    /// <summary>Writes a value; a finding group printed with the built-in <c>findings_list</c> is written box by box, without a string of its own.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is FindingGroupView group && EnableOutput && Findings is { } markup && GetValue(FindingsListVariable) is FindingFunction)
        {
            markup.Write(this, group);
            return this;
        }

        return base.Write(span, textAsObject);
    }

    /// <summary>
    /// A finding group prints as its findings: <c>{{ row.findings.target }}</c> is <c>{{ findings_list row.findings.target }}</c>,
    /// with the function a template defined under that name when there is one. Everything else as Scriban prints it.
    /// </summary>
    public override string? ObjectToString(object? value, bool nested = false)
    {
        if (value is not FindingGroupView group)
        {
            return base.ObjectToString(value, nested);
        }

        var function = GetValue(FindingsListVariable);
        if (function is FindingFunction || function is not IScriptCustomFunction custom || CurrentNode is not { } caller)
        {
            return Findings is { } markup ? group.Markup(markup) : string.Empty;
        }

        // A template's own findings_list, called as a function call calls it (recursion limit, local scope, return), its
        // output captured.
        PushOutput();
        try
        {
            var result = ScriptFunctionCall.Call(this, caller, custom, new ScriptArray { group });
            var printed = ((StringBuilderOutput)Output).Builder.ToString();
            return result is null ? printed : printed + base.ObjectToString(result, nested);
        }
        finally
        {
            PopOutput();
        }
    }

    private TemplateFailure MemoryLimitReached(ScriptNode node)
    {
        var used = (AllocationCounter.Current() - _memoryStart) / (1024 * 1024);
        var limit = _memoryLimit / (1024 * 1024);
        _memoryLimit = 0; // reporting allocates too
        return new TemplateFailure(
            node.Span,
            TemplateErrorKind.LimitExceeded,
            new LocalizedText(
                string.Format(CultureInfo.InvariantCulture, "模板占用的内存超过限制（TemplateLimits.MemoryLimit，{0} MiB，已分配 {1} MiB），渲染已停止。", limit, used),
                string.Format(CultureInfo.InvariantCulture, "The template allocated more memory than the limit (TemplateLimits.MemoryLimit, {0} MiB; {1} MiB allocated) and was stopped.", limit, used)),
            new LocalizedText(
                "不要在变量或数组中保留大量长文本：边生成边输出；确有需要时，用 TargetRendererBuilder.WithLimits 提高 MemoryLimit。",
                "Do not keep many long strings in variables or arrays: print as you go; if the template really needs more, raise MemoryLimit with TargetRendererBuilder.WithLimits."));
    }

    /// <summary>
    /// Scriban's built-in functions for templates: without the two that evaluate a string as a template (<c>object.eval</c>,
    /// <c>object.eval_template</c>), so that data can never become template code; without those whose result is not the
    /// same from one rendering to the next (<see cref="UnavailableFunction.Names"/>), so that the same document and
    /// templates always give the same bytes; with an <c>include</c> that writes the included template straight into the
    /// output; frozen read-only so that one rendering cannot change them for another.
    /// </summary>
    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        if (builtins.TryGetValue("object", out var objectFunctions) && objectFunctions is ScriptObject functions)
        {
            functions.Remove("eval");
            functions.Remove("eval_template");
        }

        // `date 'text'` parses like date.parse: the date object becomes a plain object of its members, not a function.
        if (builtins.TryGetValue("date", out var dateFunctions) && dateFunctions is ScriptObject date)
        {
            var plain = new ScriptObject();
            foreach (var member in date)
            {
                plain.SetValue(member.Key, member.Value, readOnly: true);
            }

            builtins.Remove("date");
            builtins.SetValue("date", plain, readOnly: true);
        }

        foreach (var name in UnavailableFunction.Names)
        {
            var dot = name.IndexOf('.');
            if (builtins.TryGetValue(name.Substring(0, dot), out var group) && group is ScriptObject members)
            {
                members.Remove(name.Substring(dot + 1));
                members.SetValue(name.Substring(dot + 1), new UnavailableFunction(name), readOnly: true);
            }
        }

        builtins.Remove("include");
        builtins.SetValue("include", DirectIncludeFunction.Instance, readOnly: true);

        Freeze(builtins, 0);
        return builtins;
    }

    private static void Freeze(ScriptObject scriptObject, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var value in scriptObject.Values)
        {
            if (value is ScriptObject child)
            {
                Freeze(child, depth + 1);
            }
        }

        scriptObject.IsReadOnly = true;
    }
}

/// <summary>
/// A template failure with its kind and its text in both languages, thrown inside a rendering and turned into a
/// <see cref="TemplateError"/> at the step that raised it.
/// </summary>
internal sealed class TemplateFailure : ScriptRuntimeException
{
    public TemplateFailure(SourceSpan span, TemplateErrorKind kind, LocalizedText text, LocalizedText? hint)
        : base(span, text.English)
    {
        Kind = kind;
        Text = text;
        Hint = hint;
    }

    public TemplateErrorKind Kind { get; }

    public LocalizedText Text { get; }

    public LocalizedText? Hint { get; }
}

/// <summary>
/// A built-in function the sandbox does not offer because its result changes from one rendering to the next (the clock,
/// the machine's time zone, random numbers): calling it stops the rendering with a clear error at the call.
/// </summary>
internal sealed class UnavailableFunction : IScriptCustomFunction
{
    /// <summary>The functions removed: the current time, parsing that fills in today's date or converts to the machine's time zone, random numbers and UUIDs.</summary>
    public static readonly IReadOnlyList<string> Names = ["date.now", "date.utc_now", "date.parse", "date.parse_to_string", "math.random", "math.uuid"];

    private readonly string _name;

    public UnavailableFunction(string name) => _name = name;

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw new TemplateFailure(
            callerContext?.Span ?? context.CurrentSpan,
            TemplateErrorKind.Runtime,
            new LocalizedText(
                string.Format(CultureInfo.InvariantCulture, "模板中不能使用 `{0}`：渲染结果是确定的，同一文档和模板总是得到相同的字节，而当前时间、随机数和新的 UUID 每次都不同。", _name),
                string.Format(CultureInfo.InvariantCulture, "`{0}` is not available in templates: rendering is deterministic, the same document and templates always give the same bytes, and the current time, random numbers and new UUIDs differ every time.", _name)),
            new LocalizedText(
                "请输出文档中的值（如 document.fiscal_year）；时间戳由调用方写在文档中或输出之外。",
                "Print a value of the document instead (such as document.fiscal_year); a time stamp belongs to the caller, in the document or around the output."));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>The bytes the current thread has allocated, where the runtime counts them (.NET Core 3.0 and later, .NET 5 and later).</summary>
internal static class AllocationCounter
{
#if NET8_0_OR_GREATER
    public static bool IsSupported => true;

    public static long Current() => GC.GetAllocatedBytesForCurrentThread();
#else
    private static readonly Func<long>? Counter = Create();

    public static bool IsSupported => Counter is not null;

    public static long Current() => Counter?.Invoke() ?? 0;

    private static Func<long>? Create()
    {
        var method = typeof(GC).GetMethod("GetAllocatedBytesForCurrentThread", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, null, Type.EmptyTypes, null);
        return method is null ? null : (Func<long>)method.CreateDelegate(typeof(Func<long>));
    }
#endif
}

/// <summary>
/// <c>include 'name' [arguments]</c>: Scriban's include, except that the included template (always one the renderer
/// parsed when it was built) is evaluated straight into the current output instead of into a string of its own that
/// is then copied: the same text, without a buffer, a copy and a clear per included table. Arguments are <c>$1</c>,
/// <c>$2</c>, … as in Scriban; the recursion limit applies.
/// </summary>
internal sealed class DirectIncludeFunction : IScriptCustomFunction
{
    public static DirectIncludeFunction Instance { get; } = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? throw new ScriptRuntimeException(default, "include was called without a caller.");
        if (parameters.Count == 0 || parameters[0] is not string { Length: > 0 } name)
        {
            throw new ScriptRuntimeException(caller.Span, "include needs the name of a template, such as include 'html-table'.");
        }

        var loader = context.TemplateLoader ?? TemplateSetLoader.Instance;
        var path = loader.GetPath(context, caller.Span, name) ?? throw new ScriptRuntimeException(caller.Span, "The include name '" + name + "' is not allowed.");
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            loader.Load(context, caller.Span, path);
            throw new ScriptRuntimeException(caller.Span, "The template '" + name + "' was not found.");
        }

        var arguments = new ScriptArray(parameters.Count);
        for (var i = 0; i < parameters.Count; i++)
        {
            arguments.Add(i == 0 ? null : parameters[i]);
        }

        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true);
            RenderContext.Write(context, template);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, parameters, blockStatement));
}
