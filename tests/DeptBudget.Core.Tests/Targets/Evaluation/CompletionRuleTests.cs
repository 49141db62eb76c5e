using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using static DeptBudget.Core.Tests.Targets.Evaluation.EvaluationBuilder;

namespace DeptBudget.Core.Tests.Targets.Evaluation;

public class CompletionRuleTests
{
    private static decimal? Percent(string name, string target, string actual) =>
        CompletionRule.Of(TargetParser.Parse(target), actual, Directions.Of(name), Rules).Percent;

    [Theory]
    [InlineData("培训人次", "≥1200人次", "1080人次", 90)]
    [InlineData("系统可用率", "≥99%", "99.5%", 100.51)]
    [InlineData("培训人次", "≥1200人次", "1,500 人次", 125)]
    [InlineData("办事群众满意度", "≥95%", "93.1%", 98)]
    public void Of_MoreIsBetter_ActualOverTarget(string name, string target, string actual, double expected) =>
        Assert.Equal((decimal)expected, Percent(name, target, actual));

    [Theory]
    [InlineData("故障响应时间", "≤2小时", "2.5小时", 80)]
    [InlineData("故障响应时间", "≤2小时", "1.5小时", 133.33)]
    [InlineData("运行维护成本", "≤120万元", "114万元", 105.26)]
    [InlineData("群众办事跑动次数", "≤1次", "2次", 50)]
    public void Of_LessIsBetter_TargetOverActual(string name, string target, string actual, double expected) =>
        Assert.Equal((decimal)expected, Percent(name, target, actual));

    [Fact]
    public void Of_AtMost100PercentOnAMoreIsBetterRate_StillActualOverTarget() =>
        Assert.Equal(95m, Percent("预算执行率", "≤100%", "95%"));

    [Theory]
    [InlineData("0次", 100)]
    [InlineData("1次", 0)]
    public void Of_ZeroTargetToKeep_AllOrNothing(string actual, double expected) =>
        Assert.Equal((decimal)expected, Percent("安全事故次数", "≤0次", actual));

    [Theory]
    [InlineData("达到", 100, "达成")]
    [InlineData("已完成", 100, "达成")]
    [InlineData("基本达到", 80, "基本达成")]
    [InlineData("部分完成", 60, "部分达成")]
    [InlineData("未达到", 0, "未达成")]
    public void Of_Words_ScoreByBand(string actual, double expected, string band)
    {
        var completion = CompletionRule.Of(TargetParser.Parse("达到规定要求"), actual, Direction.Neither, Rules);

        Assert.Equal((decimal)expected, completion.Percent);
        Assert.Equal(band, completion.Method);
    }

    [Theory]
    [InlineData("专项整治 150 个项目，核查大数据 2756 条", 95.18)]
    [InlineData("专项整治 166 个项目，核查大数据 3000 条", 104.43)]
    public void Of_CompoundTarget_EachPartInProportion_ThenTheMean(string actual, double expected)
    {
        var completion = CompletionRule.Of(TargetParser.Parse("专项整治 166 个项目，核查大数据 2756 条"), actual, Direction.Neither, Rules);

        Assert.Equal((decimal)expected, completion.Percent);
        Assert.Equal("分项比例平均", completion.Method);
    }

    [Fact]
    public void Of_CompoundTarget_ActualInWords_ScoresByBand() =>
        Assert.Equal(80m, CompletionRule.Of(TargetParser.Parse("专项整治 166 个项目，核查大数据 2756 条"), "基本完成", Direction.Neither, Rules).Percent);

    [Theory]
    [InlineData("2023年12月底前完成", "2023年11月完成", 100, "按期")]
    [InlineData("2023年12月底前完成", "2023年12月完成", 100, "按期")]
    [InlineData("2023年12月底前完成", "2024年1月完成", 0, "逾期")]
    [InlineData("12月15日前上线", "12月20日上线", 0, "逾期")]
    [InlineData("12月15日前上线", "已完成", 100, "达成")]
    public void Of_Deadline_OnTimeOrLate(string target, string actual, double expected, string method)
    {
        var completion = CompletionRule.Of(TargetParser.Parse(target), actual, Direction.Neither, Rules);

        Assert.Equal(((decimal)expected, method), (completion.Percent!.Value, completion.Method));
    }

    [Fact]
    public void Of_WordsOfNoBand_CannotBeComputed() =>
        Assert.Null(CompletionRule.Of(TargetParser.Parse("健全"), "还行", Direction.Neither, Rules).Percent);

    [Theory]
    [InlineData(2.345, 2.35)]
    [InlineData(2.344, 2.34)]
    [InlineData(-2.345, -2.35)]
    public void Round_HalfAwayFromZero(double value, double expected) =>
        Assert.Equal((decimal)expected, CompletionRule.Round((decimal)value));
}
