using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// The auditor's promise: seed 002 checked as its text, as .docx and as PDF (both made by LibreOffice from the text)
/// gives the same findings — the same rules at the same table, row and column with the same figures, the
/// performance-target forms' review included (form, section and row within it). Only where in the source a finding
/// points (line, paragraph, page) differs by format.
/// </summary>
public sealed class SameFindingsTests(SeedFormats formats) : IClassFixture<SeedFormats>
{
    private static readonly string TextPath = RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Documents", "Seeds", "002.txt");

    [Fact]
    public void Docx_GivesTheTextsFindings() => AssertSame(Findings(TextPath), Findings(formats.DocxPath));

    [Fact]
    public void Pdf_GivesTheTextsFindings() => AssertSame(Findings(TextPath), Findings(formats.PdfPath));

    [Fact]
    public void Text_HasTheReviewersFindings()
    {
        var findings = Findings(TextPath);

        Assert.Contains(findings, f => f.StartsWith("fiscal-income-equals-expenditure|Error|fiscal-summary|", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("document-table-without-data|", StringComparison.Ordinal));
        Assert.True(findings.Count > 30, $"{findings.Count} findings");
    }

    [Fact]
    public void Text_ReviewsTheDepartmentFormUnderItsOwnHeading_NotTheContentsEntry()
    {
        var findings = DocumentCheck.Run(SourceDocuments.Read(TextPath), null, ShippedRules.All, []).Findings;

        var swapped = Assert.Single(findings, f => f.RuleId == "target-swapped-description");
        Assert.DoesNotContain(findings, f => f.RuleId == "target-completeness" && f.Location.TableId == "henan-2022-department");
        Assert.Equal("henan-2022-department", swapped.Location.TableId);
        Assert.StartsWith(swapped.Location.Section + ":", swapped.Location.RowKey, StringComparison.Ordinal);
        var line = File.ReadAllLines(TextPath)[swapped.Location.Line!.Value - 1];
        Assert.Contains(swapped.Location.RowLabel!.Split('/')[^1], line, StringComparison.Ordinal);
    }

    private static List<string> Findings(string path) =>
        [.. DocumentCheck.Run(SourceDocuments.Read(path), null, ShippedRules.All, []).Findings
            .Select(f => string.Join('|', f.RuleId, f.Severity, f.Location.TableId, f.Location.RowKey, f.Location.ColumnKey, f.Stated, f.Expected))
            .Order(StringComparer.Ordinal)];

    private static void AssertSame(List<string> expected, List<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{expected.Count} findings from the text, {actual.Count} from the other format.\nmissing:\n  {string.Join("\n  ", missing)}\nextra:\n  {string.Join("\n  ", extra)}");
    }
}
