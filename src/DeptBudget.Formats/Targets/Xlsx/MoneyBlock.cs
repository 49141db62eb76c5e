using System.Globalization;
using DeptBudget.Core.Targets;
using Names = DeptBudget.Formats.Targets.Writing.FormLayoutNames;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>The money overview: rows by their 类别 (收入构成, 收入合计, 支出构成, 支出合计), previous years from the “2022年” columns.</summary>
internal static class MoneyBlock
{
    public static MoneyOverview Read(FormSection section)
    {
        var years = section.Columns.Select(c => FormSheetReader.YearHeader().Match(c.Name)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var lines = section.Rows.Select(row => (Category: section.Text(row, Names.Category), Line: new MoneyLine
        {
            Label = section.Text(row, Names.Item),
            Amount = section.Amount(row, Names.Amount),
            Share = section.Amount(row, Names.Share),
            Previous = years.Select(y => section.Amount(row, y.ToString(CultureInfo.InvariantCulture) + "年")).ToList(),
            Source = section.Source(row),
        }, Row: row)).ToList();
        foreach (var unknown in lines.Where(l => l.Category is not (Names.IncomeLines or Names.IncomeTotal or Names.ExpenditureLines or Names.ExpenditureTotal)))
        {
            throw section.Cells.Error(unknown.Row, section.Column(Names.Category), $"类别“{unknown.Category}”应为{Names.IncomeLines}、{Names.IncomeTotal}、{Names.ExpenditureLines}或{Names.ExpenditureTotal}");
        }

        List<MoneyLine> Of(string category) => lines.Where(l => l.Category == category).Select(l => l.Line).ToList();
        return new MoneyOverview
        {
            Income = Of(Names.IncomeLines),
            IncomeTotal = Of(Names.IncomeTotal).SingleOrDefault(),
            Expenditure = Of(Names.ExpenditureLines),
            ExpenditureTotal = Of(Names.ExpenditureTotal).SingleOrDefault(),
            PreviousYears = years,
        };
    }
}
