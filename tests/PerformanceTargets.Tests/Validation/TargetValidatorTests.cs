using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

public class TargetValidatorTests
{
    [Fact]
    public void Messages_come_in_the_chosen_language()
    {
        var english = TargetValidator.CreateBuilder().UseCulture("en").Build().Validate(SeedData.Document);
        var chinese = TargetValidator.CreateBuilder().UseCulture("zh-CN").Build().Validate(SeedData.Document);
        Assert.Equal(english.Findings.Select(f => (f.RuleId, f.Pointer)), chinese.Findings.Select(f => (f.RuleId, f.Pointer)));
        Assert.All(english.Findings, f => Assert.Matches("^[\\x20-\\x7E]", f.Message));
        Assert.All(chinese.Findings, f => Assert.Matches("[\u4e00-\u9fff]", f.Message));
        Assert.All(english.Findings, f => Assert.NotNull(f.Hint));
        Assert.All(chinese.Findings, f => Assert.NotNull(f.Hint));
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().UseCulture("fr"));
    }

    [Fact]
    public void Severity_overrides_and_disabled_rules_apply_to_every_finding()
    {
        var validator = TargetValidator.CreateBuilder()
            .SetSeverity("PT102", Severity.Warning)
            .SetSeverity("PT306", Severity.Error)
            .DisableRule("PT302")
            .Build();
        var report = validator.Validate(SeedData.Document);
        Assert.All(report.Hits("PT102"), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(report.Hits("PT306"), f => Assert.Equal(Severity.Error, f.Severity));
        report.None("PT302");
        Assert.DoesNotContain(validator.Rules, r => r.Id == "PT302");
        Assert.Equal(Severity.Warning, validator.Rules.Single(r => r.Id == "PT102").DefaultSeverity);
        Assert.Equal(3, report.ErrorCount);
    }

    [Fact]
    public void Configuration_mistakes_are_exceptions()
    {
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().DisableRule("PT002"));
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().SetSeverity("PT001", Severity.Info));
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().DisableRule("PT999").Build());
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().UseRuleSet(["PT999"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetValidator.CreateBuilder().UseSatisfactionFloor(101m));
        Assert.Throws<ArgumentException>(() => TargetValidator.CreateBuilder().AddRule(new NoEmptyTitleRule("PT102")).Build());
        Assert.Throws<ArgumentNullException>(() => TargetValidator.Default.Validate((TargetDocument)null!));
    }

    [Fact]
    public void A_rule_set_restricts_the_built_in_rules_but_not_stage_1()
    {
        var validator = TargetValidator.CreateBuilder().UseRuleSet(["PT102"]).Build();
        Assert.Equal(["PT102"], validator.Validate(SeedData.Document).Findings.Select(f => f.RuleId).Distinct());
        Assert.Equal("PT001", Assert.Single(validator.ValidateJson("{").Findings).RuleId);
    }

    [Fact]
    public void Custom_rules_report_through_the_context_and_stamp_the_rule_set()
    {
        var validator = TargetValidator.CreateBuilder().AddRule(new NoEmptyTitleRule("X001")).UseCulture(Language.English).Build();
        var report = validator.Validate(SeedData.Document with { Title = " " });
        var finding = report.Single("X001");
        Assert.Equal("/title", finding.Pointer);
        Assert.Equal("The document has no title.", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Null(finding.ProjectIndex);
        Assert.Equal(RuleCatalog.Version + "+X001", report.RuleSetVersion);
        Assert.Contains(validator.Rules, r => r.Id == "X001");

        var json = validator.ValidateJson(TargetJson.WriteToString(SeedData.Document with { Title = " " }));
        Assert.True(json.Single("X001").Location!.Line > 0);

        var throwing = TargetValidator.CreateBuilder().AddRule(new ThrowingRule()).Build();
        var error = Assert.Throws<InvalidOperationException>(() => throwing.Validate(SeedData.Document));
        Assert.Contains("X666", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_framework_default_applies_to_documents_that_name_none_unless_overridden()
    {
        var sound2021 = SeedData.With(SeedData.Sound) with { Framework = null };
        var to2021 = TargetValidator.CreateBuilder().UseFramework(IndicatorFramework.Framework2021).Build();
        Assert.Equal(IndicatorFramework.Framework2021, to2021.Framework);
        to2021.Validate(sound2021).Single("PT205");
        to2021.Validate(sound2021 with { Framework = IndicatorFramework.Framework2020 }).None("PT205");
        TargetValidator.CreateBuilder().UseFramework(IndicatorFramework.Framework2021, overrideDocument: true).Build()
            .Validate(sound2021 with { Framework = IndicatorFramework.Framework2020 }).Single("PT205");
    }

    [Fact]
    public void A_document_that_names_no_framework_follows_the_one_its_level1_names_show()
    {
        // 成本指标 at level 1 shows 2021, as the importer reads it (PTI010); the default, set or not, yields to that.
        var cost = SeedData.Sound.Indicators.ToList().FindIndex(i => i.Level2 == "成本指标");
        var shows2021 = SeedData.With(SeedData.Sound.WithIndicator(cost, i => i with { Level1 = "成本指标", Level2 = "经济成本指标" })) with { Framework = null };
        TargetValidator.Default.Validate(shows2021).None("PT205");
        TargetValidator.Default.Validate(shows2021).None("PT104");
        TargetValidator.CreateBuilder().UseFramework(IndicatorFramework.Framework2020).Build().Validate(shows2021).None("PT205");

        // The document's own framework wins, and so does an override: 成本指标 is then not a category.
        Assert.Equal("/projects/0/indicators/" + cost + "/level1", TargetValidator.Default.Validate(shows2021 with { Framework = IndicatorFramework.Framework2020 }).Single("PT205").Pointer);
        TargetValidator.CreateBuilder().UseFramework(IndicatorFramework.Framework2020, overrideDocument: true).Build().Validate(shows2021).Single("PT205");

        // Without a level-1 成本指标 the names show nothing, and the default applies: 2021 asks for a 成本 category.
        var sound = SeedData.With(SeedData.Sound) with { Framework = null };
        TargetValidator.Default.Validate(sound).None("PT103");
        Assert.Contains("成本指标", TargetValidator.CreateBuilder().UseFramework(IndicatorFramework.Framework2021).Build().Validate(sound).Single("PT103").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_map_gives_findings_their_line_in_the_imported_text()
    {
        var map = SourceMap.Create(
        [
            new("/projects/2", new SourceLocation { Line = 300, Table = 3 }),
            new("/projects/2/goals/0", new SourceLocation { Line = 310, Column = 2, Table = 3 }),
        ]);
        var report = TargetValidator.Default.Validate(SeedData.Document, map, "seed.txt");
        var goal = report.Hits("PT102").First();
        Assert.Equal(new SourceLocation { File = "seed.txt", Line = 310, Column = 2, Table = 3 }, goal.Location);
        var other = report.Findings.First(f => f.ProjectIndex == 2 && f.RuleId == "PT302");
        Assert.Equal(300, other.Location!.Line);
        Assert.Null(report.Findings.First(f => f.ProjectIndex == 0).Location);
        Assert.Null(TargetValidator.Default.Validate(SeedData.Document).Findings[0].Location);
    }

    [Fact]
    public void Streams_files_and_bytes_give_the_same_report()
    {
        var path = TestPaths.Sample("guanting-2024.json");
        var fromFile = TargetValidator.Default.ValidateFile(path);
        using var stream = File.OpenRead(path);
        var fromStream = TargetValidator.Default.Validate(stream, path);
        var fromBytes = TargetValidator.Default.Validate(File.ReadAllBytes(path), path);
        Assert.Equal(fromFile.Findings.ToList(), fromStream.Findings.ToList());
        Assert.Equal(fromFile.Findings.ToList(), fromBytes.Findings.ToList());
        Assert.Equal(path, fromFile.FileName);
        Assert.Equal(SeedData.Document, fromFile.Document);
        Assert.Throws<FileNotFoundException>(() => TargetValidator.Default.ValidateFile(Path.Combine(TestPaths.Root, "no-such-file.json")));
    }

    [Fact]
    public void Findings_compare_by_value_and_survive_with_expressions()
    {
        var a = TargetValidator.Default.Validate(SeedData.Bytes).Findings;
        var b = TargetValidator.Default.Validate(SeedData.Bytes).Findings;
        Assert.Equal(a.ToList(), b.ToList());
        Assert.Equal(a[0].GetHashCode(), b[0].GetHashCode());
        var changed = a[0] with { Hint = null, Message = "x" };
        Assert.Null(changed.Hint);
        Assert.Equal("x", changed.Message);
        Assert.Equal(a[0].Pointer, changed.Pointer);
        Assert.Equal(a[0].Location, changed.Location);
        Assert.NotEqual(a[0], changed);
        var plain = new Finding { RuleId = "X", Severity = Severity.Info, Category = RuleCategory.Format, Pointer = "/projects/3/name", Message = "m" };
        Assert.Equal(3, plain.ProjectIndex);
        Assert.Null(plain.Location);
        Assert.Contains("info X: m", plain.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_validations_give_the_same_report()
    {
        var bytes = SeedData.Bytes;
        var expected = TargetValidator.Default.Validate(bytes, "seed.json");
        var reports = new ValidationReport[16];
        Parallel.For(0, reports.Length, i => reports[i] = TargetValidator.Default.Validate(bytes, "seed.json"));
        Parallel.ForEach(reports, r => _ = r.Findings.Select(f => (f.Message, f.Location)).ToList());
        Assert.All(reports, r => Assert.Equal(expected.Findings.ToList(), r.Findings.ToList()));
    }

    /// <summary>
    /// A thread keeps what it worked out about cell texts from one validation to the next (their parse, their words, their
    /// place in the framework), while each validation numbers them again: so a report never depends on what the thread
    /// validated before, with this framework or another one.
    /// </summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(DocumentArbitraries)])]
    public void A_report_does_not_depend_on_the_validations_its_thread_ran_before(TargetDocument earlier, TargetDocument document)
    {
        var framework2021 = new TargetValidatorBuilder().UseFramework(IndicatorFramework.Framework2021, overrideDocument: true).Build();
        var alone = OnNewThread(() => (Digest(TargetValidator.Default.Validate(document)), Digest(framework2021.Validate(document))));
        var after = OnNewThread(() =>
        {
            _ = Digest(TargetValidator.Default.Validate(earlier));
            _ = Digest(framework2021.Validate(SeedData.Document));
            _ = Digest(TargetValidator.Default.Validate(SeedData.Document));
            var first = Digest(TargetValidator.Default.Validate(document));
            _ = Digest(framework2021.Validate(earlier));
            return (first, Digest(framework2021.Validate(document)));
        });
        Assert.Equal(alone.Item1, after.Item1);
        Assert.Equal(alone.Item2, after.Item2);

        static List<string> Digest(ValidationReport report) =>
            [.. report.Findings.Select(f => string.Join("|", f.RuleId, f.Severity, f.Pointer, f.Message, f.Hint))];

        static T OnNewThread<T>(Func<T> work)
        {
            T result = default!;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            });
            thread.Start();
            thread.Join();
            return failure is null ? result : throw new InvalidOperationException("The validation failed on its thread.", failure);
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Nothing_throws_on_any_document_and_json_agrees_with_the_model(TargetDocument document)
    {
        var fromModel = TargetValidator.Default.Validate(document);
        var fromJson = TargetValidator.Default.Validate(TargetJson.Write(document));
        Assert.Equal(fromModel.Findings.Select(f => (f.RuleId, f.Pointer, f.Message)), fromJson.Findings.Where(f => f.RuleId != "PT002").Select(f => (f.RuleId, f.Pointer, f.Message)));
        foreach (var finding in fromJson.Findings)
        {
            Assert.NotNull(finding.Message);
            _ = finding.Location;
            _ = finding.Hint;
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Valid_documents_built_from_seed_rows_raise_no_errors(PositiveInt seed)
    {
        // Any selection of the sound tables, in any order, renumbered: still no error.
        var random = new Random(seed.Get);
        var sound = new[] { 1, 2, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23 };
        var tables = sound.OrderBy(_ => random.Next()).Take(random.Next(1, sound.Length)).Select(SeedData.Table).ToArray();
        var report = SeedData.Validate(tables);
        Assert.True(report.IsValid, string.Join("\n", report.Findings.Where(f => f.Severity == Severity.Error)));
    }

    private sealed class NoEmptyTitleRule(string id) : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = id,
            DefaultSeverity = Severity.Warning,
            Category = RuleCategory.Completeness,
            Title = new("文档缺少标题", "Document without title"),
            Description = new("文档应有标题。", "A document names itself."),
        };

        public void Check(ValidationContext context)
        {
            if (string.IsNullOrWhiteSpace(context.Document.Title))
            {
                context.Report("/title", new LocalizedText("文档没有标题。", "The document has no title."), new LocalizedText("请填写标题。", "Give the title."));
            }
        }
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = "X666",
            DefaultSeverity = Severity.Error,
            Category = RuleCategory.Format,
            Title = new("抛出异常", "Throws"),
            Description = new("抛出异常。", "Throws."),
        };

        public void Check(ValidationContext context) => throw new NotSupportedException("boom");
    }
}
