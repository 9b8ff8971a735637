using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PerformanceTargets.Server.Http;

/// <summary>The language of a response: the first language of <c>Accept-Language</c> (by quality) that we speak; Chinese otherwise.</summary>
internal static class ServerLanguage
{
    /// <summary>Gets the language the request asks for: <c>en…</c> is English, <c>zh…</c>, <c>*</c>, nothing or anything else Chinese.</summary>
    public static Language Of(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var values))
        {
            return Language.Chinese;
        }

        foreach (var value in values.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? string.Empty;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Language.English;
            }

            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || tag == "*")
            {
                return Language.Chinese;
            }
        }

        return Language.Chinese;
    }

    /// <summary>Picks the words of a language.</summary>
    public static string T(this Language language, string chinese, string english) => language == Language.English ? english : chinese;
}
