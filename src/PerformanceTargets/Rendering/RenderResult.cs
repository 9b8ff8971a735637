using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The outcome of a rendering: success with the text (when rendered to a string), or the template errors that stopped it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A failed rendering to a <see cref="TextWriter"/> or <see cref="Stream"/> writes nothing:
/// output is only written once the whole template has rendered.
/// </remarks>
public sealed class RenderResult
{
    private RenderResult(string? text, bool success, ImmutableArray<TemplateError> errors)
    {
        Text = text;
        Success = success;
        Errors = errors;
    }

    /// <summary>Gets whether the template rendered.</summary>
    public bool Success { get; }

    /// <summary>Gets the rendered text for renderings to a string; null when rendering failed or went to a writer or stream.</summary>
    public string? Text { get; }

    /// <summary>Gets the errors; empty on success.</summary>
    public ImmutableArray<TemplateError> Errors { get; }

    /// <summary>Gets the rendered text when rendering to a string succeeded.</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>True when there is text.</returns>
    public bool TryGetText([NotNullWhen(true)] out string? text)
    {
        text = Text;
        return text is not null;
    }

    /// <summary>Gets the rendered text, or throws when rendering failed.</summary>
    /// <returns>The text (empty for renderings to a writer or stream).</returns>
    /// <exception cref="TemplateException">Rendering failed; the exception carries the errors.</exception>
    public string GetTextOrThrow() => Success ? Text ?? string.Empty : throw new TemplateException(Errors);

    internal static RenderResult Ok(string? text) => new(text, success: true, ImmutableArray<TemplateError>.Empty);

    internal static RenderResult Fail(TemplateError error) => new(null, success: false, [error]);
}

/// <summary>The outcome of building a renderer: the renderer, or the errors of the templates it was given.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RendererBuildResult
{
    internal RendererBuildResult(TargetRenderer? renderer, ImmutableArray<TemplateError> errors)
    {
        Renderer = renderer;
        Errors = errors;
    }

    /// <summary>Gets whether every template parsed.</summary>
    [MemberNotNullWhen(true, nameof(Renderer))]
    public bool Success => Renderer is not null;

    /// <summary>Gets the renderer, or null when a template has errors.</summary>
    public TargetRenderer? Renderer { get; }

    /// <summary>Gets the errors (syntax errors with line and column, unreadable files); empty on success.</summary>
    public ImmutableArray<TemplateError> Errors { get; }

    /// <summary>Gets the renderer, or throws when a template has errors.</summary>
    /// <returns>The renderer.</returns>
    /// <exception cref="TemplateException">A template has errors; the exception carries them.</exception>
    public TargetRenderer GetRendererOrThrow() => Renderer ?? throw new TemplateException(Errors);
}
