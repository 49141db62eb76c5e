using System.Globalization;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Targets.Evaluation;

/// <summary>
/// An indicator's actual value: as given, else computed by the indicator library from execution data — the actuals'
/// inputs first, then their budget execution, then the budget's key figures (<paramref name="keyFigures"/>).
/// </summary>
internal sealed class ActualValues(Actuals actuals, IndicatorLibrary library, Table? keyFigures)
{
    public (string Text, string Source) YearEnd(Indicator indicator) => Value(indicator, IndicatorSelection.ActualFor(indicator, actuals)?.YearEnd, actuals.Budget?.YearEnd);

    public (string Text, string Source) MidYear(Indicator indicator) => Value(indicator, IndicatorSelection.ActualFor(indicator, actuals)?.MidYear, actuals.Budget?.MidYear);

    /// <summary>The value and where it came from: "" when given, the library's formula when computed.</summary>
    private (string Text, string Source) Value(Indicator indicator, string? given, decimal? executed)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return (given.Trim(), "");
        }

        if (library.Match(indicator.Level3) is not { } entry)
        {
            return ("", "");
        }

        var inputs = new Dictionary<string, decimal>(actuals.Inputs, StringComparer.Ordinal);
        if (actuals.Budget is { } budget)
        {
            inputs.TryAdd("预算数", budget.Planned);
        }

        if (executed is { } e)
        {
            inputs.TryAdd("执行数", e);
        }

        if (keyFigures is not null)
        {
            foreach (var (name, figure) in IndicatorLibrary.InputsFromKeyFigures(entry, keyFigures))
            {
                inputs.TryAdd(name, figure);
            }
        }

        return IndicatorLibrary.Evaluate(entry, inputs) is { } value
            ? (CompletionRule.Round(value).ToString("0.##", CultureInfo.InvariantCulture) + entry.Unit, $"指标库“{entry.Name}”：{entry.Formula.Text}")
            : ("", "");
    }
}
