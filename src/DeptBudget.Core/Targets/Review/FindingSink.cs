using System.Globalization;
using DeptBudget.Core.Checks;

namespace DeptBudget.Core.Targets.Review;

/// <summary>Collects the review's findings; every message names the form, the section, the row and the indicator.</summary>
internal sealed class FindingSink(PerformanceForm form)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public List<Finding> Findings { get; } = [];

    public PerformanceForm Form => form;

    public void Add(string rule, Severity severity, CellSource at, string? row, string? column, string message, decimal? stated = null, decimal? expected = null)
    {
        counts[rule] = counts.GetValueOrDefault(rule) + 1;
        var place = $"《{form.Title}》“{at.Table}”"
            + (at.Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {at.Row} 行") : "")
            + (at.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"（文本第 {at.Line} 行）") : "")
            + (row is null ? "" : $"“{row}”")
            + (column is null ? "" : $"“{column}”");
        Findings.Add(new Finding
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{rule}#{counts[rule]}"),
            RuleId = rule,
            Severity = severity,
            Location = new Location
            {
                TableId = form.TemplateId,
                TableNumber = form.Title,
                RowKey = at.Line.ToString(CultureInfo.InvariantCulture),
                RowLabel = row,
                ColumnLabel = column,
                Section = at.Table,
            },
            Stated = stated,
            Expected = expected,
            Difference = stated - expected,
            Message = $"{place}：{message}",
        });
    }

    public void Indicator(string rule, Severity severity, Indicator indicator, string column, string message, decimal? stated = null, decimal? expected = null) =>
        Add(rule, severity, indicator.Source, indicator.Path.Length > 0 ? indicator.Path : "（无指标名称）", column, message, stated, expected);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
