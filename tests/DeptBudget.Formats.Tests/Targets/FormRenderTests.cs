using System.Text;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Targets.Writing;
using DeptBudget.Formats.Targets.Xlsx;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Tests.Targets;

public sealed class FormRenderTests : IDisposable
{
    private const string Golden = "tests/DeptBudget.Formats.Tests/Targets/Golden/Render/";
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-forms-");

    public static TheoryData<string> Seeds => new() { SeedForms.Hubei, SeedForms.Henan, SeedForms.Zhengzhou };

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_html_of_a_seeds_forms_matches_its_golden_file(string seed) =>
        GoldenFile.Verify(Golden + Path.ChangeExtension(seed, ".html"), FormHtml.Write(WithTemplates(seed)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_xlsx_as_libreoffice_reads_it_matches_its_golden_file(string seed)
    {
        var xlsx = Path.Combine(work.FullName, "forms.xlsx");
        using (var file = File.Create(xlsx))
        {
            FormXlsx.Write(WithTemplates(seed), file);
        }

        var sheets = LibreOffice.Convert(xlsx, LibreOffice.CsvEverySheet, Path.Combine(work.FullName, "csv"));
        var csv = new StringBuilder();
        foreach (var sheet in sheets)
        {
            csv.Append("== ").Append(Path.GetFileNameWithoutExtension(sheet)["forms-".Length..]).Append(" ==\n").Append(File.ReadAllText(sheet, Encoding.UTF8).ReplaceLineEndings("\n"));
        }

        GoldenFile.Verify(Golden + Path.ChangeExtension(seed, ".xlsx.csv"), csv.ToString());
    }

    [Fact]
    public void The_html_spans_first_level_names_over_their_rows_and_heads_columns()
    {
        var html = FormHtml.Write(WithTemplates(SeedForms.Hubei));

        Assert.Contains("<td rowspan=\"4\" class=\"text\">运行成本</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">指标值确定依据</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_is_landscape_a4_with_merged_indicator_levels()
    {
        using var stream = new MemoryStream();
        FormDocx.Write(WithTemplates(SeedForms.Hubei), stream);
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Equal(Word.PageOrientationValues.Landscape, body.Descendants<Word.PageSize>().Single().Orient!.Value);
        Assert.Contains(body.Descendants<Word.VerticalMerge>(), m => m.Val?.Value == Word.MergedCellValues.Restart);
        Assert.Contains(body.Descendants<Word.Table>(), t => t.InnerText.Contains("公用经费控制率", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pdf_holds_every_indicator_name()
    {
        var forms = WithTemplates(SeedForms.Hubei);
        using var docx = new MemoryStream();
        FormDocx.Write(forms, docx);
        var pdf = Path.Combine(work.FullName, "forms.pdf");
        File.WriteAllBytes(pdf, DocumentPdf.FromDocx(docx.ToArray()));

        var text = Poppler.Compact(Poppler.Text(pdf));

        var names = forms.SelectMany(f => f.Form.AllIndicators).Select(i => Poppler.Compact(i.Level3)).Where(n => n.Length > 0).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    private static List<(PerformanceForm Form, FormTemplate Template)> WithTemplates(string seed) =>
        SeedForms.Read(seed).Select(f => (f, ShippedTargetData.Template(f.TemplateId))).ToList();
}
