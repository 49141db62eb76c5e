using DeptBudget.Core.Targets;

namespace DeptBudget.Core.Tests.Targets;

public class TargetParserTests
{
    /// <summary>Every way DOMAIN §6.1 and the seeds write a measurable target: text, operator, value, unit, label.</summary>
    [Theory]
    [InlineData("≥90%", "≥", "90", "%", "")]
    [InlineData("≤100%", "≤", "100", "%", "")]
    [InlineData("=0", "=", "0", "", "")]
    [InlineData("100%", "", "100", "%", "")]
    [InlineData("≥ 2 次", "≥", "2", "次", "")]
    [InlineData("10人", "", "10", "人", "")]
    [InlineData("≤39.68万元", "≤", "39.68", "万元", "")]
    [InlineData("≥99.99%", "≥", "99.99", "%", "")]
    [InlineData("7*24小时", "", "168", "小时", "")]
    [InlineData("≤1秒", "≤", "1", "秒", "")]
    [InlineData("≤-5%", "≤", "-5", "%", "")]
    [InlineData("≤ －2.5％", "≤", "-2.5", "%", "")]
    [InlineData("\u22123%", "", "-3", "%", "")]
    [InlineData("≥5G", "≥", "5", "G", "")]
    [InlineData("$\\leq 5\\%$", "≤", "5", "%", "")]
    [InlineData("$\\geq 80\\%$", "≥", "80", "%", "")]
    [InlineData("$\\leq 100\\%$", "≤", "100", "%", "")]
    [InlineData("＞＝９５％", "≥", "95", "%", "")]
    [InlineData("≧95％", "≥", "95", "%", "")]
    [InlineData("＝０", "=", "0", "", "")]
    [InlineData(">=95%", "≥", "95", "%", "")]
    [InlineData("<=3天", "≤", "3", "天", "")]
    [InlineData("大于等于95%", "≥", "95", "%", "")]
    [InlineData("不低于90%", "≥", "90", "%", "")]
    [InlineData("不少于12次", "≥", "12", "次", "")]
    [InlineData("不超过5%", "≤", "5", "%", "")]
    [InlineData("低于3%", "<", "3", "%", "")]
    [InlineData("80%以上", "≥", "80", "%", "")]
    [InlineData("10个工作日以内", "≤", "10", "个工作日", "")]
    [InlineData("1,352.27万元", "", "1352.27", "万元", "")]
    [InlineData("43 万元", "", "43", "万元", "")]
    [InlineData("57", "", "57", "", "")]
    [InlineData("5%", "", "5", "%", "")]
    [InlineData("≥20日", "≥", "20", "日", "")]
    [InlineData("≥168小时", "≥", "168", "小时", "")]
    [InlineData("≤10分钟", "≤", "10", "分钟", "")]
    [InlineData("≥358条", "≥", "358", "条", "")]
    [InlineData("≥400人", "≥", "400", "人", "")]
    [InlineData("≤88万元", "≤", "88", "万元", "")]
    [InlineData("“政好办”服务专员 54 名", "", "54", "名", "“政好办”服务专员")]
    [InlineData("抽查 24 个项目,", "", "24", "个项目", "抽查")]
    [InlineData("专项整治 86 个项目", "", "86", "个项目", "专项整治")]
    [InlineData("不见面审批占比达到80%以上", "≥", "80", "%", "不见面审批占比")]
    public void Parse_Quantitative(string text, string op, string value, string unit, string label)
    {
        var target = Assert.IsType<QuantitativeTarget>(TargetParser.Parse(text));

        Assert.Equal(op, target.Operator.Symbol());
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(label, target.Label);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("专项整治 166 个项目，核查大数据 2756 条", "专项整治", 166, "个项目", "核查大数据", 2756, "条")]
    [InlineData("专项整治 166 个项目, 核查大数据 2756 条", "专项整治", 166, "个项目", "核查大数据", 2756, "条")]
    [InlineData("≥95%；≤3天", "", 95, "%", "", 3, "天")]
    public void Parse_Compound(string text, string label1, int value1, string unit1, string label2, int value2, string unit2)
    {
        var target = Assert.IsType<CompoundTarget>(TargetParser.Parse(text));

        Assert.Equal(2, target.Parts.Count);
        Assert.Equal((label1, (decimal)value1, unit1), (target.Parts[0].Label, target.Parts[0].Value, target.Parts[0].Unit));
        Assert.Equal((label2, (decimal)value2, unit2), (target.Parts[1].Label, target.Parts[1].Value, target.Parts[1].Unit));
    }

    [Theory]
    [InlineData("合理")]
    [InlineData("健全")]
    [InlineData("达到规定要求")]
    [InlineData("逐步提高")]
    [InlineData("得到优化")]
    [InlineData("设置合理")]
    [InlineData("节约办公经费，减少办公设备购置")]
    public void Parse_Qualitative(string text)
    {
        var target = Assert.IsType<QualitativeTarget>(TargetParser.Parse(text));

        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("TB", "只有单位“TB”，没有数值")]
    [InlineData("目前聘用保洁保安人员 7 人，大厅服务人员 82 人，共聘人数 89 人，控制外聘人数", "“控制外聘人数”没有数值")]
    [InlineData("第3季度完成80%", "读不出“第3季度完成80%”的比较符号、数值和单位")]
    public void Parse_Unreadable_SaysWhy(string text, string reason)
    {
        var target = Assert.IsType<UnreadableTarget>(TargetParser.Parse(text));

        Assert.Equal(reason, target.Reason);
    }

    [Theory]
    [InlineData("2023年12月底前完成", 2023, 12, 0)]
    [InlineData("6月30日前上线", 0, 6, 30)]
    [InlineData("2024年底前", 2024, 12, 0)]
    [InlineData("２０２３年１０月前全部完成", 2023, 10, 0)]
    [InlineData("9月份以前拨付", 0, 9, 0)]
    public void Parse_Deadline(string text, int year, int month, int day)
    {
        var target = Assert.IsType<DeadlineTarget>(TargetParser.Parse(text));

        Assert.Equal((year == 0 ? null : year, month, day == 0 ? null : day), (target.Year, target.Month, target.Day));
    }

    [Theory]
    [InlineData("≤3个工作日")]
    [InlineData("12个月")]
    public void Parse_ADurationIsNoDeadline(string text) => Assert.IsType<QuantitativeTarget>(TargetParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Parse_Empty_IsMissing(string? text) => Assert.IsType<MissingTarget>(TargetParser.Parse(text));
}
