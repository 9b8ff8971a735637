using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;

namespace PerformanceTargets.Tests.Import;

/// <summary>The 文号 rule: the issuer abbreviation is found without swallowing the place name or words before it.</summary>
public class FundingReferenceTests
{
    [Theory]
    [InlineData("官厅镇怀财字【2024】7号防火经费", "怀财字【2024】7号")]
    [InlineData("怀财字【2024】7号村干部养老保险", "怀财字【2024】7号")]
    [InlineData("官厅镇怀财字【2024】7号2022年一事一议项目资金", "怀财字【2024】7号")]
    [InlineData("2022年冀财预〔2023〕12号乡村振兴资金", "冀财预〔2023〕12号")]
    [InlineData("关于印发冀财预〔2023〕12号的资金", "冀财预〔2023〕12号")]
    [InlineData("财预〔2020〕10号", "财预〔2020〕10号")]
    [InlineData("根据财预〔2020〕10号编制", "财预〔2020〕10号")]
    [InlineData("中发〔2018〕34号全面实施预算绩效管理", "中发〔2018〕34号")]
    [InlineData("国发[2021]5号专项", "国发[2021]5号")]
    [InlineData("国办发（2021）5号配套", "国办发（2021）5号")]
    [InlineData("怀来县怀财字【2024】7号", "怀财字【2024】7号")]
    [InlineData("张家口市张财农〔2024〕15号农田建设", "张财农〔2024〕15号")]
    [InlineData("冀政办字〔2023〕101号", "冀政办字〔2023〕101号")]
    [InlineData("冀人社发〔2022〕3号就业补助", "冀人社发〔2022〕3号")]
    [InlineData("村级组织运转工资财预〔2020〕10号", "财预〔2020〕10号")]
    [InlineData("下达怀财字【2024】7号资金", "怀财字【2024】7号")]
    [InlineData("乡镇财政所怀财字 【 2024 】 7号", "怀财字 【 2024 】 7号")]
    [InlineData("农业农村局农财字〔2024〕2号", "农财字〔2024〕2号")]
    [InlineData("官厅镇村级组织财预〔2020〕10号", "财预〔2020〕10号")]
    [InlineData("官厅镇村级组织张财农〔2024〕15号", "财农〔2024〕15号")] // documented limit: 张 after a name word is not known to be a region
    public void The_funding_reference_is_the_issuer_year_and_number(string name, string expected) =>
        Assert.Equal(expected, FundingReferences.Find(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("官厅镇村干部工资")]
    [InlineData("村级组织运转（办公经费）")]
    [InlineData("2024年7号台风灾后重建")]
    [InlineData("〔2024〕7号文件")]
    [InlineData("怀财字【24】7号")]
    [InlineData("怀财字【2024】号")]
    [InlineData("社区工作者薪酬【2024】")]
    public void A_name_without_a_funding_reference_gives_null(string? name) =>
        Assert.Null(FundingReferences.Find(name));

    [Fact]
    public void Every_reference_of_a_text_is_found_in_order()
    {
        Assert.Equal(
            ["冀财预〔2023〕12号", "怀财字【2024】7号"],
            FundingReferences.FindAll("依据冀财预〔2023〕12号和怀财字【2024】7号下达"));
        Assert.Empty(FundingReferences.FindAll(null));
    }

    [Fact]
    public void The_seed_names_give_the_reference_or_null()
    {
        foreach (var project in ImportFixtures.SeedDocument.Projects)
        {
            var expected = project.Sequence == 1 ? null : "怀财字【2024】7号";
            Assert.Equal(expected, FundingReferences.Find(project.Name));
        }
    }
}

/// <summary>Properties of the 文号 rule over generated names.</summary>
public class FundingReferencePropertyTests
{
    private static readonly string[] References = ["怀财字【2024】7号", "冀财预〔2023〕12号", "财预〔2020〕10号", "国发[2021]5号", "中办发（2019）3号", "张财农〔2024〕15号"];
    // What a name puts before a 文号: nothing, a place, a year, a citing verb, or something not Chinese.
    private static readonly string[] Before = ["", "官厅镇", "2022年", "怀来县", "关于下达", "根据", "乡镇财政所", "(", "1.", "A-"];
    private static readonly string[] After = ["", "防火经费", "2022年一事一议项目资金", "村干部养老保险", "（办公经费）", "配套资金"];

    public static Arbitrary<(string, string, string)> Names() => Arb.From(
        from before in Gen.Elements(Before)
        from reference in Gen.Elements(References)
        from after in Gen.Elements(After)
        select (before, reference, after));

    [Property(MaxTest = 200, Arbitrary = [typeof(FundingReferencePropertyTests)])]
    public void The_reference_is_found_whatever_comes_before_and_after_it((string Before, string Reference, string After) name)
    {
        var text = name.Before + name.Reference + name.After;
        Assert.Equal(name.Reference, FundingReferences.Find(text));
        Assert.Equal(new[] { name.Reference }, FundingReferences.FindAll(text));
    }
}
