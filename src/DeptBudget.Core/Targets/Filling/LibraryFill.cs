using System.Globalization;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets.Filling;

/// <summary>
/// Indicators picked from the library, as rows of a filled form: under the 一级 the template names the library's group
/// by and the library's 二级, the definition as explanation, the formula as 指标说明, and the target computed from
/// the budget where the library says how (an operator by the direction: ≥ when more is better, ≤ when less), else
/// left blank for people to fill.
/// </summary>
internal static class LibraryFill
{
    public static IEnumerable<Indicator> Rows(IReadOnlyList<LibraryIndicator> picked, IndicatorPlacements placements, FormTemplate template, BudgetFigures figures, int firstRow)
    {
        var table = template.Heading("annualIndicators") ?? template.Heading("indicators") ?? template.Title;
        return picked.Select((entry, i) => new Indicator
        {
            Level1 = placements.Level1In(entry, template.FirstLevel),
            Level2 = entry.Level2,
            Level3 = entry.Name,
            Target = Target(entry, figures),
            Explanation = entry.Definition,
            Formula = $"{entry.Name} = {entry.Formula.Text}",
            Source = new CellSource { Table = table, Row = firstRow + i },
        });
    }

    private static Target Target(LibraryIndicator entry, BudgetFigures figures)
    {
        if (IndicatorLibrary.Evaluate(entry, IndicatorLibrary.InputsFromKeyFigures(entry, figures.KeyFigureTable)) is not { } value)
        {
            return new MissingTarget { Text = "" };
        }

        var comparison = entry.Direction switch
        {
            Direction.HigherIsBetter => Comparison.AtLeast,
            Direction.LowerIsBetter => Comparison.AtMost,
            _ => Comparison.Equal,
        };
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return new QuantitativeTarget
        {
            Text = comparison.Symbol() + rounded.ToString("0.##", CultureInfo.InvariantCulture) + entry.Unit,
            Operator = comparison,
            Value = rounded,
            Unit = entry.Unit,
        };
    }
}
