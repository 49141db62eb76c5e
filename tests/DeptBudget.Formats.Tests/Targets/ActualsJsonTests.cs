using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Tests.Targets;

public class ActualsJsonTests
{
    [Fact]
    public void Read_BudgetIndicatorsAndInputs()
    {
        var actuals = ActualsJson.Read(
            """{ "project": "甲", "budget": { "planned": 120, "midYear": 60.5, "yearEnd": 114 }, "indicators": [ { "path": "产出指标/数量指标/培训人次", "yearEnd": "1080人次", "weight": 20, "reason": "合并" } ], "inputs": { "上年结转结余": 12.5 } }""",
            "a.json");

        Assert.Equal("甲", actuals.Project);
        Assert.Equal((120m, 60.5m, 114m), (actuals.Budget!.Planned, actuals.Budget.MidYear, actuals.Budget.YearEnd));
        var indicator = Assert.Single(actuals.Indicators);
        Assert.Equal(("1080人次", 20m, "合并"), (indicator.YearEnd, indicator.Weight, indicator.Reason));
        Assert.Equal(12.5m, actuals.Inputs["上年结转结余"]);
    }

    [Fact]
    public void Read_UnknownField_NamesFileAndLine()
    {
        var error = Assert.Throws<InputException>(() => ActualsJson.Read("{\n  \"budjet\": {}\n}", "a.json"));

        Assert.Contains("a.json：第 2 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Missing_IsAnInputError() =>
        Assert.Throws<InputException>(() => ActualsJson.ReadFile("/no/such/actuals.json"));
}
