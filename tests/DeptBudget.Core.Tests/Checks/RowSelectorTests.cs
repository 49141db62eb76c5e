using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Tests.Checks;

public sealed class RowSelectorTests
{
    /// <summary>合计, department 118 with units 118001 and 118002, each with a project.</summary>
    private static readonly Table Units = new()
    {
        Id = "projects",
        Number = "预算10表",
        Title = "项目支出表",
        Columns = [new Column { Key = "total", Label = "合计" }],
        Rows =
        [
            Row("total", 0, RowRole.Total, RowCodeKind.None),
            Row("unit:118", 1, RowRole.Subtotal, RowCodeKind.Unit),
            Row("unit:118001", 2, RowRole.Subtotal, RowCodeKind.Unit),
            Row("p:1", 3, RowRole.Detail, RowCodeKind.Project),
            Row("unit:118002", 2, RowRole.Subtotal, RowCodeKind.Unit),
            Row("p:2", 3, RowRole.Detail, RowCodeKind.Project),
        ],
    };

    private static string[] Keys(string selector, string? current = null) => RowSelector.Parse(new RefPart(selector, new Position(1, 1)))
        .Select(Units, current is null ? null : Units.FindRow(current)).Select(r => r.Key).ToArray();

    [Fact]
    public void Children_OfARowWithoutFunctionCode_AreTheNextLevelPrintedUnderIt()
    {
        Assert.Equal(["unit:118"], Keys("children", "total"));
        Assert.Equal(["unit:118001", "unit:118002"], Keys("children", "unit:118"));
        Assert.Equal(["p:2"], Keys("children", "unit:118002"));
        Assert.Empty(Keys("children", "p:2"));
    }

    [Fact]
    public void Filters_Combine()
    {
        Assert.Equal(["unit:118", "unit:118001", "unit:118002"], Keys("unit"));
        Assert.Equal(["unit:118001", "unit:118002"], Keys("unit, level=2"));
        Assert.Equal(["total", "unit:118"], Keys("level<2"));
        Assert.Equal(["p:1", "p:2"], Keys("role=detail"));
        Assert.Equal(["p:2"], Keys("p:2"));
        Assert.Empty(Keys("p:9"));
    }

    [Fact]
    public void UnknownFilter_IsARuleError() =>
        Assert.Throws<RuleException>(() => Keys("colour=red"));

    private static TableRow Row(string key, int level, RowRole role, RowCodeKind kind) => new()
    {
        Key = key,
        Code = key.Contains(':') ? key[(key.IndexOf(':') + 1)..] : null,
        CodeKind = kind,
        Label = key,
        Level = level,
        Role = role,
        Cells = new Dictionary<string, decimal?> { ["total"] = 1m },
    };
}
