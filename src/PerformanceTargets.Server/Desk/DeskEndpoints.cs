using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PerformanceTargets.Server.Desk;

/// <summary>The review desk: one page, its script and its style sheet, served from the assembly's resources.</summary>
internal static class DeskEndpoints
{
    private static readonly byte[] Page = Resource("desk.html");
    private static readonly byte[] Script = Resource("desk.js");
    private static readonly byte[] Style = Resource("desk.css");

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Bytes(Page, "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/desk.js", () => Results.Bytes(Script, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/desk.css", () => Results.Bytes(Style, "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(DeskEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The resource " + name + " is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
