using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>A table row with fewer cells than its table is read with the missing cells empty, and the report says so once per table.</summary>
public sealed class ShortRowsTests : IDisposable
{
    private const string Row = "201\t03\t01\t\t行政运行\t368.80\t\t323.24\t\t45.56\t\t\t";
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-short-rows-");

    [Fact]
    public void ARowMissingCells_IsANoticeNamingItsLine_AndItsFiguresAreStillRead()
    {
        var text = File.ReadAllText(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Documents", "Seeds", "002.txt"));
        Assert.Contains(Row, text, StringComparison.Ordinal);
        var line = text[..text.IndexOf(Row, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var path = Path.Combine(directory.FullName, "002-short.txt");
        File.WriteAllText(path, text.Replace(Row, Row.TrimEnd('\t'), StringComparison.Ordinal));

        var result = DocumentCheck.Run(SourceDocuments.Read(path), null, ShippedRules.All, []);

        var notice = Assert.Single(result.Findings, f => f.Message.Contains("格数少于表头", StringComparison.Ordinal));
        Assert.Equal(Severity.Notice, notice.Severity);
        Assert.Contains($"第 {line} 行", notice.Message, StringComparison.Ordinal);
        var table = result.Recognized.Tables.Single(t => t.Table.Id == "expenditure-summary").Table;
        Assert.Equal(368.80m, table.FindRow("f:2010301")!["total"]);
    }

    [Fact]
    public void TheSeedAsPublished_HasNoShortRow()
    {
        var result = DocumentCheck.Run(SourceDocuments.Read(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Documents", "Seeds", "002.txt")), null, ShippedRules.All, []);

        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("格数少于表头", StringComparison.Ordinal));
    }

    public void Dispose() => directory.Delete(recursive: true);
}
