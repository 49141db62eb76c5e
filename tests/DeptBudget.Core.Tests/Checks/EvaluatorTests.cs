using DeptBudget.Core.Checks.Language;

namespace DeptBudget.Core.Tests.Checks;

public sealed class EvaluatorTests
{
    private static readonly Evaluator Evaluator = new(CheckTables.ById(CheckTables.Functions()));

    private static decimal Value(string text) => Evaluator.Value(Parser.Parse(text).Body, EvalScope.None).Value;

    private static bool Test(string text) => Evaluator.Test(Parser.Parse(text).Body, EvalScope.None);

    [Theory]
    [InlineData("[expenditure-summary|total|total]", 35)]
    [InlineData("[expenditure-summary|f:2010102|basic]", 20)]
    [InlineData("[expenditure-summary|code=20103|total]", 5)]
    [InlineData("[expenditure-summary|label=一般行政管理事务|total]", 20)]
    [InlineData("[expenditure-summary|f:2999999|total]", 0)]
    [InlineData("[expenditure-summary|total|project]", 0)]
    [InlineData("sum[expenditure-summary|fn=7|total]", 35)]
    [InlineData("sum[expenditure-summary|prefix=20101, level=3|total]", 30)]
    [InlineData("sum[expenditure-summary|role=subtotal|total]", 70)]
    [InlineData("sum[expenditure-summary|top|total]", 35)]
    [InlineData("count([expenditure-summary|fn=5|total])", 2)]
    [InlineData("2 + 3 * 4 - 10 / 4", 11.5)]
    [InlineData("-(2 - 5)", 3)]
    [InlineData("1 / 0", 0)]
    [InlineData("pct(953.86, 1352.27)", 70.54)]
    [InlineData("yoy(1352.27, 1631.98)", -17.14)]
    [InlineData("if(1 > 2, 5, 6)", 6)]
    [InlineData("abs(2 - 5)", 3)]
    public void Value_Computes(string text, double expected) => Assert.Equal((decimal)expected, Value(text));

    [Theory]
    [InlineData("1 = 1", true)]
    [InlineData("1 <> 1", false)]
    [InlineData("1 < 2 and 2 <= 2 and 3 > 2 and 3 >= 3", true)]
    [InlineData("1 > 2 or 2 > 1", true)]
    [InlineData("not 1 = 1", false)]
    [InlineData("isEmpty(\"expenditure-summary\")", false)]
    [InlineData("isEmpty(\"government-fund\")", true)]
    public void Test_Decides(string text, bool expected) => Assert.Equal(expected, Test(text));

    [Fact]
    public void Compare_SumOfRows_AllowsOneCentPerSummedRow()
    {
        var tables = CheckTables.ById(CheckTables.Functions().With("total", "total", 35.02m));
        var evaluator = new Evaluator(tables);
        var compare = (CompareNode)Parser.Parse("[expenditure-summary|total|total] = sum[expenditure-summary|fn=7|total]").Body;

        var result = evaluator.Compare(compare, EvalScope.None);

        Assert.True(result.Holds);
        Assert.False(result.WithinTolerance);
        Assert.Equal(0.02m, result.Difference);
        Assert.Equal(3, result.Right.Terms);
    }

    [Fact]
    public void Compare_Tolerance_CountsAsEqual()
    {
        var evaluator = new Evaluator(CheckTables.ById(CheckTables.Functions()), tolerance: 1m);

        var result = evaluator.Compare((CompareNode)Parser.Parse("[expenditure-summary|total|total] = 34.5").Body, EvalScope.None);

        Assert.True(result.WithinTolerance);
    }

    [Fact]
    public void Value_Children_AreTheRowsOneLevelBelow()
    {
        var table = CheckTables.Functions();
        var scope = new EvalScope(table, table.FindRow("f:20101"), "total");

        var value = Evaluator.Value(Parser.Parse("forEach [expenditure-summary|*|total]: sum[@|children|@]").Body, scope);

        Assert.Equal(30m, value.Value);
        Assert.Equal(2, value.Terms);
    }
}
