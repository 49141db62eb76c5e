using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// Seed 002 as .docx and PDF, made once for all tests that use them: the seed's text → HTML → LibreOffice → .docx →
/// LibreOffice → PDF, in a temporary directory.
/// </summary>
public sealed class SeedFormats : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-seed-formats-");

    public SeedFormats()
    {
        var html = Path.Combine(directory.FullName, "seed-002.html");
        File.WriteAllText(html, Seed.Html());
        DocxPath = LibreOffice.Convert(html, "docx", Path.Combine(directory.FullName, "docx"), inputFilter: LibreOffice.HtmlAsWriter).Single();
        PdfPath = LibreOffice.Convert(DocxPath, "pdf", Path.Combine(directory.FullName, "pdf")).Single();
    }

    internal SeedDocument Seed { get; } = SeedDocument.Load("002.txt");

    public string DocxPath { get; }

    public string PdfPath { get; }

    public void Dispose() => directory.Delete(recursive: true);
}
