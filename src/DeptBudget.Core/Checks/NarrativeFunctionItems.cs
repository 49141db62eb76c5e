using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The narrative's paths of function names (“一般公共服务支出（类）财政事务（款）行政运行（项）”) against the function rows of
/// the 一般公共预算支出表: each path is the row whose printed label is its deepest name and whose printed 类 / 款 rows,
/// where the table prints them, bear the names above it; each amount bound to the path is that row's 合计. A path no
/// row answers is a warning when the table has figures, has the 类 (or 款) named and prints rows of the path's level,
/// but none of that name under it — a misnamed or missing 项 — and a notice otherwise (a name we cannot place, a table
/// printing no such level or no figures, no table). A path in a section about 政府性基金 or 国有资本经营 is not about
/// this table: a notice.
/// </summary>
internal static class NarrativeFunctionItems
{
    private static readonly string[] OtherFunds = ["政府性基金", "国有资本经营"];

    public static void Check(NarrativeFacts facts, FunctionRows? rows, NarrativeFindings findings)
    {
        var bound = new Dictionary<string, FunctionRow?>(StringComparer.Ordinal);
        foreach (var mention in facts.Functions)
        {
            var path = mention.Path;
            if (bound.ContainsKey(path.Text))
            {
                continue;
            }

            var match = OtherFunds.FirstOrDefault(f => mention.Sentence.SectionHeading?.Contains(f, StringComparison.Ordinal) ?? false) is { } fund
                ? FunctionRowMatch.OtherFund(fund)
                : rows is { Rows.Count: > 0 } table ? FunctionRowMatch.Find(path, table) : FunctionRowMatch.NoTable;
            bound[path.Text] = match.Row;
            if (match.Row is null)
            {
                findings.Add(NarrativeChecks.FunctionItemRule, match.Severity, mention.Sentence, $"{path.Text}：{match.Problem}文中该科目的金额未核对。");
            }
        }

        foreach (var fact in facts.Facts.Where(f => f is { Kind: FactKind.Amount, Function: not null }))
        {
            if (bound.GetValueOrDefault(fact.Function!.Text) is { } row)
            {
                findings.Compare(NarrativeChecks.AmountRule, Severity.Error, fact.Sentence,
                    $"{fact.Function.Text}的金额与《{rows!.Title}》“{row.Label}”行（{row.Code}）的合计数不一致", fact.Value, row.Total, fact.Precision / 2, percent: false);
            }
        }
    }
}
