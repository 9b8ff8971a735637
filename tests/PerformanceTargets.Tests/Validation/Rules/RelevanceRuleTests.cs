using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The relevance rules (相关性: PT402–PT404) and the field lexicon behind them: hit and near miss on documents built from the seed.</summary>
public class RelevanceRuleTests
{
    [Fact]
    public void PT402_hit_a_row_copied_into_three_unrelated_funds()
    {
        var row = SeedData.Row("产出指标", "质量指标", "发票损耗率", "发票损耗率");
        var fire = Fix(SeedData.Table(3));
        var flood = Fix(SeedData.Table(4));
        var rubbish = Fix(SeedData.Table(8));
        var report = SeedData.Validate(fire, flood, rubbish);
        var hits = report.Hits("PT402").Where(f => f.Message.Contains("发票损耗率", StringComparison.Ordinal)).ToList();
        Assert.Equal([0, 1, 2], hits.Select(f => f.ProjectIndex!.Value));
        Assert.Contains("2、3", hits[0].Message, StringComparison.Ordinal);

        static Project Fix(Project p) => p.WithIndicator(1, _ => new Indicator { Level1 = "产出指标", Level2 = "质量指标", Name = "发票损耗率", Description = "发票损耗率", Target = "≥95%", Basis = "年初工作计划" });
    }

    [Fact]
    public void PT402_near_miss_rows_shared_by_related_funds_two_funds_or_satisfaction_rows()
    {
        // 行政村数量 21个, 足额发放率 ≥95%, 工作正常开展率 ≥95% … are shared by the village and community funds.
        SeedData.Validate(SeedData.Table(1), SeedData.Table(14), SeedData.Table(15), SeedData.Table(16), SeedData.Table(17), SeedData.Table(18), SeedData.Table(20), SeedData.Table(21), SeedData.Table(22), SeedData.Table(23), SeedData.Table(12)).None("PT402");

        // Only two unrelated funds.
        SeedData.Validate(SeedData.Table(3), SeedData.Table(4)).None("PT402");

        // A satisfaction row fits every project.
        var satisfaction = SeedData.Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度");
        Project Only(Project p) => p with { Indicators = [satisfaction] };
        SeedData.Validate(Only(SeedData.Table(3)), Only(SeedData.Table(6)), Only(SeedData.Table(9))).None("PT402");

        // Nor do the rows of how the money is paid and used and whether the project keeps its time, which departments
        // across the country print in every table; the same tables with a row of no such kind are boilerplate.
        foreach (var (name, target) in new[] { ("资金拨付及时率", "=100%"), ("资金使用合规率", "=100%"), ("预算执行率", "≥95%"), ("项目完成及时率", "≥95%") })
        {
            var common = SeedData.Row("产出指标", "时效指标", name, name, target);
            var shared = SeedData.Validate(SeedData.Table(3).WithAddedIndicator(common), SeedData.Table(6).WithAddedIndicator(common), SeedData.Table(9).WithAddedIndicator(common));
            Assert.DoesNotContain(shared.Hits("PT402"), f => f.Message.Contains(name, StringComparison.Ordinal));
        }

        var copied = SeedData.Row("产出指标", "时效指标", "资料报送及时率", "资料报送及时率", "=100%");
        var report = SeedData.Validate(SeedData.Table(3).WithAddedIndicator(copied), SeedData.Table(6).WithAddedIndicator(copied), SeedData.Table(9).WithAddedIndicator(copied));
        Assert.Equal(3, report.Hits("PT402").Count(f => f.Message.Contains("资料报送及时率", StringComparison.Ordinal)));
    }

    [Fact]
    public void PT403_hit_grain_capacity_in_a_fire_prevention_fund()
    {
        var finding = SeedData.Validate(SeedData.Table(3)).Hits("PT403").First(f => f.Pointer == "/projects/0/indicators/4/name");
        Assert.Contains("农业生产", finding.Message, StringComparison.Ordinal);
        Assert.Contains("森林防火与消防", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT403_near_miss_related_fields_and_projects_of_no_known_field()
    {
        var farmland = SeedData.Row("效益指标", "生态效益指标", "耕地保护", "耕地保护", "得到加强");
        SeedData.Validate(SeedData.Table(7).WithAddedIndicator(farmland)).Hits("PT403").Where(f => f.Pointer.EndsWith("/9/name", StringComparison.Ordinal)).ToList().ForEach(f => Assert.Fail(f.Message));

        var unknown = SeedData.Sound.WithAddedIndicator(SeedData.Row("效益指标", "经济效益指标", "新增粮食产能", "新增粮食产能", "得到提升")) with
        {
            Name = "专项资金",
            FundUse = "专项资金",
            Goals = ["按计划使用资金"],
        };
        SeedData.Validate(unknown).None("PT403");

        // A river-patrol fund may well count patrols on river courses.
        SeedData.Validate(SeedData.Table(13).WithIndicator(1, i => i with { Name = "河道巡查覆盖率" })).Hits("PT403").Where(f => f.Pointer.EndsWith("/1/name", StringComparison.Ordinal)).ToList().ForEach(f => Assert.Fail(f.Message));
    }

    [Fact]
    public void PT403_near_miss_words_other_provinces_use_in_their_own_fields()
    {
        // 参保 is said of crop and herd insurance too; 畜禽 and 动物防疫 are farming even where vaccines are bought;
        // fire equipment belongs to every building; a 少年宫 puts on shows.
        static Project Fund(string name, string fundUse, params Indicator[] rows) =>
            rows.Aggregate(SeedData.Sound with { Name = name, FundUse = fundUse, Goals = [fundUse] }, (p, row) => p.WithAddedIndicator(row));

        var insurance = Fund("农业保险保费补贴", "用于政策性农业保险保费补贴", SeedData.Row("产出指标", "数量指标", "参保农户数", "参保农户数", "≥5000户"));
        var vaccination = Fund("动物疫病强制免疫", "用于重大动物疫病强制免疫疫苗采购", SeedData.Row("产出指标", "质量指标", "畜禽强制免疫密度", "畜禽强制免疫密度", "≥90%"));
        var clinic = Fund("乡镇卫生院改扩建", "用于卫生院业务用房改扩建及配套设施", SeedData.Row("产出指标", "质量指标", "消防设施配备数量", "消防设施配备数量", "≥40套"));
        var palace = Fund("乡村学校少年宫", "用于乡村学校少年宫活动器材购置", SeedData.Row("产出指标", "数量指标", "开展文艺演出场次", "开展文艺演出场次", "≥6场"));
        foreach (var fund in new[] { insurance, vaccination, clinic, palace })
        {
            var added = $"/projects/0/indicators/{fund.Indicators.Length - 1}/name";
            Assert.DoesNotContain(SeedData.Validate(fund).Hits("PT403"), f => f.Pointer == added);
        }

        // Terms that do belong to another field are still found in those funds.
        var contributions = SeedData.Row("产出指标", "质量指标", "社保费征缴率", "社保费征缴率", "≥95%");
        Assert.Contains(SeedData.Validate(insurance.WithAddedIndicator(contributions)).Hits("PT403"), f => f.Message.Contains("社保费征缴率", StringComparison.Ordinal));
        var engines = SeedData.Row("产出指标", "数量指标", "消防车数量", "消防车数量", "=2辆");
        Assert.Contains(SeedData.Validate(clinic.WithAddedIndicator(engines)).Hits("PT403"), f => f.Message.Contains("消防车数量", StringComparison.Ordinal));
    }

    [Fact]
    public void PT404_hit_the_use_of_funds_is_another_tables_name_or_another_field()
    {
        var finding = SeedData.Validate(SeedData.Table(5), SeedData.Table(20)).Single("PT404");
        Assert.Equal("/projects/0/fundUse", finding.Pointer);

        var otherField = SeedData.Validate(SeedData.Table(3) with { FundUse = "垃圾清运" }).Single("PT404");
        Assert.Contains("环境卫生", otherField.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT404_near_miss_a_use_of_funds_that_the_name_contains()
    {
        // Table 17's use of funds 村干部工资 is table 1's name without its place, but also part of table 17's own name.
        SeedData.Validate(SeedData.Table(1), SeedData.Table(17)).None("PT404");
        SeedData.Validate(SeedData.Table(20)).None("PT404");
        SeedData.Validate(SeedData.Table(19)).None("PT404");
    }

    [Fact]
    public void PT404_near_miss_farmland_irrigation_and_a_general_township_fund_paying_for_roads()
    {
        // 高标准农田 pays for land levelling, irrigation and field roads; 一事一议 (a general township fund) for village roads and water works.
        var farmland = SeedData.Sound with { Name = "2024年高标准农田建设项目", FundUse = "用于项目区土地平整、灌溉排水、田间道路等工程建设" };
        var township = SeedData.Sound with { Name = "村级公益事业建设一事一议财政奖补", FundUse = "用于村内道路、小型水利等公益设施建设奖补" };
        SeedData.Validate(farmland, township).None("PT404");

        // 校舍 are a school's buildings: their fire-safety works are the school's.
        var schoolhouses = SeedData.Sound with { Name = "中小学校舍安全工程", FundUse = "校舍抗震加固和消防改造" };
        SeedData.Validate(schoolhouses).None("PT404");
        SeedData.Validate(schoolhouses with { FundUse = "森林防火物资购置" }).Single("PT404");
    }
}

public class RelevanceScaleTests
{
    [Fact]
    public void PT402_in_a_long_document_names_ten_other_tables_and_counts_the_rest()
    {
        // 60 funds of three unrelated purposes, all with the same copied row.
        var row = new Indicator { Level1 = "产出指标", Level2 = "质量指标", Name = "发票损耗率", Description = "发票损耗率", Target = "≥95%", Basis = "年初工作计划" };
        var templates = new[] { SeedData.Table(3), SeedData.Table(4), SeedData.Table(8) };
        var projects = Enumerable.Range(0, 60).Select(i => templates[i % 3].WithIndicator(1, _ => row) with { Code = null }).ToArray();
        var report = TargetValidator.CreateBuilder().UseRuleSet(["PT402"]).UseCulture(Language.English).Build().Validate(SeedData.With(projects));
        var hits = report.Hits("PT402").Where(f => f.Pointer.EndsWith("/indicators/1/name", StringComparison.Ordinal)).ToList();
        Assert.Equal(60, hits.Count);
        Assert.Contains("also tables 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 49 more", hits[0].Message, StringComparison.Ordinal);
    }
}
