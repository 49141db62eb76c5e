using DeptBudget.Formats.Tables;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>Every format of the test tables against its golden file (docs/TESTING.md says how to accept changes).</summary>
public class TableGoldenTests
{
    [Fact]
    public void Json_MatchesGoldenFile() => GoldenFile.Verify("tests/DeptBudget.Formats.Tests/Tables/Golden/tables.json", Render(TablesJson.Write));

    [Fact]
    public void Csv_MatchesGoldenFile() => GoldenFile.Verify("tests/DeptBudget.Formats.Tests/Tables/Golden/tables.csv", Render(TablesCsv.Write));

    [Fact]
    public void Txt_MatchesGoldenFile() => GoldenFile.Verify("tests/DeptBudget.Formats.Tests/Tables/Golden/tables.txt", Render(TablesText.Write));

    [Fact]
    public void Html_MatchesGoldenFile() => GoldenFile.Verify("tests/DeptBudget.Formats.Tests/Tables/Golden/tables.html", Render(TablesHtml.Write));

    [Fact]
    public void Xlsx_MatchesGoldenDump() => GoldenFile.Verify("tests/DeptBudget.Formats.Tests/Tables/Golden/tables.xlsx.txt", XlsxDump.Write(Render(TablesXlsx.Write)));

    private static byte[] Render(Action<IReadOnlyList<Core.Tables.Table>, Stream> write)
    {
        using var output = new MemoryStream();
        write(TestTables.All, output);
        return output.ToArray();
    }
}
