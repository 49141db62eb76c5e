using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>
/// A section heading that says which way a figure moved (“关于收入预算减少的说明”) against the figures: the key figures'
/// change when they have it, otherwise the change the section's own sentences state for that subject.
/// </summary>
internal static class NarrativeHeadings
{
    public static void Check(NarrativeFacts facts, SubjectVocabulary vocabulary, NarrativeKeyFigures? table, NarrativeFindings findings)
    {
        foreach (var section in facts.Facts.Where(f => f.Sentence.SectionHeading is not null).GroupBy(f => f.Sentence.Section))
        {
            var first = section.First().Sentence;
            var heading = TextNumbers.Normalize(first.SectionHeading!);
            if (DirectionWords.Last(heading, 0, heading.Length) is not { } word || word.Direction == ChangeDirection.Flat)
            {
                continue;
            }

            var subject = vocabulary.Find(heading).Where(m => m.End <= word.Position).MaxBy(m => m.End)?.Key;
            var change = table?.Find(subject)?.Difference ?? StatedChange(section, subject);
            if (subject is null || change is not { } actual || actual == 0 || ChangeDirectionText.Of(actual) == word.Direction)
            {
                continue;
            }

            findings.Add(NarrativeChecks.HeadingDirectionRule, Severity.Error, first,
                $"标题“{first.SectionHeading}”写作“{word.Direction.Label(percent: false)}”，而{findings.Name(subject)}比上年{ChangeDirectionText.Of(actual).Label(percent: false)} {NarrativeFindings.Format(Math.Abs(actual))} 万元。",
                actual, null);
        }
    }

    /// <summary>The signed change a sentence of the section states for the subject, if one does.</summary>
    private static decimal? StatedChange(IEnumerable<NarrativeFact> section, string? subject) =>
        section.FirstOrDefault(f => f.Kind == FactKind.Change && f.Subject == subject)?.Value;
}
