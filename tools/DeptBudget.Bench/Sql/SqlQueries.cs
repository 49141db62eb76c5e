using System.Globalization;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;

namespace DeptBudget.Bench.Sql;

/// <summary>
/// The derivation written as SQL: GROUP BY queries whose results are the cells of the henan-2022
/// tables 02, 03, 05, 06, 07, 09 and 10 (with 类 and 款 rows added to the function tables).
/// </summary>
public static class SqlQueries
{
    private static readonly string Basic = $"e.kind IN ({I(ExpenditureKind.Personnel)}, {I(ExpenditureKind.Operating)})";
    private static readonly string IsProject = $"e.kind = {I(ExpenditureKind.Project)}";

    public static IReadOnlyList<SqlQuery> All { get; } =
    [
        Function("03 部门支出总表", StandardTables.ExpenditureSummary, null),
        Function("05 一般公共预算支出表", StandardTables.GeneralBudgetExpenditure, $"e.source = {I(FundingSource.GeneralBudget)}"),
        Function("09 政府性基金预算支出表", StandardTables.GovernmentFund, $"e.source = {I(FundingSource.GovernmentFund)}"),
        BasicPairs(),
        GovernmentEconomic(),
        Projects(),
        IncomeByUnit(),
    ];

    /// <summary>支出功能分类 项 rows, rolled up to 款, 类 and the total: 合计, 基本支出 (301, 303, 302, 310), 项目支出 (其他运转类, 特定目标类).</summary>
    private static SqlQuery Function(string name, string tableId, string? filter)
    {
        Measure[] measures =
        [
            new("total"),
            new("basic", Basic),
            new("wages", $"{Basic} AND e.econ %div% 100 = 301"),
            new("family", $"{Basic} AND e.econ %div% 100 = 303"),
            new("goods", $"{Basic} AND e.econ %div% 100 = 302"),
            new("capital", $"{Basic} AND e.econ %div% 100 = 310"),
            new("project", IsProject),
            new("projectOther", $"{IsProject} AND p.category = {I(ProjectCategory.OtherOperating)}"),
            new("projectSpecific", $"{IsProject} AND p.category = {I(ProjectCategory.SpecificPurpose)}"),
        ];
        return new SqlQuery(name, tableId, measures, query => $"""
            WITH items AS (
                SELECT e.func AS code,
                       {query.SumColumns("e.amount")}
                FROM expenditures e LEFT JOIN projects p ON p.id = e.project
                {(filter is null ? "" : "WHERE " + filter)}
                GROUP BY e.func)
            SELECT 'f:' || CAST(code AS VARCHAR) AS row_key, {query.ColumnList()} FROM items
            UNION ALL
            SELECT 'f:' || CAST(k AS VARCHAR), {query.ColumnList()}
            FROM (SELECT code %div% 100 AS k, {query.RollUpColumns()} FROM items GROUP BY 1) s
            UNION ALL
            SELECT 'f:' || CAST(k AS VARCHAR), {query.ColumnList()}
            FROM (SELECT code %div% 10000 AS k, {query.RollUpColumns()} FROM items GROUP BY 1) c
            UNION ALL
            SELECT 'total', {query.RollUpColumns()} FROM items
            """, row => row.Key == "total" || row.Key.StartsWith("f:", StringComparison.Ordinal));
    }

    /// <summary>06 一般公共预算基本支出: department 款 × government 款 (by the body the money goes to) × 人员经费 / 公用经费.</summary>
    private static SqlQuery BasicPairs()
    {
        Measure[] measures =
        [
            new("total"),
            new("personnel", $"e.kind = {I(ExpenditureKind.Personnel)}"),
            new("operating", $"e.kind = {I(ExpenditureKind.Operating)}"),
        ];
        return new SqlQuery("06 一般公共预算基本支出表", StandardTables.GeneralBudgetBasic, measures, query => $"""
            WITH pairs AS (
                SELECT 'e:' || CAST(e.econ AS VARCHAR) || '|' || COALESCE(CAST(m.gov AS VARCHAR), '') AS row_key,
                       {query.SumColumns("e.amount")}
                FROM expenditures e
                JOIN units u ON u.id = e.unit
                LEFT JOIN econ_map m ON m.econ = e.econ AND m.body = COALESCE(e.body, u.body)
                WHERE e.source = {I(FundingSource.GeneralBudget)} AND {Basic}
                GROUP BY e.econ, m.gov)
            SELECT row_key, {query.ColumnList()} FROM pairs
            UNION ALL
            SELECT 'total', {query.RollUpColumns()} FROM pairs
            """, row => row.Key == "total" || row.Key.StartsWith("e:", StringComparison.Ordinal));
    }

    /// <summary>07 支出经济分类汇总表: government 类 and 款 × 基本 (人员, 公用) / 项目.</summary>
    private static SqlQuery GovernmentEconomic()
    {
        Measure[] measures =
        [
            new("total"),
            new("basic", Basic),
            new("personnel", $"e.kind = {I(ExpenditureKind.Personnel)}"),
            new("operating", $"e.kind = {I(ExpenditureKind.Operating)}"),
            new("project", IsProject),
        ];
        return new SqlQuery("07 支出经济分类汇总表", StandardTables.EconomicSummary, measures, query => $"""
            WITH g AS (
                SELECT COALESCE(m.gov, 0) AS gov,
                       {query.SumColumns("e.amount")}
                FROM expenditures e
                JOIN units u ON u.id = e.unit
                LEFT JOIN econ_map m ON m.econ = e.econ AND m.body = COALESCE(e.body, u.body)
                GROUP BY 1)
            SELECT CASE WHEN gov = 0 THEN 'g:' ELSE 'g:' || CAST(gov AS VARCHAR) END AS row_key, {query.ColumnList()} FROM g
            UNION ALL
            SELECT 'g:' || CAST(k AS VARCHAR), {query.ColumnList()}
            FROM (SELECT gov %div% 100 AS k, {query.RollUpColumns()} FROM g WHERE gov <> 0 GROUP BY 1) c
            UNION ALL
            SELECT 'total', {query.RollUpColumns()} FROM g
            """, row => row.Key == "total" || row.Key.StartsWith("g:", StringComparison.Ordinal));
    }

    /// <summary>10 项目支出表: one row per project × funding source and carry-over.</summary>
    private static SqlQuery Projects()
    {
        Measure[] measures =
        [
            new("total"),
            new("generalBudget", Source(FundingSource.GeneralBudget, false)),
            new("governmentFund", Source(FundingSource.GovernmentFund, false)),
            new("stateCapital", Source(FundingSource.StateCapital, false)),
            new("carryOverGeneralBudget", Source(FundingSource.GeneralBudget, true)),
            new("carryOverGovernmentFund", Source(FundingSource.GovernmentFund, true)),
            new("carryOverStateCapital", Source(FundingSource.StateCapital, true)),
            new("specialAccount", $"e.source = {I(FundingSource.SpecialAccount)}"),
            new("unitFunds", UnitFunds("e")),
        ];
        return new SqlQuery("10 项目支出表", StandardTables.Projects, measures, query => $"""
            WITH p AS (
                SELECT e.project AS id,
                       {query.SumColumns("e.amount")}
                FROM expenditures e
                WHERE {IsProject}
                GROUP BY e.project)
            SELECT 'p:' || pr.code AS row_key, {query.ColumnList()} FROM p JOIN projects pr ON pr.id = p.id
            UNION ALL
            SELECT 'total', {query.RollUpColumns()} FROM p
            """, row => row.Key == "total" || row.Key.StartsWith("p:", StringComparison.Ordinal));
    }

    /// <summary>02 部门收入总表: revenue by unit × source, this year's and carried over.</summary>
    private static SqlQuery IncomeByUnit()
    {
        Measure[] measures =
        [
            new("total"),
            new("generalBudget", Source(FundingSource.GeneralBudget, false)),
            new("appropriation", Source(FundingSource.GeneralBudget, false)),
            new("governmentFund", Source(FundingSource.GovernmentFund, false)),
            new("stateCapital", Source(FundingSource.StateCapital, false)),
            new("specialAccount", Source(FundingSource.SpecialAccount, false)),
            new("business", Source(FundingSource.Business, false)),
            new("businessOperation", Source(FundingSource.BusinessOperation, false)),
            new("superiorSubsidy", Source(FundingSource.SuperiorSubsidy, false)),
            new("subsidiaryRemittance", Source(FundingSource.SubsidiaryRemittance, false)),
            new("other", Source(FundingSource.Other, false)),
            new("carryOverTotal", "e.carry = 1"),
            new("carryOverGeneralBudget", Source(FundingSource.GeneralBudget, true)),
            new("carryOverGovernmentFund", Source(FundingSource.GovernmentFund, true)),
            new("carryOverStateCapital", Source(FundingSource.StateCapital, true)),
            new("carryOverSpecialAccount", Source(FundingSource.SpecialAccount, true)),
            new("carryOverUnitFunds", $"{UnitFunds("e")} AND e.carry = 1"),
        ];
        return new SqlQuery("02 部门收入总表（按单位）", StandardTables.IncomeSummary, measures, query => $"""
            WITH r AS (
                SELECT e.unit AS id,
                       {query.SumColumns("e.amount")}
                FROM revenues e
                GROUP BY e.unit)
            SELECT 'unit:' || u.code AS row_key, {query.ColumnList()} FROM r JOIN units u ON u.id = r.id
            UNION ALL
            SELECT 'total', {query.RollUpColumns()} FROM r
            """, row => row.Key == "total" || (row.Key.StartsWith("unit:", StringComparison.Ordinal) && row.Level == 2));
    }

    private static string Source(FundingSource source, bool carryOver) => $"e.source = {I(source)} AND e.carry = {(carryOver ? 1 : 0)}";

    /// <summary>单位资金: neither 财政拨款 (the first three sources) nor 财政专户.</summary>
    private static string UnitFunds(string alias) => $"{alias}.source >= {I(FundingSource.Business)}";

    private static string I<T>(T value)
        where T : struct, Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
