using System.Text.Json;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// deptbudget check on seed 002 as published: each of the reviewer's automatic findings on its tables and text
/// (../shared/data/reviews/seed-review.json, 002-01 … 002-06) is reported with its table, row, column, stated and expected.
/// </summary>
public class Seed002FindingsTests
{
    private static readonly (int Code, JsonElement Report) Run = Check();

    [Fact]
    public void Check_ExitsOne_TheDocumentHasErrors() => Assert.Equal(1, Run.Code);

    [Fact]
    public void Review002_01_FiscalIncomeTotalPrintedToOneDecimal()
    {
        var finding = Single("fiscal-income-equals-expenditure");
        AssertCell(finding, "fiscal-summary", "fiscal:incomeTotal", "fiscalIncome", 1352.3m, 1352.27m);
    }

    [Fact]
    public void Review002_02_IncomeTableUnitRowsHaveAGovernmentFundAmountTheTotalLacks()
    {
        var finding = Single("listed-total-equals-rows");
        AssertCell(finding, "income-summary", "total", "governmentFund", 0m, 1352.27m);
    }

    [Theory]
    [InlineData("f:2010301", 368.80)]
    [InlineData("f:2010350", 426.60)]
    [InlineData("f:2080501", 25.71)]
    [InlineData("f:2080502", 4.55)]
    [InlineData("f:2080505", 60.70)]
    [InlineData("f:2089999", 2.25)]
    [InlineData("f:2101101", 14.14)]
    [InlineData("f:2101102", 19.23)]
    [InlineData("f:2101103", 31.88)]
    public void Review002_03_ExpenditureTableBasicSubtotalBlank_EachRowIsAPartOfTheColumnsFinding(string row, decimal expected)
    {
        var column = Single("henan-basic-equals-parts");
        var finding = column.GetProperty("parts").EnumerateArray().Single(f => f.GetProperty("location").GetProperty("row").GetString() == row);
        AssertCell(finding, "expenditure-summary", row, "basic", 0m, expected);
        Assert.Equal("预算03表", finding.GetProperty("location").GetProperty("tableNumber").GetString());
    }

    [Theory]
    [InlineData("henan-basic-equals-parts", "basic", 0, 953.86)]
    [InlineData("henan-total-equals-kinds", "total", 953.86, 0)]
    public void Review002_03_ExpenditureTableBasicSubtotalBlank_IsOneFindingPerRule_NamingTheColumnAndItsRows(string rule, string column, decimal stated, decimal expected)
    {
        var finding = Single(rule);
        var location = finding.GetProperty("location");
        Assert.Equal(("expenditure-summary", column), (location.GetProperty("table").GetString(), location.GetProperty("column").GetString()));
        Assert.False(location.TryGetProperty("row", out _));
        Assert.Equal((stated, expected), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal()));
        Assert.Equal(9, finding.GetProperty("parts").GetArrayLength());
        Assert.Contains("“基本支出/小计”列整列为空，而人员经费、公用经费有数，共 9 行", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountsTheBlankColumnOnce()
    {
        var findings = Run.Report.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(47, findings.Count);
        Assert.Equal(7, findings.Count(f => f.GetProperty("severity").GetString() == "error"));
    }

    [Fact]
    public void Review002_04_EconomicSummaryTitleOnly()
    {
        var finding = Single("document-table-without-data");
        Assert.Equal("economic-summary", finding.GetProperty("location").GetProperty("table").GetString());
        Assert.Equal(376, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Contains("只印了标题", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vehicleOperation", 2.30, 1.30)]
    [InlineData("reception", 1.00, 0)]
    public void Review002_05_ThreePublicAgainstBasicExpenditureLines(string column, decimal stated, decimal expected)
    {
        var finding = Findings("document-three-public-basic").Single(f => f.GetProperty("location").GetProperty("column").GetString() == column);
        AssertCell(finding, "three-public", "thisYear", column, stated, expected);
    }

    [Fact]
    public void Review002_06_OldClassNamePrintedBesideTheCurrentOne()
    {
        var finding = Findings("document-function-label").Single(f => f.GetProperty("location").GetProperty("rowLabel").GetString() == "(九) 医疗卫生与计划生育支出");
        var location = finding.GetProperty("location");
        Assert.Equal("fiscal-summary", location.GetProperty("table").GetString());
        Assert.Equal(286, location.GetProperty("line").GetInt32());
        Assert.Contains("卫生健康支出", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_DescribesWhatWasRecognised()
    {
        var document = Run.Report.GetProperty("document");
        Assert.Equal("henan-2022", document.GetProperty("profile").GetString());
        Assert.Equal(9, document.GetProperty("tables").GetArrayLength());
        var first = document.GetProperty("tables")[0];
        Assert.Equal(("income-expenditure-summary", 195), (first.GetProperty("id").GetString(), first.GetProperty("line").GetInt32()));
        Assert.Equal(2, document.GetProperty("forms").GetArrayLength());
        Assert.Equal(13, document.GetProperty("contents").GetArrayLength());
    }

    [Fact]
    public void NoTableRule_ReportsAnythingTheReviewerDidNotFind()
    {
        var ruleIds = Run.Report.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        Assert.Equal(["fn-total-equals-rows", "henan-basic-equals-parts", "henan-total-equals-kinds", "fiscal-income-equals-expenditure", "unit-rows-add-up", "listed-total-equals-rows", "target-swapped-description"], ruleIds);
    }

    [Fact]
    public void Review002_07_TaskDescriptionsSwappedInTheDepartmentForm_PointsAtTheTasksLine()
    {
        var finding = Assert.Single(Findings("target-swapped-description"));
        var location = finding.GetProperty("location");
        Assert.Equal(("henan-2022-department", "年度主要任务"), (location.GetProperty("table").GetString(), location.GetProperty("section").GetString()));
        Assert.Equal(434, location.GetProperty("line").GetInt32());
        Assert.Contains("（文本第 434 行）", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NarrativeAmount_ThatTheTablesContradict_IsQuotedWithItsLine()
    {
        var seed = File.ReadAllText(DocumentSeeds.Path("002"));
        var changed = seed.Replace("人员经费支出 884.87 万元", "人员经费支出 848.87 万元", StringComparison.Ordinal);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"seed-002-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, changed);
        try
        {
            var (code, output, error) = CliRunner.Run("check", path, "--format", "json");

            Assert.True(code == 1, error);
            var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "narrative-amount");
            Assert.Equal((848.87m, 884.87m), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal()));
            var location = finding.GetProperty("location");
            Assert.Equal(115, location.GetProperty("line").GetInt32());
            Assert.Contains("人员经费支出 848.87 万元", location.GetProperty("source").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertCell(JsonElement finding, string table, string row, string column, decimal stated, decimal expected)
    {
        var location = finding.GetProperty("location");
        Assert.Equal((table, row, column), (location.GetProperty("table").GetString(), location.GetProperty("row").GetString(), location.GetProperty("column").GetString()));
        Assert.Equal((stated, expected), (finding.GetProperty("stated").GetDecimal(), finding.GetProperty("expected").GetDecimal()));
        Assert.True(location.GetProperty("line").GetInt32() > 0);
    }

    private static JsonElement Single(string rule) => Assert.Single(Findings(rule));

    private static List<JsonElement> Findings(string rule) =>
        Run.Report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule).ToList();

    private static (int, JsonElement) Check()
    {
        var (code, output, error) = CliRunner.Run("check", DocumentSeeds.Path("002"), "--format", "json");
        Assert.True(code is 0 or 1, error);
        return (code, JsonDocument.Parse(output).RootElement.Clone());
    }
}
