using System.Text;
using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// Reads a published document into a <see cref="SourceDocument"/>, choosing the reader by the file's content, not its
/// extension (a .txt that is a PDF is read as a PDF). Anything that cannot be read is an <see cref="InputException"/>.
/// </summary>
public static class SourceDocuments
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"文件 {path} 不存在。");
        }

        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw new InputException($"{name} 是空文件，没有可审核的内容。");
        }

        if (StartsWith(bytes, "PK\u0003\u0004"u8))
        {
            throw new InputException($"{name} 是 .docx 或 .xlsx 文件（zip 包），此版本尚不能读取；请另存为 UTF-8 编码的 .txt 后再审核。");
        }

        if (StartsWith(bytes, "%PDF"u8))
        {
            throw new InputException($"{name} 是 PDF 文件，此版本尚不能读取；请复制其文字另存为 UTF-8 编码的 .txt 后再审核。");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException($"{name} 是二进制文件，不是文本、.docx、.xlsx 或 PDF，无法审核。");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InputException($"{name} 不是 UTF-8 文本：第 {ex.Index + 1} 个字节无法按 UTF-8 读取。请另存为 UTF-8 编码的 .txt 后再审核。", ex);
        }

        return TextDocumentParser.Parse(text.TrimStart('\uFEFF'), name);
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> magic) => bytes.AsSpan().StartsWith(magic);
}
