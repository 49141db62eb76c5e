using System.Globalization;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// What an import accepts, so that a wrong or hostile file is refused at once instead of exhausting the
/// machine: 20 MB per file (a department's budget with 200,000 lines is about 8 MB as xlsx), 300 MB of
/// uncompressed workbook content, 200,000 rows per sheet.
/// </summary>
internal static class InputLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const long MaxUncompressedBytes = 300L * 1024 * 1024;
    public const int MaxRowsPerSheet = 200_000;

    /// <summary>Refuses a missing, empty or too large file.</summary>
    public static void CheckFile(string path, ImportProblems problems)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw problems.Fatal("找不到该文件。请检查路径和文件名。");
        }

        if (info.Length == 0)
        {
            throw problems.Fatal("文件是空的（0 字节）。请确认文件已保存完整。");
        }

        if (info.Length > MaxFileBytes)
        {
            throw problems.Fatal(
                $"文件大小 {Megabytes(info.Length)} MB，超过导入上限 {Megabytes(MaxFileBytes)} MB。部门预算数据通常不到 1 MB："
                + "请删除多余的工作表、图片、格式和空行后另存，或把支出明细拆成几个 .tsv 文件用 --into 依次导入。");
        }
    }

    public static string Megabytes(long bytes) => (bytes / 1024m / 1024m).ToString("0.0", CultureInfo.InvariantCulture);
}
