namespace DeptBudget.Formats.Classifications;

/// <summary>Opens a .csv or .xlsx file as a <see cref="RawTable"/>.</summary>
internal static class TableFile
{
    public static RawTable Read(string path)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InputException($"找不到文件“{path}”。");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, fileName);
    }

    public static RawTable Read(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" => CsvTable.Read(stream, fileName),
            ".xlsx" => XlsxTable.Read(stream, fileName),
            ".xls" => throw new InputException($"{fileName}：不支持旧的 .xls 格式；请另存为 .xlsx 或 CSV UTF-8。"),
            _ => throw new InputException($"{fileName}：只能加载 .csv 或 .xlsx 文件。"),
        };
    }
}
