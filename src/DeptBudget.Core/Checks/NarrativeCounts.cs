using System.Globalization;
using DeptBudget.Core.Model;
using DeptBudget.Core.Narrative;

namespace DeptBudget.Core.Checks;

/// <summary>
/// The staffing counts of a narrative (编制 25 人，实有在职人员 23 人，其中 …): the parts of a “其中” list add up to the
/// count they are part of (an error when they exceed it, a warning when fewer, as the list may be partial), the same
/// count quoted twice agrees, and — given the dataset's staffing — each count equals it.
/// </summary>
internal static class NarrativeCounts
{
    public static void Check(NarrativeFacts facts, NarrativeFindings findings, Staffing? staffing)
    {
        var counts = facts.Facts.Where(f => f.Kind == FactKind.Count).ToList();
        foreach (var list in counts.Where(f => f.Group > 0 && f.Whole is not null).GroupBy(f => (f.Group, f.Whole)))
        {
            var parts = list.ToList();
            var whole = counts.TakeWhile(f => !ReferenceEquals(f, parts[0])).LastOrDefault(f => f.Subject == list.Key.Whole && f.Group == 0);
            var sum = parts.Sum(p => p.Value);
            if (whole is null || sum == whole.Value || (parts.Count < 2 && sum < whole.Value))
            {
                continue;
            }

            var names = string.Join("、", parts.Select(p => findings.Name(p.Subject)));
            findings.Add(NarrativeChecks.SumRule, sum > whole.Value ? Severity.Error : Severity.Warning, parts[^1].Sentence,
                $"“其中”所列{names}之和 {Persons(sum)}与{findings.Name(whole.Subject)} {Persons(whole.Value)}不一致，{Difference(sum, whole.Value)}。"
                + (sum > whole.Value ? "" : "如“其中”只列了部分人员，可忽略。"), sum, whole.Value);
        }

        foreach (var same in counts.GroupBy(f => f.Subject))
        {
            var first = same.First();
            foreach (var later in same.Skip(1).Where(f => f.Value != first.Value))
            {
                findings.Add(NarrativeChecks.ConsistentRule, Severity.Error, later.Sentence,
                    $"{findings.Name(first.Subject)}的人数与前文（“{first.Sentence.SectionHeading}”第 {first.Sentence.Paragraph} 段第 {first.Sentence.Number} 句：{first.Figure}）不一致，"
                    + $"文中为 {Persons(later.Value)}，{Difference(later.Value, first.Value)}。", later.Value, first.Value);
            }
        }

        if (staffing is null)
        {
            return;
        }

        foreach (var count in counts)
        {
            if (Expected(count.Subject, staffing) is { } expected && expected != count.Value)
            {
                findings.Add(NarrativeChecks.StaffingRule, Severity.Error, count.Sentence,
                    $"{findings.Name(count.Subject)} {Persons(count.Value)}与数据中的编制和人员（{Field(count.Subject)}）{Persons(expected)}不一致，{Difference(count.Value, expected)}。",
                    count.Value, expected);
            }
        }
    }

    /// <summary>The dataset's figure for a staffing subject; null for a subject the dataset does not hold.</summary>
    private static decimal? Expected(string? subject, Staffing s) => subject switch
    {
        "staffPosts" => s.AdministrativePosts + s.InstitutionPosts,
        "staffAdministrative" => s.AdministrativePosts,
        "staffInstitution" => s.InstitutionPosts,
        "staffActive" => s.ActiveTotal,
        "staffRetired" => s.Retired,
        "staffContracted" => s.Contracted,
        _ => null,
    };

    private static string Field(string? subject) => subject switch
    {
        "staffPosts" => "行政编制 + 事业编制",
        "staffActive" => "实有在职人员合计",
        "staffAdministrative" => "行政编制",
        "staffInstitution" => "事业编制",
        "staffRetired" => "离退休人员",
        _ => "劳务派遣 / 外聘",
    };

    private static string Persons(decimal value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.##} 人");

    private static string Difference(decimal stated, decimal expected) =>
        $"{(stated > expected ? "多" : "少")} {Persons(Math.Abs(stated - expected))}";
}
