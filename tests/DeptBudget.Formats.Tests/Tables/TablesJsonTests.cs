using System.Text.Json;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public class TablesJsonTests
{
    [Fact]
    public void Read_OfWrite_GivesEqualTables()
    {
        var tables = TestTables.All;

        var read = TablesJson.Read(TablesJson.Write(tables));

        Assert.Equal(tables.Count, read.Count);
        foreach (var (expected, actual) in tables.Zip(read))
        {
            TableAssert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Write_FollowsTheContract()
    {
        using var json = JsonDocument.Parse(TablesJson.Write([TestTables.ExpenditureSummary()]));
        var table = json.RootElement.GetProperty("tables")[0];
        var row = table.GetProperty("rows")[4];

        Assert.Equal("expenditure-summary", table.GetProperty("id").GetString());
        Assert.Equal("预算03表", table.GetProperty("number").GetString());
        Assert.Equal("万元", table.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, table.GetProperty("columns")[0].GetProperty("key").ValueKind);
        Assert.Equal("wages", table.GetProperty("columns")[4].GetProperty("children")[1].GetProperty("children")[0].GetProperty("key").GetString());
        Assert.Equal("2010301", row.GetProperty("code").GetString());
        Assert.Equal(3, row.GetProperty("level").GetInt32());
        Assert.Equal(368.80m, row.GetProperty("cells").GetProperty("total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("cells").GetProperty("families").ValueKind);
    }

    [Fact]
    public void Write_KeepsTheDecimalsOwnDigits()
    {
        var json = TablesJson.Write([TestTables.Procurement(), TestTables.ExpenditureSummary()]);

        Assert.Contains("\"services\": 1052600.125", json, StringComparison.Ordinal);
        Assert.Contains("\"goods\": 125000,", json, StringComparison.Ordinal);
        Assert.Contains("\"goods\": 68.90,", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"元\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoSidedRow_HasOnlyTheCellsOfItsSide()
    {
        using var json = JsonDocument.Parse(TablesJson.Write([TestTables.IncomeExpenditureSummary()]));
        var cells = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[0].GetProperty("cells");

        Assert.Equal(["income"], cells.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Read_MinimalContract_UsesDefaults()
    {
        const string json = """
            {"tables":[{"id":"t","number":"1","title":"表","unit":"元",
              "columns":[{"key":null,"label":"项目","kind":"label"},{"key":"amount","label":"金额"}],
              "rows":[{"label":"合计","key":"total","level":0,"cells":{"amount":3.00}}]}]}
            """;

        var table = Assert.Single(TablesJson.Read(json));

        Assert.Equal(TableUnit.Yuan, table.Unit);
        Assert.Equal(ColumnKind.Value, table.Columns[1].Kind);
        Assert.Equal((RowRole.Detail, TableSide.None, false), (table.Rows[0].Role, table.Rows[0].Side, table.IsEmpty));
        Assert.Equal("3.00", table.Rows[0]["amount"]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("""{"tables":[{"id":"t","number":"1","title":"表","unit":"美元","columns":[],"rows":[]}]}""", "tables[0].unit")]
    [InlineData("""{"tables":[{"id":"t","number":"1","title":"表","unit":"元","columns":[],"rows":[{"key":"a","cells":{}}]}]}""", "tables[0].rows[0]：缺少字段 \"label\"")]
    [InlineData("""{"tables":[{"id":"t","number":"1","title":"表","unit":"元","columns":[],"rows":[{"key":"a","label":"甲","cells":{"x":"1"}}]}]}""", "tables[0].rows[0].cells.x")]
    [InlineData("""{"tables":[{"id":"t","number":"1","title":"表","unit":"元","columns":[{"label":"甲","kind":"number"}],"rows":[]}]}""", "tables[0].columns[0].kind")]
    [InlineData("""{"tables": [""", "第 1 行")]
    [InlineData("""[]""", "根")]
    public void Read_BadInput_SaysWhere(string json, string where)
    {
        var error = Assert.Throws<InputException>(() => TablesJson.Read(json));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }
}
