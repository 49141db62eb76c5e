using System.Text;
using DeptBudget.Core.Documents;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// The one entry point for reading a published document: checks the file, tells its format by content
/// (<see cref="DocumentSniffer"/>) and hands it to the reader of that format. A file whose extension names another
/// format is read as what it is, with a notice in <see cref="SourceDocument.Problems"/>.
/// </summary>
public static class SourceDocuments
{
    /// <exception cref="InputException">The file cannot be read at all; the message says why and what to do.</exception>
    public static SourceDocument Read(string path)
    {
        var fileName = Path.GetFileName(path);
        CheckFile(path, fileName);
        var format = DocumentSniffer.Detect(path, fileName);
        var document = format switch
        {
            SourceFormat.Docx => DocxDocumentReader.Read(path, fileName),
            SourceFormat.Xlsx => XlsxDocumentReader.Read(path, fileName),
            SourceFormat.Pdf => PdfDocumentReader.Read(path, fileName),
            SourceFormat.Text => ReadText(File.ReadAllText(path, Encoding.UTF8), fileName),
        };
        return ExtensionNotice(path, format) is { } notice ? document with { Problems = [notice, .. document.Problems] } : document;
    }

    private static SourceDocument ReadText(string text, string fileName) => TextDocumentParser.Parse(text.TrimStart('\uFEFF'), fileName);

    private static void CheckFile(string path, string fileName)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException($"{fileName}：找不到该文件。请检查路径和文件名。");
        }

        if (info.Length == 0)
        {
            throw new InputException($"{fileName}：文件是空的（0 字节）。请确认文件已保存完整。");
        }

        if (info.Length > DocumentLimits.MaxFileBytes)
        {
            throw new InputException(
                $"{fileName}：文件大小 {DocumentLimits.Megabytes(info.Length)} MB，超过上限 {DocumentLimits.Megabytes(DocumentLimits.MaxFileBytes)} MB。"
                + "预算公开文档通常只有几 MB：请删除多余的图片后另存，或把文档拆分后分别检查。");
        }
    }

    private static SourceProblem? ExtensionNotice(string path, SourceFormat format)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var expected = format switch
        {
            SourceFormat.Docx => [".docx"],
            SourceFormat.Xlsx => [".xlsx"],
            SourceFormat.Pdf => [".pdf"],
            SourceFormat.Text => new[] { ".txt", ".md", ".text", ".tsv", ".csv", string.Empty },
        };
        return expected.Contains(extension, StringComparer.Ordinal)
            ? null
            : new SourceProblem($"{Path.GetFileName(path)}：扩展名是“{extension}”，但内容是 {Name(format)}，已按 {Name(format)} 读取。");
    }

    private static string Name(SourceFormat format) => format switch
    {
        SourceFormat.Docx => "Word 文档（.docx）",
        SourceFormat.Xlsx => "Excel 工作簿（.xlsx）",
        SourceFormat.Pdf => "PDF",
        SourceFormat.Text => "文本",
    };
}
