using DeptBudget.Core.Checks;
using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Tests.Checks;

public sealed class CheckEngineTests
{
    private const string ClassRule = """
        rule: classes
        title: 类等于各款之和，款等于各项之和
        formula:
          forEach [expenditure-summary|fn, role=subtotal|*]:
            [@|@|@] = sum[@|children|@]
        """;

    private static IReadOnlyList<Finding> Run(Table table, string rules, string profile = "henan-2022") =>
        CheckEngine.Run([table], RuleFile.Parse(rules, "t.rules"), profile);

    [Fact]
    public void Run_ConsistentTable_FindsNothing() => Assert.Empty(Run(CheckTables.Functions(), ClassRule));

    [Fact]
    public void Run_ForEach_ReportsTheRowAndColumnThatDoNotAdd()
    {
        var table = CheckTables.Functions().With("f:20101", "basic", 31m);

        var findings = Run(table, ClassRule);

        Assert.Equal(["f:201", "f:20101"], findings.Select(f => f.Location.RowKey));
        var finding = findings[1];

        Assert.Equal("classes#2", finding.Id);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("f:20101", finding.Location.RowKey);
        Assert.Equal("basic", finding.Location.ColumnKey);
        Assert.Equal("基本支出/小计", finding.Location.ColumnLabel);
        Assert.Equal((31m, 30m, 1m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Equal("预算03表《部门支出总表》 “人大事务”行 “基本支出/小计”列：类等于各款之和，款等于各项之和，填列 31.00，应为 30.00，多 1.00。", finding.Message);
    }

    [Fact]
    public void Run_DifferenceWithinOneCentPerRow_IsRounding()
    {
        var table = CheckTables.Functions().With("f:2010101", "total", 10.01m);

        var finding = Assert.Single(Run(table, ClassRule), f => f.Location.RowKey == "f:20101");

        Assert.Equal(Severity.Rounding, finding.Severity);
        Assert.Contains("尾差", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RuleForAnotherProfile_IsSkipped()
    {
        var table = CheckTables.Functions().With("f:20101", "total", 99m);

        Assert.Empty(Run(table, "rule: r\nprofiles: hubei-2023\nformula: [expenditure-summary|f:20101|total] = 30"));
    }

    [Fact]
    public void Run_ConditionThatIsNotAComparison_IsReportedWithoutFigures()
    {
        var finding = Assert.Single(Run(CheckTables.Functions(), "rule: r\ntitle: 有项目\nformula: not isEmpty(\"expenditure-summary\") and count([expenditure-summary|fn=9|total])"));

        Assert.Null(finding.Stated);
        Assert.Equal("有项目，不成立。", finding.Message);
    }

    [Theory]
    [InlineData("[nothing|total|total] = 1", 3, 11, "没有表")]
    [InlineData("[expenditure-summary|total|nope] = 1", 3, 37, "没有列")]
    [InlineData("[expenditure-summary|grand|total] = 1", 3, 31, "没有行")]
    [InlineData("[expenditure-summary|level=x|total] = 1", 3, 31, "行的写法")]
    [InlineData("[@|total|total] = 1", 3, 11, "只能用在 forEach")]
    [InlineData("forEach [expenditure-summary|total|*]: [@|@|@] = [@|@|wages]", 3, 64, "没有列")]
    public void Run_RuleNamingWhatDoesNotExist_NamesLineAndColumn(string formula, int line, int column, string words)
    {
        var error = Assert.Throws<RuleException>(() => Run(CheckTables.Functions(), $"rule: r\ntitle: t\nformula: {formula}"));

        Assert.Equal(new Position(line, column), error.Position);
        Assert.Equal("t.rules", error.FileName);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CurrentColumnMissingFromAnotherTable_IsARuleError()
    {
        var other = CheckTables.Functions() with { Id = "general-budget-expenditure", Columns = [new Column { Key = "total", Label = "合计" }] };
        var rules = RuleFile.Parse("rule: r\nformula: forEach [expenditure-summary|total|total, project]: [@|@|@] = [general-budget-expenditure|total|@]", "t.rules");

        var error = Assert.Throws<RuleException>(() => CheckEngine.Run([CheckTables.Functions(), other], rules, "henan-2022"));

        Assert.Contains("没有列“project”", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Position(2, 106), error.Position);
    }
}
