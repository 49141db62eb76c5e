using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The Hubei project form keeps the operator (计算符号) and the unit (计量单位) in their own columns (DOMAIN §6.3); no seed has one, so the text is made up here.</summary>
public class HubeiProjectReaderTests
{
    private const string Text = """
        项目支出绩效目标申报表
        项目名称	政务服务便民热线
        主管部门	广水市政务服务和大数据管理局
        年度资金总额	31.7
        中期目标	热线接通率保持在 95% 以上
        年度目标	热线运行畅通
        一级指标	二级指标	三级指标	计算符号	指标值	计量单位	备注
        产出指标	数量指标	受理工单数	≥	12000	件
        		回访次数	≥	2	次
        	质量指标	工单办结率	≥	95	%
        	时效指标	平均响应时间	≥	30	秒
        	成本指标	热线运行成本	≤	31.7	万元
        效益指标	社会效益指标	群众办事便利度	定性	逐步提高
        满意度指标	服务对象满意度指标	来电群众满意度	≥	90	%
        """;

    private static PerformanceForm Read() => Assert.Single(FormTextReader.Read(Text));

    [Fact]
    public void Read_JoinsOperatorValueAndUnit()
    {
        var indicators = Read().Projects.Single().Indicators;

        var calls = Assert.IsType<QuantitativeTarget>(indicators[0].Target);
        Assert.Equal((Comparison.AtLeast, 12000m, "件"), (calls.Operator, calls.Value, calls.Unit));
        Assert.Equal(("产出指标", "数量指标", "回访次数"), (indicators[1].Level1, indicators[1].Level2, indicators[1].Level3));
        Assert.Equal("逐步提高", Assert.IsType<QualitativeTarget>(indicators[5].Target).Text);
    }

    [Fact]
    public void Read_ProjectAndGoals()
    {
        var form = Read();

        Assert.Equal(("hubei-project", "政务服务便民热线", 31.7m), (form.TemplateId, form.Projects[0].Name, form.Projects[0].AnnualBudget!.Value));
        Assert.Equal("热线运行畅通", form.Annual!.Text);
        Assert.Equal("热线接通率保持在 95% 以上", form.LongTerm!.Text);
    }

    [Fact]
    public void Review_FindsTheWrongWayResponseTimeAndTheVagueEffect()
    {
        var form = Read();

        var rules = Core.Targets.Review.TargetReview.Run(form, ShippedTargetData.Template(form.TemplateId), ShippedTargetData.Vocabulary)
            .Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["target-operator-direction", "target-vague"], rules);
    }
}
