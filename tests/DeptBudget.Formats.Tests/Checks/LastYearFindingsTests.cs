using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tests.Checks;

public sealed class LastYearFindingsTests
{
    [Theory]
    [InlineData(SampleTables.Henan)]
    [InlineData(SampleTables.Hubei)]
    public void LastYearsKeyFiguresAgreeing_GiveNoFinding(string profile) =>
        Assert.Empty(LastYearFindings.KeyFiguresAgainstLastYear(SampleTables.WithLastYear(profile)));

    [Fact]
    public void WithoutLastYearsTables_NothingIsChecked() =>
        Assert.Empty(LastYearFindings.KeyFiguresAgainstLastYear(SampleTables.Of(SampleTables.Hubei)));

    [Fact]
    public void LastYearStatedDifferently_IsAnErrorAtTheLastYearCell()
    {
        var (tables, old) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Hubei), "last:key-figures", "generalBudget", "thisYear", 2m);

        var finding = Assert.Single(LastYearFindings.KeyFiguresAgainstLastYear(tables));

        Assert.Equal((LastYearFindings.RuleId, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal(("key-figures", "generalBudget", "lastYear"), (finding.Location.TableId, finding.Location.RowKey, finding.Location.ColumnKey));
        Assert.Equal((old, old + 2m, -2m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Contains("“一般公共预算”行 “上年”列：上年数应等于上年主要数据", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("少 2.00。", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastYearNotGiven_IsNotComparedEvenWhenLastYearHadAFigure()
    {
        // xinxiang gives no last year for 基本支出: last year's tables print 953.86 + 5, this year's 上年 is empty.
        var (tables, _) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Henan), "last:key-figures", "basic", "thisYear", 5m);

        Assert.Empty(LastYearFindings.KeyFiguresAgainstLastYear(tables));
    }

    [Fact]
    public void LastYearGivenAsZero_IsCompared()
    {
        // xinxiang states 政府性基金 0 last year; last year's key figures say 3.
        var (tables, _) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Henan), "last:key-figures", "governmentFund", "thisYear", 3m);

        var finding = Assert.Single(LastYearFindings.KeyFiguresAgainstLastYear(tables));

        Assert.Equal(("governmentFund", 0m, 3m), (finding.Location.RowKey, finding.Stated, finding.Expected));
    }

    [Fact]
    public void AClassLastYearHadNoRowFor_IsComparedWithZero()
    {
        var tables = SampleTables.WithLastYear(SampleTables.Hubei).Select(t => t.Id != "last:key-figures" ? t : t with
        {
            Rows = t.Rows.Where(r => r.Key != "class:210").ToList(),
        }).ToList();

        var finding = Assert.Single(LastYearFindings.KeyFiguresAgainstLastYear(tables));

        Assert.Equal(("class:210", 12.8m, 0m), (finding.Location.RowKey, finding.Stated, finding.Expected));
        Assert.Equal(StandardTables.KeyFigures, finding.Location.TableId);
    }

    [Fact]
    public void ThreePublic_IsLeftToTheRuleWhereTheTablePrintsLastYear()
    {
        var (hubei, _) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Hubei), "last:key-figures", "reception", "thisYear", 1m);
        var (henan, _) = SampleTables.Mutate(SampleTables.WithLastYear(SampleTables.Henan), "last:key-figures", "reception", "thisYear", 1m);

        Assert.Empty(LastYearFindings.KeyFiguresAgainstLastYear(hubei));
        Assert.Equal("reception", Assert.Single(LastYearFindings.KeyFiguresAgainstLastYear(henan)).Location.RowKey);
    }
}
