using DeptBudget.Core.Model;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The narrative checks (说明与表): each fact against the key figures when they are given and have the figure, and
/// otherwise against the text itself (a change's percent against its own amounts, direction words against each
/// other); across sentences always (the same subject quoted twice, shares and parts of one whole); staffing counts
/// against each other and, given the dataset's staffing, against it (<see cref="NarrativeCounts"/>); the amounts of
/// function codes named by their path against the 一般公共预算支出表 (<see cref="NarrativeFunctionItems"/>); unbound figures
/// as notices.
/// </summary>
public static class NarrativeChecks
{
    public const string AmountRule = "narrative-amount";
    public const string ShareRule = "narrative-share";
    public const string ChangeRule = "narrative-change";
    public const string ChangePctRule = "narrative-change-pct";
    public const string DirectionRule = "narrative-direction";
    public const string PctBaseRule = "narrative-pct-base";
    public const string ConsistentRule = "narrative-consistent";
    public const string SumRule = "narrative-sum";
    public const string UnboundRule = "narrative-unbound";
    public const string StaffingRule = "narrative-staffing";
    public const string HeadingDirectionRule = "narrative-heading-direction";
    public const string FunctionItemRule = "narrative-function-item";

    /// <param name="staffing">The dataset's 编制和人员 the staffing counts are checked against; null checks them against each other only.</param>
    /// <param name="functionRows">The 一般公共预算支出表's function rows the “…（类）…（款）…（项）” amounts are checked against; null for none.</param>
    public static IReadOnlyList<Finding> Run(NarrativeFacts facts, SubjectVocabulary vocabulary, Table? keyFigures, Staffing? staffing = null, FunctionRows? functionRows = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var findings = new NarrativeFindings(vocabulary);
        var table = keyFigures is null ? null : new NarrativeKeyFigures(keyFigures);
        var text = new NarrativeTextChecks(facts, vocabulary, findings);
        foreach (var fact in facts.Facts)
        {
            var judged = table is not null && NarrativeTableChecks.Check(fact, table, findings);
            if (!judged)
            {
                text.CheckAlone(fact);
            }
        }

        text.CheckAcrossSentences();
        NarrativeHeadings.Check(facts, vocabulary, table, findings);
        NarrativeCounts.Check(facts, findings, staffing);
        NarrativeFunctionItems.Check(facts, functionRows, findings);
        foreach (var fact in facts.Unbound)
        {
            findings.Add(UnboundRule, Severity.Notice, fact.Sentence, $"数字 {fact.Figure} 未能对应到任何项目（{fact.Reason}），未核对。");
        }

        return findings.All;
    }
}
