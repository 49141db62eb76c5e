using System.Globalization;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Tables;
using DeptBudget.Formats.Tests.Checks;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>The derived tables written as xlsx (one sheet per table) read back as the same cells as their text rendering.</summary>
public sealed class XlsxDocumentTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-xlsx-document-");

    [Fact]
    public void DerivedTablesWorkbook_ReadsAsTheTextRenderingsTables()
    {
        var tables = SampleTables.Of(SampleTables.Henan);
        var path = Path.Combine(directory.FullName, "tables.xlsx");
        File.WriteAllBytes(path, TablesXlsx.Write(tables));

        var document = SourceDocuments.Read(path);

        Assert.Equal(SourceFormat.Xlsx, document.Format);
        Assert.Equal(tables.Count, document.PageCount);
        var expected = TablesOnly(DocumentOutline.Comparable(SeedDocument.Parse(TablesText.Write(tables))));
        var actual = TablesOnly(DocumentOutline.Comparable(document));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Numbers(expected[i]), Numbers(actual[i]));
        }
    }

    [Fact]
    public void Sheet_TitleRowsAreHeadingAndParagraphs_PositionsNameSheetAndRow()
    {
        var tables = SampleTables.Of(SampleTables.Henan);
        var path = Path.Combine(directory.FullName, "tables.xlsx");
        File.WriteAllBytes(path, TablesXlsx.Write(tables));

        var document = SourceDocuments.Read(path);

        var first = document.Blocks.TakeWhile(b => b is not TableBlock).ToList();
        var heading = Assert.Single(first.OfType<HeadingBlock>());
        Assert.Equal(tables[0].Title, heading.Text);
        Assert.Contains(first.OfType<ParagraphBlock>(), p => p.Text == "单位：万元");
        var table = document.Blocks.OfType<TableBlock>().First();
        Assert.NotNull(table.Position.Sheet);
        Assert.Equal(5, table.Position.Line);
        Assert.Equal("1352.27", table.Rows[2].Cells[1]);
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static List<string> TablesOnly(IReadOnlyList<string> parts) => [.. parts.Where(p => p.StartsWith("TABLE", StringComparison.Ordinal))];

    /// <summary>Figures compared as numbers: the text shows 1,352.27 and 29.70, the workbook stores 1352.27 and 29.7.</summary>
    private static string Numbers(string table) => string.Join("\n", table.Split('\n').Select(row => string.Join(" | ", row.Split(" | ").Select(cell =>
        decimal.TryParse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##########", CultureInfo.InvariantCulture)
            : cell))));
}
