using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// An explanation (指标解释, 指标说明) that is another indicator's: its formula computes another library indicator
/// than the row's (seed 002-09: 绩效目标编制完成率 with 绩效监控完成率's formula), or one the form does not have,
/// which is then reported at the row of the group whose name it reads like (seed 003-07: a 高级职称人才比重 formula
/// beside 硕士和博士人才数量). Without a formula, an explanation much nearer another library indicator's definition
/// than the row's own is reported too.
/// </summary>
internal static class FormulaRules
{
    private const string Rule = "target-formula-mismatch";

    /// <summary>How alike a formula's names and a row's name must be for the formula to be taken as that row's.</summary>
    private const double SameSubject = 0.3;

    /// <summary>How many character pairs of another indicator's own words an explanation must hold to be taken as that indicator's.</summary>
    private const int DistinctivePairs = 3;

    public static void Run(FindingSink sink, IndicatorLibrary library)
    {
        foreach (var list in LibraryRules.Lists(sink.Form))
        {
            foreach (var holder in list.Where(i => Name(i).Length > 0))
            {
                var column = StatedFormula.In(holder.Explanation).Count > 0 ? "指标解释" : "指标说明";
                var formulas = StatedFormula.In(holder.Explanation).Concat(StatedFormula.In(holder.Formula)).ToList();
                if (formulas.Count == 0)
                {
                    Definition(sink, library, holder);
                }
                else if (!formulas.Any(f => Same(library, f.Name, Name(holder))))
                {
                    Formula(sink, library, holder, column, formulas[0], list);
                }
            }
        }
    }

    /// <summary>The name a row goes by: its 三级, or the lone name of a row that lost its columns (硕士和博士人才数量 read as 二级).</summary>
    public static string Name(Indicator indicator) =>
        indicator.Level3.Length > 0 ? indicator.Level3 : indicator.Target is MissingTarget ? "" : indicator.Level2;

    private static void Formula(FindingSink sink, IndicatorLibrary library, Indicator holder, string column, StatedFormula formula, IReadOnlyList<Indicator> list)
    {
        if (library.Match(Name(holder)) is { } own && library.Match(formula.Name) is { } named && own != named)
        {
            sink.Indicator(Rule, Severity.Warning, holder, column,
                $"“{Name(holder)}”的{column}给出的是“{formula.Name}”的公式（{formula.Text}），即指标库中的“{named.Name}”（{Plain(named)}），不是本指标（{Plain(own)}）；应写本指标自己的解释和公式。");
            return;
        }

        if (list.Any(other => other != holder && Same(library, formula.Name, Name(other))))
        {
            return;
        }

        var meant = list.Where(i => i.Level1 == holder.Level1 && Name(i).Length > 0)
            .Select(i => (Indicator: i, Score: formula.Terms.Max(t => TextSimilarity.Of(t, Name(i)))))
            .Where(c => c.Score >= SameSubject).OrderByDescending(c => c.Score).FirstOrDefault().Indicator ?? holder;
        var where = meant == holder ? "" : $"（写在“{Name(holder)}”的{column}中）";
        var kind = formula.IsRatio && meant.Target is QuantitativeTarget { Unit: not "%" } value
            ? $"公式算的是比率，本行的指标值“{value.Text}”却不是百分数；"
            : "";
        sink.Indicator(Rule, Severity.Warning, meant, column,
            $"公式“{formula.Text}”{where}算的是“{formula.Name}”，不是本行的“{Name(meant)}”；{kind}应写与本指标相符的公式，或把指标改为公式所算的指标。");
    }

    /// <summary>
    /// An explanation without formula that shares words with another library indicator's name and definition that are
    /// not its own indicator's (监控 for 绩效目标编制完成率), and none of its own indicator's that are not the other's.
    /// </summary>
    private static void Definition(FindingSink sink, IndicatorLibrary library, Indicator holder)
    {
        if (holder.Explanation.Length < 10 || library.Match(Name(holder)) is not { } own)
        {
            return;
        }

        var ours = own.Name + own.Definition;
        var nearest = library.Entries.Where(e => e != own && e.Definition.Length > 0)
            .Select(e => (Entry: e, Theirs: TextSimilarity.Distinctive(holder.Explanation, e.Name + e.Definition, ours), Ours: TextSimilarity.Distinctive(holder.Explanation, ours, e.Name + e.Definition)))
            .OrderByDescending(c => c.Theirs).FirstOrDefault();
        if (nearest.Entry is not null && nearest.Theirs >= DistinctivePairs && nearest.Ours == 0)
        {
            sink.Indicator(Rule, Severity.Warning, holder, "指标解释",
                $"“{Name(holder)}”的指标解释“{holder.Explanation}”讲的是指标库中的“{nearest.Entry.Name}”（{Plain(nearest.Entry)}），不是本指标（{Plain(own)}）；应写本指标自己的解释。");
        }
    }

    private static string Plain(LibraryIndicator entry) => entry.Definition.TrimEnd('。');

    /// <summary>The same indicator: the same name, one name ending the other (部门绩效监控完成率), or the same library entry.</summary>
    private static bool Same(IndicatorLibrary library, string a, string b)
    {
        var (left, right) = (IndicatorLibrary.Normalize(a), IndicatorLibrary.Normalize(b));
        return left.Length > 0 && right.Length > 0
            && (left.EndsWith(right, StringComparison.Ordinal) || right.EndsWith(left, StringComparison.Ordinal)
                || (library.Match(a) is { } entry && entry == library.Match(b)));
    }
}
