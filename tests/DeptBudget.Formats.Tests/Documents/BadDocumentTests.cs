using System.IO.Compression;
using System.Text;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>Every kind of bad input gets a Chinese message naming the file, never a crash or an empty document.</summary>
public sealed class BadDocumentTests(SeedFormats formats) : IClassFixture<SeedFormats>, IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-bad-documents-");

    [Fact]
    public void EmptyFile_IsRefused() =>
        AssertRefused(Write("empty.pdf", []), "empty.pdf", "空的");

    [Fact]
    public void BinaryGarbage_IsRefused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        AssertRefused(Write("garbage.docx", bytes), "garbage.docx", "无法识别");
    }

    [Fact]
    public void MissingFile_IsRefused() =>
        AssertRefused(Path.Combine(directory.FullName, "none.pdf"), "none.pdf", "找不到");

    [Fact]
    public void Gb18030Text_AsksForUtf8() =>
        AssertRefused(Write("gbk.txt", GbkBytes("部门收支总表\t1,352.27")), "gbk.txt", "UTF-8");

    [Fact]
    public void OldWordFile_AsksForDocx() =>
        AssertRefused(Write("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]), "old.doc", ".docx");

    [Fact]
    public void ZipThatIsNoDocument_IsRefused()
    {
        var path = Path.Combine(directory.FullName, "archive.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("不是文档");
        }

        AssertRefused(path, "archive.docx", "既不是 Word 文档");
    }

    [Fact]
    public void TruncatedPdf_IsRefused()
    {
        var pdf = File.ReadAllBytes(formats.PdfPath);
        AssertRefused(Write("cut.pdf", pdf[..(pdf.Length / 3)]), "cut.pdf", "PDF");
    }

    [Fact]
    public void DocxWithPdfExtension_IsReadAsDocxWithANotice()
    {
        var path = Path.Combine(directory.FullName, "report.pdf");
        File.Copy(formats.DocxPath, path);

        var document = SourceDocuments.Read(path);

        Assert.Equal(SourceFormat.Docx, document.Format);
        Assert.NotEmpty(document.Blocks.OfType<TableBlock>());
        Assert.Contains(document.Problems, p => p.Message.Contains("扩展名是“.pdf”", StringComparison.Ordinal) && p.Message.Contains("Word", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfWithoutTextLayer_IsRefused() =>
        AssertRefused(Write("scan.pdf", MiniPdf.Build(null, null)), "scan.pdf", "2 页都没有文字层");

    [Fact]
    public void PdfPageWithoutTextLayer_IsAProblemOnThatPage()
    {
        var document = SourceDocuments.Read(Write("mixed.pdf", MiniPdf.Build("Budget 2022", null)));

        var paragraph = Assert.Single(document.Blocks);
        Assert.Equal(1, paragraph.Position.Page);
        var problem = Assert.Single(document.Problems);
        Assert.Equal("mixed.pdf：第 2 页没有文字层（可能是扫描件），无法读取。", problem.Message);
        Assert.Equal(2, problem.Position?.Page);
    }

    [Fact]
    public void EncryptedPdf_AsksForAnUnencryptedCopy()
    {
        var html = Write("secret.html", Encoding.UTF8.GetBytes("<html><body><p>部门预算</p></body></html>"));
        var pdf = LibreOffice.Convert(
            html,
            """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}""",
            Path.Combine(directory.FullName, "encrypted"),
            inputFilter: LibreOffice.HtmlAsWriter).Single();

        AssertRefused(pdf, "secret.pdf", "文件已加密，请提供未加密的版本");
    }

    [Fact]
    public void TooLargeFile_IsRefused()
    {
        var path = Path.Combine(directory.FullName, "huge.pdf");
        using (var file = File.Create(path))
        {
            file.Write("%PDF-1.4\n"u8);
            file.SetLength(21L * 1024 * 1024);
        }

        AssertRefused(path, "huge.pdf", "超过上限 20.0 MB");
    }

    public void Dispose() => directory.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] GbkBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    private static void AssertRefused(string path, string fileName, string expected)
    {
        var error = Assert.Throws<InputException>(() => SourceDocuments.Read(path));
        Assert.StartsWith(fileName + "：", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
