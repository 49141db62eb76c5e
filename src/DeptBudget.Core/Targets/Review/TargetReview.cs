using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// The review of a performance-target form (DOMAIN §6.5), as the checks engine reports: rule ids target-*, Chinese
/// messages naming the form, section, row and indicator, the stated and expected figure where one is involved.
/// </summary>
public static class TargetReview
{
    /// <summary>Every rule the review runs.</summary>
    public static IReadOnlyList<string> RuleIds { get; } =
    [
        "target-money-total", "target-money-balance", "target-money-share", "target-money-project-list", "target-money-part-exceeds-total",
        "target-money-project-total", "target-completeness", "target-empty-row", "target-missing-name", "target-label", "target-unreadable",
        "target-vague", "target-prose", "target-unit-missing", "target-operator-direction", "target-operator-missing", "target-basis",
        "target-class", "target-copied-explanation", "target-swapped-description", "target-cost-budget", "target-long-term-annual",
        "target-previous-years", "target-placement", "target-relation", "target-formula-mismatch",
    ];

    /// <param name="positions">Where a line of the form's text is in the source document; without it, the text's own line.</param>
    public static IReadOnlyList<Finding> Run(PerformanceForm form, FormTemplate template, ReviewVocabulary vocabulary, Func<int, SourcePosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var sink = new FindingSink(form, positions);
        MoneyRules.Run(sink, template);
        CompletenessRules.Run(sink, template);
        foreach (var indicator in form.AllIndicators)
        {
            IndicatorRules.Run(sink, indicator, template, vocabulary);
        }

        ConsistencyRules.Run(sink, vocabulary);
        LibraryRules.Run(sink, vocabulary.Library);
        FormulaRules.Run(sink, vocabulary.Library);
        return sink.Findings;
    }

    /// <summary>Several forms of one document (seed 002): each with its template.</summary>
    public static IReadOnlyList<Finding> Run(IEnumerable<(PerformanceForm Form, FormTemplate Template)> forms, ReviewVocabulary vocabulary, Func<int, SourcePosition>? positions = null) =>
        Run(forms, vocabulary, _ => positions);

    /// <summary>Several forms, each with where its lines are (a workbook's forms are on their own sheets).</summary>
    public static IReadOnlyList<Finding> Run(IEnumerable<(PerformanceForm Form, FormTemplate Template)> forms, ReviewVocabulary vocabulary, Func<int, Func<int, SourcePosition>?> positionsOfForm)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(positionsOfForm);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        return forms.SelectMany((f, i) => Run(f.Form, f.Template, vocabulary, positionsOfForm(i))).Select(finding =>
        {
            counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
            return finding with { Id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{finding.RuleId}#{counts[finding.RuleId]}") };
        }).ToList();
    }
}
