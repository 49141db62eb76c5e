using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Documents.Writing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// What DeptBudget publishes passes its own auditor: a sample's document, written as Word (and as PDF), read back and
/// checked as anyone's published document is, has every standard table recognised and no error — and no warning
/// about the tables' own wording, which would mean the layout prints something the auditor calls wrong.
/// </summary>
public sealed class RenderedDocumentAuditTests
{
    [Theory]
    [InlineData(SampleDocuments.Xinxiang, 10)]
    [InlineData(SampleDocuments.Hubei, 10)]
    public void Docx_OfASample_IsRecognisedWithoutError(string sample, int tables)
    {
        var result = AuditRendered(sample, ".docx", stream => DocumentDocx.Write(SampleDocuments.Build(sample), stream));

        Assert.Equal(SampleDocuments.ProfileOf(sample), result.Recognized.Profile);
        Assert.Equal(tables, result.Recognized.Tables.Count);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "document-function-label" or "document-unreadable");
    }

    [Fact]
    public void Docx_OfTheHubeiSample_HasEachProjectFormReviewedUnderItsOwnTitle()
    {
        var result = AuditRendered(SampleDocuments.Hubei, ".docx", stream => DocumentDocx.Write(SampleDocuments.Build(SampleDocuments.Hubei), stream));
        var projects = SampleDocuments.Dataset(SampleDocuments.Hubei).Projects.Select(p => p.Name).ToList();

        Assert.Equal(["hubei-department", .. projects.Select(_ => "hubei-project")], result.Forms);
        var titles = result.Findings.Where(f => f.RuleId.StartsWith("target-", StringComparison.Ordinal)).Select(f => f.Location.TableNumber).Distinct().ToList();
        Assert.Equal(["部门整体绩效目标申报表", .. projects.Select(p => $"项目支出绩效目标申报表（{p}）")], titles);
        Assert.Contains($"绩效目标表：hubei-department、hubei-project {projects.Count} 张，已一并审核。", DocumentDescription.Summary(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_OfTheXinxiangSample_IsRecognisedWithoutError()
    {
        var result = AuditRendered(SampleDocuments.Xinxiang, ".pdf", stream =>
        {
            using var docx = new MemoryStream();
            DocumentDocx.Write(SampleDocuments.Build(SampleDocuments.Xinxiang), docx);
            stream.Write(DocumentPdf.FromDocx(docx.ToArray()));
        });

        Assert.Equal(10, result.Recognized.Tables.Count);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "document-function-label" or "document-unreadable");
    }

    private static DocumentCheckResult AuditRendered(string sample, string extension, Action<Stream> write)
    {
        var folder = Directory.CreateTempSubdirectory("deptbudget-audit-own-");
        try
        {
            var path = Path.Combine(folder.FullName, Path.ChangeExtension(sample, extension));
            using (var file = File.Create(path))
            {
                write(file);
            }

            return DocumentCheck.Run(SourceDocuments.Read(path), null, ShippedRules.All, []);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
