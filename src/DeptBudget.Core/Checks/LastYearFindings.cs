using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Tables;
using KeyFigureTable = DeptBudget.Core.Tables.Figures.KeyFigures;

namespace DeptBudget.Core.Checks;

/// <summary>
/// 跨年: each key figure's 上年 against last year's key figures' 本年; a figure whose last year is not given (empty) is
/// not reported, one given as 0 is. Scope 跨年, severity error. Written in code rather than as a rule for one reason:
/// where the “三公” table prints its own 上年 row, the rule hubei-three-public-last-year checks those figures at the
/// printed cells, so the “三公” key figures are left to it rather than reported twice — a row filter by key the rule
/// language does not have.
/// </summary>
public static class LastYearFindings
{
    public const string RuleId = "key-figures-last-year";

    private static readonly HashSet<string> ThreePublicKeys =
        new(["threePublic", "abroad", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"], StringComparer.Ordinal);

    /// <param name="tables">The checked tables; nothing is found unless both key-figures and last:key-figures are among them.</param>
    public static IReadOnlyList<Finding> KeyFiguresAgainstLastYear(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var current = tables.FirstOrDefault(t => t.Id == StandardTables.KeyFigures);
        var last = tables.FirstOrDefault(t => t.Id == CheckRun.LastYearPrefix + StandardTables.KeyFigures);
        if (current is null || last is null)
        {
            return [];
        }

        var printed = tables.Any(t => t.Id == StandardTables.ThreePublic && t.FindRow("lastYear") is not null)
            && tables.Any(t => t.Id == CheckRun.LastYearPrefix + StandardTables.ThreePublic);
        var findings = new List<Finding>();
        foreach (var row in current.Rows.Where(r => !(printed && ThreePublicKeys.Contains(r.Key))))
        {
            if (row[KeyFigureTable.LastYear] is not { } stated)
            {
                continue;
            }

            var lastRow = last.FindRow(row.Key);
            if ((lastRow is null ? 0m : lastRow[KeyFigureTable.ThisYear]) is not { } expected || stated == expected)
            {
                continue;
            }

            var location = Locations.Of(current, row, KeyFigureTable.LastYear);
            var difference = stated - expected;
            findings.Add(CodeFinding.Create(RuleId, findings.Count + 1, Severity.Error, location, stated, expected,
                $"{location.Describe()}：上年数应等于上年主要数据（{last.Title}）的本年数，填列 {FindingMessage.Format(stated)}，应为 {FindingMessage.Format(expected)}，{(difference > 0 ? "多" : "少")} {FindingMessage.Format(Math.Abs(difference))}。"));
        }

        return findings;
    }
}
