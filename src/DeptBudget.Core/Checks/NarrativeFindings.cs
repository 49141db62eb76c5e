using System.Globalization;
using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>Builds the findings of the narrative checks: where the sentence is, what it states and what it should state.</summary>
internal sealed class NarrativeFindings(SubjectVocabulary vocabulary)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public List<Finding> All { get; } = [];

    public string Name(string? subject) => subject is null ? "" : vocabulary.Label(subject);

    /// <summary>
    /// Adds a finding unless stated equals expected. A difference within <paramref name="allowance"/> is
    /// <see cref="Severity.Rounding"/>; <paramref name="percent"/> prints the figures with “%”.
    /// </summary>
    public void Compare(string ruleId, Severity severity, NarrativeSentence sentence, string title, decimal stated, decimal expected, decimal allowance, bool percent, string note = "")
    {
        var difference = stated - expected;
        if (difference == 0)
        {
            return;
        }

        var rounding = Math.Abs(difference) <= allowance;
        var unit = percent ? "%" : " 万元";
        var text = $"{title}，文中为 {Format(stated)}{unit}，应为 {Format(expected)}{unit}，{(difference > 0 ? "多" : "少")} {Format(Math.Abs(difference))}{(percent ? " 个百分点" : " 万元")}。";
        text += rounding ? "差额在四舍五入尾差范围内。" : note;
        Add(ruleId, rounding ? Severity.Rounding : severity, sentence, text, stated, expected);
    }

    /// <summary>Adds a finding with a message of its own (a direction word, an unbound figure).</summary>
    public void Add(string ruleId, Severity severity, NarrativeSentence sentence, string text, decimal? stated = null, decimal? expected = null)
    {
        var number = counts[ruleId] = counts.GetValueOrDefault(ruleId) + 1;
        All.Add(CodeFinding.Create(ruleId, number, severity,
            new Location { Section = sentence.SectionHeading ?? "（无标题）", Paragraph = sentence.Paragraph, Sentence = sentence.Number },
            stated, expected, $"{Where(sentence)}“{sentence.Text}”：{text}"));
    }

    public static string Format(decimal value) => FindingMessage.Format(value);

    private static string Where(NarrativeSentence s) => string.Create(
        CultureInfo.InvariantCulture, $"情况说明“{s.SectionHeading ?? "（无标题）"}”第 {s.Paragraph} 段第 {s.Number} 句（第 {s.Line} 行）");
}
