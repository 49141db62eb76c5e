using DeptBudget.Formats.Tables.Xlsx;

namespace DeptBudget.Formats.Tests.Tables;

public class XlsxSheetNamesTests
{
    [Fact]
    public void Next_DropsTheYearOfTheTitle() =>
        Assert.Equal("预算03表 部门支出预算表", new XlsxSheetNames().Next("预算03表", "2022年部门支出预算表"));

    [Fact]
    public void Next_ReplacesCharactersExcelRefuses() =>
        Assert.Equal("附表4-1 收入_支出 _a_b_ _c_", new XlsxSheetNames().Next("附表4-1", "收入/支出 [a?b] *c:"));

    [Fact]
    public void Next_CutsTo31Characters_AndKeepsNamesUnique()
    {
        var names = new XlsxSheetNames();
        var title = new string('长', 40);

        var first = names.Next("预算11表", title);
        var second = names.Next("预算11表", title);
        var third = names.Next("预算11表", title.ToUpperInvariant());

        Assert.Equal(31, first.Length);
        Assert.Equal(31, second.Length);
        Assert.EndsWith("(2)", second, StringComparison.Ordinal);
        Assert.EndsWith("(3)", third, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_UniqueRegardlessOfCase()
    {
        var names = new XlsxSheetNames();

        Assert.Equal("A 表", names.Next("A", "表"));
        Assert.Equal("a 表(2)", names.Next("a", "表"));
    }

    [Fact]
    public void Next_NoApostropheAtEitherEnd() =>
        Assert.Equal("表 x", new XlsxSheetNames().Next("'表", "x'"));
}
