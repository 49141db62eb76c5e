using System.Globalization;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Where a value came from: sheet (null for a TSV file), row, column and its header. Missing parts
/// widen the place to the row, the sheet or the whole file.
/// </summary>
internal sealed record SourcePlace(string? Sheet, int? Row = null, int? Column = null, string? Header = null)
{
    /// <summary>“预算.xlsx：工作表“支出明细”第 7 行，I 列“金额””.</summary>
    public string Describe(string file)
    {
        var where = Sheet is null ? "" : $"工作表“{Sheet}”";
        if (Row is { } row)
        {
            where += string.Create(CultureInfo.InvariantCulture, $"第 {row} 行");
        }

        if (Column is { } column)
        {
            where += (where.Length > 0 ? "，" : "") + (Header is null ? $"{ColumnLetters.Of(column)} 列" : $"{ColumnLetters.Of(column)} 列“{Header}”");
        }

        return where.Length == 0 ? file : $"{file}：{where}";
    }
}
