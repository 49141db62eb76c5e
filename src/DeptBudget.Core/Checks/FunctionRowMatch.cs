using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Checks;

/// <summary>The function row a path of names stands for, or why there is none (in Chinese) and how serious that is.</summary>
internal sealed record FunctionRowMatch(FunctionRow? Row, string Problem, Severity Severity)
{
    public static FunctionRowMatch NoTable { get; } = new(null, "没有一般公共预算支出表的功能分类行可对照，", Severity.Notice);

    /// <summary>A path in a section about another fund (政府性基金, 国有资本经营): not in the 一般公共预算支出表.</summary>
    public static FunctionRowMatch OtherFund(string fund) => new(null, $"所在部分说明{fund}预算，不与一般公共预算支出表核对，", Severity.Notice);

    public static FunctionRowMatch Find(FunctionPath path, FunctionRows rows)
    {
        var links = path.Links.ToList();
        var (name, length) = links[^1];
        var candidates = Matching(rows, links).ToList();
        if (candidates.Count == 1)
        {
            return new FunctionRowMatch(candidates[0], "", Severity.Notice);
        }

        if (candidates.Count > 1)
        {
            return new FunctionRowMatch(null, $"《{rows.Title}》中名为“{name}”的{Level(length)}有 {candidates.Count} 行（{string.Join("、", candidates.Select(r => r.Code))}），无法确定是哪一行，", Severity.Notice);
        }

        var parent = Enumerable.Range(1, links.Count - 1).Reverse().Select(n => Matching(rows, links.Take(n).ToList()).FirstOrDefault()).FirstOrDefault(r => r is not null);
        if (parent is not null && rows.Rows.Any(r => r.Code.Length == length) && rows.Rows.Any(r => r.Total != 0))
        {
            return new FunctionRowMatch(null, $"《{rows.Title}》“{parent.Label}”（{parent.Code}）下没有名为“{name}”的{Level(length)}，请核对科目名称或表中是否漏列，", Severity.Warning);
        }

        return new FunctionRowMatch(null, $"《{rows.Title}》中没有与之名称相符的{Level(length)}，", Severity.Notice);
    }

    /// <summary>Rows of the deepest link's level and name whose printed ancestors bear the names above it.</summary>
    private static IEnumerable<FunctionRow> Matching(FunctionRows rows, List<(string Name, int CodeLength)> links)
    {
        var (name, length) = links[^1];
        return rows.Rows.Where(r => r.Code.Length == length && Same(r.Label, name, links.Count == 1)
            && links.Take(links.Count - 1).Select((link, i) => (link, i)).All(a =>
                rows.Rows.FirstOrDefault(up => up.Code == r.Code[..a.link.CodeLength]) is not { } up || Same(up.Label, a.link.Name, a.i == 0)));
    }

    /// <summary>Equal after normalising; the first name of a path may carry words before it (“主要用于一般公共服务支出”).</summary>
    private static bool Same(string label, string name, bool first)
    {
        var printed = Compact(label);
        var written = Compact(name);
        return printed.Length > 0 && (written == printed || (first && written.EndsWith(printed, StringComparison.Ordinal)));
    }

    private static string Compact(string text) => string.Concat(TextNumbers.Normalize(text).Where(c => !char.IsWhiteSpace(c)));

    private static string Level(int codeLength) => codeLength switch
    {
        3 => "类",
        5 => "款",
        _ => "项",
    };
}
