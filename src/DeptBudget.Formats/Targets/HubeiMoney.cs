using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>
/// Reads 部门总体资金情况: rows of label, 当年金额, 占比 and the two previous years, under 收入构成 and 支出构成. A
/// label is the last text before the first figure; the figures start at the first filled cell after it, because the
/// converter sometimes drops a merged cell and shifts a row (the 支出 合计 of seed 000).
/// </summary>
internal static class HubeiMoney
{
    public static MoneyOverview? Read(IReadOnlyList<FormLine> lines, string table)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var years = lines.SelectMany(l => l.Cells).Select(c => c.TrimEnd('年')).Where(c => c.Length == 4 && c.All(char.IsAsciiDigit))
            .Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var (income, expenditure) = (new List<MoneyLine>(), new List<MoneyLine>());
        MoneyLine? incomeTotal = null, expenditureTotal = null;
        var inExpenditure = false;
        var row = 0;
        foreach (var line in lines.Skip(1))
        {
            if (line.Contains("支出"))
            {
                inExpenditure |= line.Cells.Any(c => c.EndsWith("构成", StringComparison.Ordinal) && c.Contains("支出", StringComparison.Ordinal));
            }

            var labelAt = line.Cells.ToList().FindLastIndex(c => c.Length > 0 && FormText.Money(c) is null && FormText.Percent(c) is null
                && !c.EndsWith("构成", StringComparison.Ordinal));
            var figuresAt = labelAt < 0 ? -1 : line.Cells.ToList().FindIndex(labelAt + 1, c => c.Length > 0);
            if (labelAt < 0 || figuresAt < 0 || FormText.Money(line.Cell(figuresAt)) is null)
            {
                continue;
            }

            row++;
            var money = new MoneyLine
            {
                Label = line.Cell(labelAt),
                Amount = FormText.Money(line.Cell(figuresAt)),
                Share = FormText.Percent(line.Cell(figuresAt + 1)),
                Previous = years.Select((_, i) => FormText.Money(line.Cell(figuresAt + 2 + i))).ToList(),
                Source = FormText.Source(table, row, line, figuresAt + 1),
            };
            var isTotal = money.Label is "合计" or "总计";
            switch (isTotal, inExpenditure)
            {
                case (true, false):
                    incomeTotal = money;
                    inExpenditure = true;
                    break;
                case (true, true):
                    expenditureTotal = money;
                    break;
                case (false, false):
                    income.Add(money);
                    break;
                default:
                    expenditure.Add(money);
                    break;
            }
        }

        return new MoneyOverview { Income = income, IncomeTotal = incomeTotal, Expenditure = expenditure, ExpenditureTotal = expenditureTotal, PreviousYears = years };
    }
}
