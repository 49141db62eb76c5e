using DeptBudget.Core.Checks.Compiled;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Tests.Checks;

/// <summary>What formulas compute, one expression at a time.</summary>
public sealed class ExpressionTests
{
    private static readonly Table[] Tables = [CheckTables.Functions(), new Table
    {
        Id = "government-fund", Number = "预算09表", Title = "政府性基金", Columns = [new Column { Key = "total", Label = "合计" }],
        Rows = [], IsEmpty = true,
    }];

    private static Expr Compile(string text, Table[]? tables = null, decimal tolerance = 0m)
    {
        var indexes = (tables ?? Tables).ToDictionary(t => t.Id, t => new TableIndex(t));
        return new FormulaCompiler(id => indexes.GetValueOrDefault(id), tolerance).Compile(Parser.Parse(text).Body);
    }

    private static decimal Value(string text) => Compile(text).Value(Scope.None).Value;

    private static bool Test(string text) => Compile(text).Test(Scope.None);

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

    [Theory]
    [InlineData("isBlank([expenditure-summary|total|project])", true)]
    [InlineData("isBlank([expenditure-summary|f:2999999|total])", true)]
    [InlineData("isBlank([expenditure-summary|total|total])", false)]
    public void IsBlank_TellsAnEmptyCellFromZero(string text, bool expected) => Assert.Equal(expected, Test(text));

    [Fact]
    public void IsBlank_ZeroIsNotBlank()
    {
        var tables = new[] { CheckTables.Functions().With("total", "project", 0m) };

        Assert.False(Compile("isBlank([expenditure-summary|total|project])", tables).Test(Scope.None));
    }

    [Fact]
    public void Compare_SumOfRows_AllowsOneCentPerSummedRow()
    {
        var compare = (CompareExpr)Compile("[expenditure-summary|total|total] = sum[expenditure-summary|fn=7|total]", [CheckTables.Functions().With("total", "total", 35.02m)]);

        var result = compare.Compare(Scope.None);

        Assert.True(result.Holds);
        Assert.False(result.WithinTolerance);
        Assert.Equal(0.02m, result.Difference);
        Assert.Equal(3, result.Right.Terms);
    }

    [Fact]
    public void Compare_Tolerance_CountsAsEqual()
    {
        var compare = (CompareExpr)Compile("[expenditure-summary|total|total] = 34.5", tolerance: 1m);

        Assert.True(compare.Compare(Scope.None).WithinTolerance);
    }
}
