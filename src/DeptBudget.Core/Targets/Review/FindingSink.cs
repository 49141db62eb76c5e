using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;

namespace DeptBudget.Core.Targets.Review;

/// <summary>
/// Collects the review's findings; every message names the form, the section, the row and the indicator. A finding is
/// keyed by form, section and row within the section, which no rendering changes; where it was read from (line, page or
/// sheet) comes from <paramref name="positions"/>, which maps a form's text line to its place in the source document.
/// </summary>
internal sealed class FindingSink(PerformanceForm form, Func<int, SourcePosition>? positions = null)
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public List<Finding> Findings { get; } = [];

    public PerformanceForm Form => form;

    public void Add(string rule, Severity severity, CellSource at, string? row, string? column, string message, decimal? stated = null, decimal? expected = null)
    {
        counts[rule] = counts.GetValueOrDefault(rule) + 1;
        var source = at.Line > 0 ? positions?.Invoke(at.Line) ?? new SourcePosition(at.Line) : null;
        var place = $"《{form.Title}》“{at.Table}”"
            + (at.Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {at.Row} 行") : "")
            + Where(source)
            + (row is null ? "" : $"“{row}”")
            + (column is null ? "" : $"“{column}”");
        Findings.Add(CodeFinding.Create(rule, counts[rule], severity,
            new Location
            {
                TableId = form.TemplateId,
                TableNumber = form.Title,
                RowKey = string.Create(CultureInfo.InvariantCulture, $"{at.Table}:{at.Row}"),
                RowLabel = row,
                ColumnLabel = column,
                Section = at.Table,
                Line = source?.Line,
                Page = source?.Page?.ToString(CultureInfo.InvariantCulture) ?? source?.Sheet,
            },
            stated, expected, $"{place}：{message}"));
    }

    public void Indicator(string rule, Severity severity, Indicator indicator, string column, string message, decimal? stated = null, decimal? expected = null) =>
        Add(rule, severity, indicator.Source, indicator.Path.Length > 0 ? indicator.Path : "（无指标名称）", column, message, stated, expected);

    private static string Where(SourcePosition? source) => source switch
    {
        null => "",
        { Page: { } page } => string.Create(CultureInfo.InvariantCulture, $"（第 {page} 页第 {source.Line} 行）"),
        { Sheet: { } sheet } => string.Create(CultureInfo.InvariantCulture, $"（工作表“{sheet}”第 {source.Line} 行）"),
        _ => string.Create(CultureInfo.InvariantCulture, $"（文本第 {source.Line} 行）"),
    };

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
