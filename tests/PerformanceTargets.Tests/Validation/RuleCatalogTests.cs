using System.Text.RegularExpressions;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Rules;
using PerformanceTargets.Validation.Rules.Format;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// A rule is written in one place: its class (descriptor and logic) in the folder of its category, one line in the
/// registration list, and its entry in docs/rules.md. These tests hold every rule to that recipe.
/// </summary>
public partial class RuleCatalogTests
{
    private static readonly string RulesFolder = Path.Combine(TestPaths.Root, "src", "PerformanceTargets", "Validation", "Rules");

    [Fact]
    public void The_catalogue_has_every_rule_of_the_contract_with_both_languages()
    {
        // The ids of rule set 1.0.0 are a contract: none may disappear or change meaning. New rules add to the list.
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Subset(
            ids.ToHashSet(),
            new HashSet<string>
            {
                "PT001", "PT002", "PT003", "PT101", "PT102", "PT103", "PT104", "PT105", "PT106", "PT201", "PT202", "PT203", "PT204", "PT205", "PT206", "PT207", "PT208", "PT209", "PT210", "PT211",
                "PT301", "PT302", "PT303", "PT304", "PT305", "PT306", "PT307", "PT308", "PT401", "PT402", "PT403", "PT404", "PT501", "PT901", "PT902",
            });
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.Matches("^PT[0-9]{3}$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title.English));
            Assert.Matches("[\u4e00-\u9fff]", r.Title.Chinese);
            Assert.Matches("[\u4e00-\u9fff]", r.Description.Chinese);
            Assert.DoesNotMatch("^[\u4e00-\u9fff]", r.Description.English);
        });
        Assert.Equal(ids, TargetValidator.Default.Rules.Select(r => r.Id));
    }

    [Fact]
    public void The_catalogue_is_an_index_of_the_registration_list()
    {
        var registered = BuiltInRules.ReadStage.Concat(BuiltInRules.ReviewStage.Select(r => r.Descriptor)).ToList();
        Assert.Equal(registered.Select(r => r.Id).Distinct().Count(), registered.Count);
        Assert.Equal(registered.OrderBy(r => r.Id, StringComparer.Ordinal), RuleCatalog.All);
        Assert.Equal(BuiltInRules.ReviewStage.Select(r => r.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal), BuiltInRules.ReviewStage.Select(r => r.Descriptor.Id));

        foreach (var rule in BuiltInRules.ReviewStage)
        {
            Assert.Same(rule.Descriptor, RuleCatalog.Get(rule.Descriptor.Id));
            Assert.False(RuleCatalog.IsReadStage(rule.Descriptor.Id));
        }

        foreach (var descriptor in BuiltInRules.ReadStage)
        {
            Assert.True(RuleCatalog.TryGet(descriptor.Id, out var found));
            Assert.Same(descriptor, found);
            Assert.True(RuleCatalog.IsReadStage(descriptor.Id));
        }

        Assert.False(RuleCatalog.TryGet("PT999", out _));
        Assert.False(RuleCatalog.TryGet(null, out _));
        Assert.False(RuleCatalog.TryGet("pt102", out _));
        Assert.False(RuleCatalog.IsReadStage(null));
        Assert.Throws<ArgumentException>(() => RuleCatalog.Get("PT999"));
        Assert.Throws<ArgumentNullException>(() => RuleCatalog.Get(null!));
    }

    [Fact]
    public void Every_rule_class_is_registered_once()
    {
        var classes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => typeof(BuiltInRule).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var registered = BuiltInRules.ReviewStage.Select(r => r.GetType()).OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(classes, registered);
    }

    [Fact]
    public void Each_rule_is_declared_in_its_own_file_in_the_folder_of_its_category()
    {
        foreach (var rule in BuiltInRules.ReviewStage)
        {
            var type = rule.GetType();
            var category = rule.Descriptor.Category.ToString();
            Assert.Equal("PerformanceTargets.Validation.Rules." + category, type.Namespace);
            var file = Path.Combine(RulesFolder, category, type.Name + ".cs");
            Assert.True(File.Exists(file), $"{rule.Descriptor.Id} ({type.Name}) is not in Rules/{category}/{type.Name}.cs");
            var source = File.ReadAllText(file);
            Assert.Contains($"Id = \"{rule.Descriptor.Id}\"", source, StringComparison.Ordinal);
            Assert.Contains($"Category = RuleCategory.{category},", source, StringComparison.Ordinal);
        }

        // The read-stage rules have descriptors but no check class: they are reported while the input is read.
        Assert.Equal("PerformanceTargets.Validation.Rules.Format", typeof(ReadStageRules).Namespace);
        var readStage = File.ReadAllText(Path.Combine(RulesFolder, "Format", nameof(ReadStageRules) + ".cs"));
        Assert.All(BuiltInRules.ReadStage, r =>
        {
            Assert.Equal(RuleCategory.Format, r.Category);
            Assert.Contains($"Id = \"{r.Id}\"", readStage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_rule_has_an_entry_in_docs_rules_md_with_a_failing_and_a_passing_example()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "rules.md"));
        foreach (var rule in RuleCatalog.All)
        {
            var start = text.IndexOf("## " + rule.Id, StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/rules.md has no section for {rule.Id}");
            var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            var section = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            Assert.Contains("Fails", section, StringComparison.Ordinal);
            Assert.Contains("Passes", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docs_rules_md_lists_no_rule_that_does_not_exist_and_its_table_agrees_with_the_catalogue()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "rules.md"));
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        // One section per rule, in id order, and none for a rule the catalogue does not have.
        var sections = SectionHeading().Matches(text).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(ids, sections);

        // The summary table: one row per rule, in id order, with the rule's category and default severity.
        var rows = TableRow().Matches(text).ToList();
        Assert.Equal(ids, rows.Select(m => m.Groups["id"].Value));
        foreach (var row in rows)
        {
            var rule = RuleCatalog.Get(row.Groups["id"].Value);
            Assert.Equal(rule.Category.ToString().ToLowerInvariant(), row.Groups["category"].Value.Trim());
            var severity = row.Groups["severity"].Value.Trim();
            if (!severity.StartsWith('('))
            {
                Assert.Equal(rule.DefaultSeverity.ToString().ToLowerInvariant(), severity.Split(' ')[0]);
            }
        }
    }

    [GeneratedRegex(@"^## (?<id>PT[0-9]+)\b", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\| (?<id>PT[0-9]+) \|(?<severity>[^|]+)\|(?<category>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
