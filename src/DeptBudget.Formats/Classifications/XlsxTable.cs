using System.Globalization;
using MiniExcelLibs;

namespace DeptBudget.Formats.Classifications;

/// <summary>Reads the first worksheet of an .xlsx file as text cells (MiniExcel).</summary>
internal static class XlsxTable
{
    public static RawTable Read(Stream stream, string fileName)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            buffer.Position = 0;
            var sheet = MiniExcel.GetSheetNames(buffer).FirstOrDefault()
                ?? throw new InputException($"{fileName}：工作簿里没有工作表。");
            buffer.Position = 0;
            var rows = new List<RawRow>();
            var number = 0;
            foreach (var row in MiniExcel.Query(buffer, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                number++;
                var cells = ((IDictionary<string, object?>)row).Values.Select(Text).ToList();
                rows.Add(new RawRow(number, cells));
            }

            return new RawTable(fileName, sheet, rows);
        }
        catch (InputException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new InputException($"{fileName}：不是有效的 .xlsx 文件（{ex.Message}）。请用 Excel 或 WPS 另存为 .xlsx 或 CSV UTF-8。", ex);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
