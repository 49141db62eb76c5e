using System.Text;

namespace DeptBudget.Formats.Narrative;

/// <summary>Reads a narrative given as a UTF-8 text file (.txt, .md); anything else is refused with a message in Chinese.</summary>
public static class NarrativeFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"说明文件 {path} 不存在。请给出情况说明的文本文件（.txt 或 .md，UTF-8）。");
        }

        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException($"说明文件 {path} 是二进制文件，不是文本（.docx、.pdf 请先另存为 UTF-8 编码的 .txt）。");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InputException($"说明文件 {path} 不是 UTF-8 文本：第 {ex.Index + 1} 个字节无法按 UTF-8 读取。请另存为 UTF-8 编码的 .txt 或 .md 文件后再审核。", ex);
        }

        return text.TrimStart('\uFEFF');
    }
}
