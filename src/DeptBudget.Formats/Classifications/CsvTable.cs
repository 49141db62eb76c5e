using System.Text;

namespace DeptBudget.Formats.Classifications;

/// <summary>Reads and writes the UTF-8 CSV files the lists are kept in (RFC 4180 quoting).</summary>
internal static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RawTable Read(Stream stream, string fileName)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            throw new InputException($"{fileName}：不是 UTF-8 编码的文本（可能是 GBK）。请用“另存为 CSV UTF-8”重新保存。", ex);
        }

        return new RawTable(fileName, null, Parse(text.TrimStart('\uFEFF'), fileName));
    }

    /// <summary>Splits CSV text into rows; a row's number is the line it starts on.</summary>
    private static List<RawRow> Parse(string text, string fileName)
    {
        var rows = new List<RawRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString().Trim());
                cell.Clear();
                rows.Add(new RawRow(rowStart, cells));
                cells = [];
                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new InputException($"{fileName}，第 {rowStart} 行：引号没有闭合。");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            rows.Add(new RawRow(rowStart, cells));
        }

        return rows;
    }

    /// <summary>Writes one CSV line, quoting a cell only when it needs it.</summary>
    public static void WriteLine(TextWriter writer, params string[] cells)
    {
        writer.Write(string.Join(",", cells.Select(Quote)));
        writer.Write('\n');
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
