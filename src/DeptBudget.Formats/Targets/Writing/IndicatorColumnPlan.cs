using System.Globalization;
using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets.Writing;

/// <summary>
/// The indicator columns a form is printed with: the template's, plus any field the form fills that the template
/// has no column for (so nothing is lost), in the usual order 一级 … 指标说明. Previous-year columns as many as the
/// indicators hold (the template's when there are none yet).
/// </summary>
internal sealed class IndicatorColumnPlan
{
    private static readonly string[] Order = ["level1", "level2", "level3", "previous", "target", "basis", "class", "explanation", "formula", "readingNotes"];

    private IndicatorColumnPlan(IReadOnlyList<string> fields, int previous, bool split)
    {
        Fields = fields;
        Previous = previous;
        SplitTarget = split;
    }

    /// <summary>Fields in print order; "previous" once per previous year, "target" as operator, value, unit when split.</summary>
    public IReadOnlyList<string> Fields { get; }

    public int Previous { get; }

    /// <summary>The Hubei project form prints 计算符号, 指标值, 计量单位 apart.</summary>
    public bool SplitTarget { get; }

    public static IndicatorColumnPlan For(FormTemplate template, IReadOnlyList<Indicator> indicators)
    {
        var previous = indicators.Count == 0 ? template.IndicatorColumns.Count(c => c == "previous") : indicators.Max(i => i.PreviousValues.Count);
        var split = template.HasColumn("operator");
        var notesForExplanation = template.HasColumn("notes") && !template.HasColumn("explanation");
        bool Used(string field) => field == "level3" || field == "target" || template.HasColumn(field) || indicators.Any(i => Value(i, field).Length > 0);
        var fields = new List<string>();
        foreach (var field in Order.Where(f => f == "previous" ? previous > 0 : Used(f)))
        {
            if (field == "previous")
            {
                fields.AddRange(Enumerable.Repeat("previous", previous));
            }
            else if (field == "target" && split)
            {
                fields.AddRange(["operator", "value", "unit"]);
            }
            else
            {
                fields.Add(field == "explanation" && notesForExplanation ? "notes" : field);
            }
        }

        return new IndicatorColumnPlan(fields, previous, split);
    }

    public IReadOnlyList<string> Headers()
    {
        var previousIndex = 0;
        return Fields.Select(f => FormLayoutNames.IndicatorHeader(f, f == "previous" ? previousIndex++ : 0)).ToList();
    }

    public IEnumerable<string> Cells(Indicator indicator)
    {
        var previousIndex = 0;
        var (sign, value, unit) = Split(indicator.Target);
        foreach (var field in Fields)
        {
            yield return field switch
            {
                "previous" => indicator.PreviousValues.ElementAtOrDefault(previousIndex++) ?? "",
                "operator" => sign,
                "value" => value,
                "unit" => unit,
                _ => Value(indicator, field),
            };
        }
    }

    /// <summary>A measured target apart as 计算符号, 指标值, 计量单位 when those give back its text; words as 定性; anything else whole.</summary>
    private static (string Sign, string Value, string Unit) Split(Target target) => target switch
    {
        QualitativeTarget q => ("定性", q.Text, ""),
        QuantitativeTarget q when q.Operator.Symbol() + q.Value.ToString(CultureInfo.InvariantCulture) + q.Unit == q.Text =>
            (q.Operator.Symbol(), q.Value.ToString(CultureInfo.InvariantCulture), q.Unit),
        _ => ("", target.Text, ""),
    };

    private static string Value(Indicator indicator, string field) => field switch
    {
        "level1" => indicator.Level1,
        "level2" => indicator.Level2,
        "level3" => indicator.Level3,
        "target" => indicator.Target.Text,
        "basis" => indicator.Basis,
        "class" => indicator.Class,
        "explanation" or "notes" => indicator.Explanation,
        "formula" => indicator.Formula,
        "readingNotes" => string.Join("\n", indicator.ReadingNotes),
        _ => "",
    };
}
