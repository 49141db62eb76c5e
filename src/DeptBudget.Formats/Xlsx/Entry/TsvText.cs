using System.Text;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Tab-separated text as Excel and WPS put it on the clipboard or save it: UTF-8 (or UTF-16 with a byte
/// order mark), a field that holds a tab, a line break or a quote is quoted with "…" and "" inside.
/// </summary>
internal static class TsvText
{
    public static string Decode(byte[] bytes, ImportProblems problems)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var skip = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw problems.Fatal("文件不是 UTF-8 编码（可能是 GBK/ANSI）。请在记事本或 WPS 中“另存为”，编码选择 UTF-8 后再导入。");
        }
    }

    /// <summary>The records with the 1-based line each starts on; blank lines are skipped.</summary>
    public static List<(int Line, string[] Fields)> Split(string text)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] == '\n')))
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Exists(f => f.Trim().Length > 0))
                {
                    records.Add((start, [.. fields]));
                }

                fields.Clear();
                i += i < text.Length && text[i] == '\r' ? 2 : 1;
                start = ++line;
                continue;
            }

            if (text[i] == '\t')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (i < text.Length && !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                {
                    line += text[i] == '\n' ? 1 : 0;
                    field.Append(text[i]);
                    i += text[i] == '"' ? 2 : 1;
                }

                i++;
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        return records;
    }
}
