using System.Globalization;
using DeptBudget.Core.Targets;

namespace DeptBudget.Core.Tests.Targets;

/// <summary>Every distinct target and previous-year value written in seeds 000, 003 and the performance part of 002, and how it reads.</summary>
public class SeedTargetsTests
{
    [Theory]
    [InlineData("≤100%", "≤100%")]
    [InlineData("≤5%", "≤5%")]
    [InlineData("目前聘用保洁保安人员 7 人，大厅服务人员 82 人，共聘人数 89 人，控制外聘人数", "unreadable")]
    [InlineData("节约办公经费，减少办公设备购置", "qualitative")]
    [InlineData("减少现场培训，以线上培训和办理为主，节约培训费用", "qualitative")]
    [InlineData("加强监管执法力度，规范行业标准，优化营商环境，节约办案经费", "qualitative")]
    [InlineData("相符", "qualitative")]
    [InlineData("健全", "qualitative")]
    [InlineData("科学", "qualitative")]
    [InlineData("合理", "qualitative")]
    [InlineData("规范", "qualitative")]
    [InlineData("≥90%", "≥90%")]
    [InlineData("≤10%", "≤10%")]
    [InlineData("100%", "100%")]
    [InlineData("≥95%", "≥95%")]
    [InlineData("设置合理", "qualitative")]
    [InlineData("合规", "qualitative")]
    [InlineData("“政好办”服务专员 54 名", "54名")]
    [InlineData("一窗通办", "qualitative")]
    [InlineData("专项整治 166 个项目，核查大数据 2756 条", "166个项目 + 2756条")]
    [InlineData("抽查 24 个项目,", "24个项目")]
    [InlineData("43 万元", "43万元")]
    [InlineData("得到净化", "qualitative")]
    [InlineData("得到优化", "qualitative")]
    [InlineData("", "missing")]
    [InlineData("良好", "qualitative")]
    [InlineData("责权利明确", "qualitative")]
    [InlineData("科学合格", "qualitative")]
    [InlineData("≥10%", "≥10%")]
    [InlineData("全面运用信息化", "qualitative")]
    [InlineData("≥98%", "≥98%")]
    [InlineData("94%", "94%")]
    [InlineData("80%", "80%")]
    [InlineData("5%", "5%")]
    [InlineData("一事联办", "qualitative")]
    [InlineData("水电气一体化", "qualitative")]
    [InlineData("专项整治 166 个项目, 核查大数据 2756 条", "166个项目 + 2756条")]
    [InlineData("专项整治 86 个项目", "86个项目")]
    [InlineData("专项整治 126 个项目", "126个项目")]
    [InlineData("抽查 24 个项目", "24个项目")]
    [InlineData("抽查 20 个项目", "20个项目")]
    [InlineData("充分", "qualitative")]
    [InlineData("有效", "qualitative")]
    [InlineData("≥97%", "≥97%")]
    [InlineData("完整", "qualitative")]
    [InlineData("20%", "20%")]
    [InlineData("95%", "95%")]
    [InlineData("86%", "86%")]
    [InlineData("显著", "qualitative")]
    [InlineData("协同", "qualitative")]
    [InlineData("高效", "qualitative")]
    [InlineData("持续", "qualitative")]
    [InlineData("57", "57")]
    [InlineData("相关", "qualitative")]
    [InlineData("$\\leq 5\\%$", "≤5%")]
    [InlineData("$\\leq 100\\%$", "≤100%")]
    [InlineData("$\\geq 80\\%$", "≥80%")]
    [InlineData("真实", "qualitative")]
    [InlineData("公开", "qualitative")]
    [InlineData("完成", "qualitative")]
    [InlineData("完成职责任务", "qualitative")]
    [InlineData("≤39.68万元", "≤39.68万元")]
    [InlineData("10人", "10人")]
    [InlineData("提升", "qualitative")]
    [InlineData("90%", "90%")]
    [InlineData("≤88万元", "≤88万元")]
    [InlineData("≥400人", "≥400人")]
    [InlineData("提高", "qualitative")]
    [InlineData("≤18万元", "≤18万元")]
    [InlineData("TB", "unreadable")]
    [InlineData("效果明显", "qualitative")]
    [InlineData("≥5G", "≥5G")]
    [InlineData("≥99.99%", "≥99.99%")]
    [InlineData("合格", "qualitative")]
    [InlineData("7*24小时", "168小时")]
    [InlineData("≤1秒", "≤1秒")]
    [InlineData("≤34.56万元", "≤34.56万元")]
    [InlineData("≥12次", "≥12次")]
    [InlineData("≥52次", "≥52次")]
    [InlineData("≥99%", "≥99%")]
    [InlineData("≤105.26万元", "≤105.26万元")]
    [InlineData("≥358条", "≥358条")]
    [InlineData("≥6个", "≥6个")]
    [InlineData("≥20日", "≥20日")]
    [InlineData("≥168小时", "≥168小时")]
    [InlineData("≤112.91万元", "≤112.91万元")]
    [InlineData("≥8个", "≥8个")]
    [InlineData("明显", "qualitative")]
    [InlineData("≥210条", "≥210条")]
    [InlineData("≤10分钟", "≤10分钟")]
    public void Parse_EveryTargetOfTheSeeds(string text, string expected) => Assert.Equal(expected, Describe(TargetParser.Parse(text)));

    private static string Describe(Target target) => target switch
    {
        QuantitativeTarget one => Part(one),
        CompoundTarget many => string.Join(" + ", many.Parts.Select(Part)),
        QualitativeTarget => "qualitative",
        UnreadableTarget => "unreadable",
        _ => "missing",
    };

    private static string Part(QuantitativeTarget part) =>
        part.Operator.Symbol() + part.Value.ToString(CultureInfo.InvariantCulture) + part.Unit;
}
