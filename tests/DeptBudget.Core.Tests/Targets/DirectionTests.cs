using DeptBudget.Core.Targets;

namespace DeptBudget.Core.Tests.Targets;

public class DirectionTests
{
    private static readonly DirectionLexicon Lexicon = new(
    [
        ("率", Direction.HigherIsBetter), ("变动率", Direction.LowerIsBetter), ("节约率", Direction.HigherIsBetter),
        ("成本", Direction.LowerIsBetter), ("响应时间", Direction.LowerIsBetter), ("满意度", Direction.HigherIsBetter),
    ]);

    [Theory]
    [InlineData("厉行节约支出变动率", Direction.LowerIsBetter)]
    [InlineData("总体成本节约率", Direction.HigherIsBetter)]
    [InlineData("故障响应时间", Direction.LowerIsBetter)]
    [InlineData("预算执行率", Direction.HigherIsBetter)]
    [InlineData("开发业务系统", Direction.Neither)]
    public void Of_TheWordNearestTheEndWins(string name, Direction expected) => Assert.Equal(expected, Lexicon.Of(name));

    [Fact]
    public void Of_FallsBackToTheKind() => Assert.Equal(Direction.LowerIsBetter, Lexicon.Of("2022年预算金额", "成本指标"));
}
