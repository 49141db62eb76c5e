using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// An xlsx file opened for reading: checks that it is a whole, reasonably sized workbook, lists its sheets
/// and reads a sheet's cells as stored (<see cref="XlsxSheetReader"/>); formulas are never evaluated.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly Dictionary<string, (WorksheetPart Part, bool Hidden)> sheets = new(StringComparer.Ordinal);
    private readonly string[] sharedStrings;
    private readonly ImportProblems problems;

    private XlsxWorkbook(SpreadsheetDocument document, ImportProblems problems)
    {
        this.document = document;
        this.problems = problems;
        var workbook = document.WorkbookPart ?? throw problems.Fatal("文件中没有工作簿内容。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。");
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                sheets[name] = (part, sheet.State?.Value == SheetStateValues.Hidden || sheet.State?.Value == SheetStateValues.VeryHidden);
            }
        }

        Names = [.. sheets.Keys];
        sharedStrings = workbook.SharedStringTablePart is { } sst ? SharedStringsReader.Read(sst.GetStream(FileMode.Open, FileAccess.Read)) : [];
    }

    public IReadOnlyList<string> Names { get; }

    public static XlsxWorkbook Open(string path, ImportProblems problems)
    {
        InputLimits.CheckFile(path, problems);
        CheckSignature(path, problems);
        try
        {
            CheckZip(path, problems);
            return new XlsxWorkbook(SpreadsheetDocument.Open(path, false, new OpenSettings { AutoSave = false }), problems);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw problems.Fatal("文件已损坏或不完整，无法作为 xlsx 工作簿读取（可能下载或复制时中断）。请在 Excel/WPS 中打开确认，另存为 .xlsx 后再导入。");
        }
    }

    public bool Has(string name) => sheets.ContainsKey(name);

    public RawSheet Read(string name)
    {
        var (part, hidden) = sheets[name];
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            return XlsxSheetReader.Read(name, hidden, stream, sharedStrings, problems);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw problems.Fatal($"工作表“{name}”的内容已损坏，无法读取。请在 Excel/WPS 中打开该工作簿确认，另存为 .xlsx 后再导入。");
        }
    }

    /// <summary>What reading a damaged or foreign file throws (as opposed to a bug in this program).</summary>
    private static bool IsDamage(Exception ex) => ex is InvalidDataException or OpenXmlPackageException or XmlException or IOException
        or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException;

    public void Dispose() => document.Dispose();

    private static void CheckSignature(string path, ImportProblems problems)
    {
        var head = new byte[8];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(head, 0, (int)Math.Min(head.Length, file.Length));
        }

        if (head is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return;
        }

        if (head is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw problems.Fatal("这是旧版 .xls 文件或设置了密码的工作簿，不是 .xlsx 格式。请在 Excel/WPS 中另存为“Excel 工作簿(*.xlsx)”（不设密码）后再导入。");
        }

        throw problems.Fatal("文件扩展名是 .xlsx，但内容不是 xlsx 工作簿（可能是文本、CSV 或网页文件改了扩展名）。请在 Excel/WPS 中打开后另存为 .xlsx，或使用 deptbudget template 生成的模板。");
    }

    private static void CheckZip(string path, ImportProblems problems)
    {
        using var zip = ZipFile.OpenRead(path);
        var total = zip.Entries.Sum(e => e.Length);
        if (total > InputLimits.MaxUncompressedBytes)
        {
            throw problems.Fatal(
                $"工作簿解压后有 {InputLimits.Megabytes(total)} MB，超过上限 {InputLimits.Megabytes(InputLimits.MaxUncompressedBytes)} MB。请删除多余的工作表、图片和空行后另存再导入。");
        }
    }
}
