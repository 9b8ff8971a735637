using System.Globalization;
using FsCheck.Xunit;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The review index reads a finding's JSON Pointer as ranges of its text, without a string per token: it must see the
/// tokens that splitting the pointer at every slash gives, and read array indexes as the index always did (digits
/// only, no leading zero, at most nine).
/// </summary>
public class ReviewIndexTests
{
    private static readonly string[] Pieces = ["projects", "0", "7", "12", "007", "1234567890", "-1", "", "indicators", "target", "a~1b", "指标", "99"];

    [Property(MaxTest = 500)]
    public bool Pointer_tokens_are_the_pieces_between_slashes(byte[] picks, bool slash)
    {
        var parts = (picks ?? []).Take(8).Select(p => Pieces[p % Pieces.Length]).ToArray();
        var pointer = (slash || parts.Length > 0 ? "/" : string.Empty) + string.Join("/", parts);
        var tokens = new ReviewIndex.PointerTokens(pointer);
        var expected = pointer.Length > 0 && pointer[0] == '/' ? pointer.Substring(1).Split('/') : [];
        if (tokens.Count != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < Math.Min(5, expected.Length); i++)
        {
            var token = expected[i];
            var isIndex = token.Length is > 0 and < 10 && (token.Length == 1 || token[0] != '0') && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!tokens[i].SequenceEqual(token.AsSpan()) || tokens.TryIndex(i, out var read) != isIndex || (isIndex && read != int.Parse(token, CultureInfo.InvariantCulture)))
            {
                return false;
            }
        }

        return !tokens.TryIndex(expected.Length, out _);
    }

    [Fact]
    public void A_pointer_without_a_leading_slash_has_no_tokens()
    {
        Assert.Equal(0, new ReviewIndex.PointerTokens(string.Empty).Count);
        Assert.Equal(0, new ReviewIndex.PointerTokens("projects/0").Count);
        var root = new ReviewIndex.PointerTokens("/");
        Assert.Equal(1, root.Count);
        Assert.True(root[0].IsEmpty);
    }
}

/// <summary>The id of a rule's group in the review summary: the rule id as it is when it is a valid id, else encoded.</summary>
public class GroupAnchorTests
{
    [Theory]
    [InlineData("PT302", "rule-PT302")]
    [InlineData("my-rule-7", "rule-my-rule-7")]
    [InlineData("x.y", "rule-x_2e_y")]
    [InlineData("规则1", "rule-_89c4__5219_1")]
    [InlineData("", "rule-")]
    [InlineData(null, "rule-")]
    public void A_rule_id_gives_its_group_anchor(string? ruleId, string expected) =>
        Assert.Equal(expected, PerformanceTargets.Rendering.Views.FindingView.GroupAnchor(ruleId));
}
