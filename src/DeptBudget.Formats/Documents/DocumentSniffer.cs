using System.IO.Compression;
using System.Text;
using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// Tells a document's format from its content, never from its extension: a zip with word/document.xml is .docx, with
/// xl/workbook.xml .xlsx; <c>%PDF-</c> is a PDF; valid UTF-8 is text. Everything else is refused with a message that
/// says what the file seems to be.
/// </summary>
internal static class DocumentSniffer
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public static SourceFormat Detect(string path, string fileName)
    {
        var head = new byte[1024];
        int length;
        using (var file = File.OpenRead(path))
        {
            length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var start = head.AsSpan(0, length);
        if (start.StartsWith(Zip))
        {
            return ZipFormat(path, fileName);
        }

        if (start.StartsWith(Ole))
        {
            throw new InputException(
                $"{fileName}：这是旧版 Word/Excel 格式（.doc/.xls），无法直接读取。请在 Word/WPS/Excel 中打开后另存为 .docx 或 .xlsx 再检查。");
        }

        // A PDF may carry a few bytes of junk before its header; readers accept it within the first kilobyte.
        if (start.IndexOf(Pdf) >= 0)
        {
            return SourceFormat.Pdf;
        }

        return TextFormat(path, fileName);
    }

    private static SourceFormat ZipFormat(string path, string fileName)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > DocumentLimits.MaxUnpackedBytes)
            {
                throw new InputException(
                    $"{fileName}：解压后内容 {DocumentLimits.Megabytes(unpacked)} MB，超过上限 {DocumentLimits.Megabytes(DocumentLimits.MaxUnpackedBytes)} MB，"
                    + "不像是一份预算公开文档。请删除其中的图片等多余内容后另存再检查。");
            }

            if (zip.GetEntry("word/document.xml") is not null)
            {
                return SourceFormat.Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return SourceFormat.Xlsx;
            }
        }
        catch (InvalidDataException)
        {
            throw new InputException($"{fileName}：文件像是 zip 压缩包（.docx/.xlsx），但已损坏或不完整，无法读取。请在 Word/WPS/Excel 中打开确认后另存再检查。");
        }

        throw new InputException($"{fileName}：这是一个 zip 压缩包，但既不是 Word 文档（.docx）也不是 Excel 工作簿（.xlsx）。请提供 .docx、.xlsx、.pdf 或 UTF-8 文本文件。");
    }

    private static SourceFormat TextFormat(string path, string fileName)
    {
        var bytes = File.ReadAllBytes(path);
        if (IsUtf8Text(bytes))
        {
            return SourceFormat.Text;
        }

        if (IsGb18030Text(bytes))
        {
            throw new InputException($"{fileName}：文本文件不是 UTF-8 编码（像是 GBK/GB18030）。请用记事本或 WPS 另存为 UTF-8 编码后再检查。");
        }

        throw new InputException(
            $"{fileName}：无法识别的文件内容（既不是文本，也不是 .docx、.xlsx 或 .pdf 文档），可能已损坏或不是文档。请提供 .docx、.xlsx、.pdf 或 UTF-8 文本文件。");
    }

    private static bool IsUtf8Text(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return !HasBinaryControls(text);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsGb18030Text(byte[] bytes)
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var encoding = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = encoding.GetString(bytes);
            return !HasBinaryControls(text) && text.Any(c => c >= 0x4E00 && c <= 0x9FFF);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool HasBinaryControls(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'));
}
