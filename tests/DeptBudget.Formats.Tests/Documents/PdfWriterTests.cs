using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>Our PDF read back by poppler: the exact Chinese text (no look-alike radicals) and embedded fonts.</summary>
public class PdfWriterTests
{
    private static string WritePdf(string sample, string folder)
    {
        using var docx = new MemoryStream();
        DocumentDocx.Write(SampleDocuments.Build(sample), docx);
        var path = Path.Combine(folder, Path.ChangeExtension(sample, ".pdf"));
        File.WriteAllBytes(path, DocumentPdf.FromDocx(docx.ToArray()));
        return path;
    }

    [Fact]
    public void Pdf_TextLayer_HasSeed002sSentencesExactly()
    {
        var folder = Directory.CreateTempSubdirectory("deptbudget-pdf-");
        try
        {
            var text = Poppler.Text(WritePdf(SampleDocuments.Xinxiang, folder.FullName));
            var compact = Poppler.Compact(text);

            foreach (var sentence in new[]
            {
                "新乡市政务服务和大数据管理局2022年收入总计1352.27万元，支出总计1352.27万元。",
                "收入总计比2021年减少279.71万元，下降17.14%。主要原因：部分项目按合同条款，2022年支出金额较2021年减少。",
                "其中：基本支出953.86万元，占70.54%；项目支出398.41万元，占29.46%。",
                "其中：人员经费884.87万元，占92.77%；公用经费68.99万元，占7.23%。",
                "新乡市政务服务和大数据管理局2022年部门预算公开",
                "2022年一般公共预算“三公”经费预算表",
            })
            {
                Assert.Contains(sentence, compact, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Pdf_EmbedsEveryFont()
    {
        var folder = Directory.CreateTempSubdirectory("deptbudget-pdf-");
        try
        {
            var pdf = WritePdf(SampleDocuments.Hubei, folder.FullName);

            var fonts = Poppler.Fonts(pdf);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", f));
            Assert.Contains(fonts, f => f.Contains("CJK", StringComparison.Ordinal));
            var text = Poppler.Compact(Poppler.Text(pdf));
            Assert.Contains("江城区教育局2023年收入总计606.20万元", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void FontConfig_AliasesTheFontsGovernmentDocumentsName()
    {
        var config = DocumentPdf.FontConfig();

        foreach (var family in new[] { "仿宋_GB2312", "宋体", "黑体", "楷体_GB2312", "方正小标宋简体" })
        {
            Assert.Contains($"<family>{family}</family><prefer><family>Noto", config, StringComparison.Ordinal);
        }
    }
}
