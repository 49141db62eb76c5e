using System.Globalization;
using System.Text;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tables;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Golden;

/// <summary>
/// The Xinxiang workbook, opened by a second tool (LibreOffice, converting every sheet to CSV),
/// shows every derived figure in its row and column — and the derived figures are seed 002's.
/// </summary>
public sealed class XinxiangXlsxTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-xinxiang-xlsx-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void LibreOffice_ReadsTheDerivedFiguresInTheirCells()
    {
        var tables = TableDeriver.Derive(
            DatasetJson.ReadFile(RepoPaths.Sample("xinxiang-2022.json")),
            ShippedClassifications.ForYear(2022),
            ShippedProfiles.Get("henan-2022"));
        var xlsx = Path.Combine(work.FullName, "xinxiang.xlsx");
        using (var stream = File.Create(xlsx))
        {
            TableRenderer.Render(tables, TableFormat.Xlsx, stream);
        }

        var sheets = LibreOffice.Convert(xlsx, LibreOffice.CsvEverySheet, Path.Combine(work.FullName, "csv"))
            .Select(f => CsvRecords.Parse(File.ReadAllText(f, Encoding.UTF8)))
            .ToList();

        Assert.Equal(tables.Count, sheets.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var records = sheets.Single(s => s.Any(r => r.Contains(table.Title)));
            if (table.IsTwoSided || !table.Leaves.Any(l => l.Kind == ColumnKind.Label))
            {
                Assert.Equal(Figures(table), FiguresInValueColumns(table, records));
            }
            else
            {
                AssertRowByRow(table, records);
            }
        }
    }

    private static void AssertRowByRow(Table table, List<string[]> records)
    {
        var leaves = table.Leaves.ToList();
        var label = leaves.FindIndex(l => l.Kind == ColumnKind.Label);
        var start = records.FindIndex(r => r.Length > label && r[label] == table.Rows[0].Label);
        Assert.True(start >= 0, $"{table.Number}: first row “{table.Rows[0].Label}” not found");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var record = records[start + i];
            Assert.Equal(row.Label, record[label]);
            for (var c = 0; c < leaves.Count; c++)
            {
                if (leaves[c].Kind == ColumnKind.Value)
                {
                    Assert.True(row[leaves[c].Key!] == Number(record[c]), $"{table.Number} row “{row.Label}” column {leaves[c].Label}: derived {row[leaves[c].Key!]}, LibreOffice read “{record[c]}”");
                }
            }
        }
    }

    private static List<decimal> Figures(Table table) => table.Rows
        .SelectMany(r => r.Cells.Values)
        .OfType<decimal>()
        .Order()
        .ToList();

    private static List<decimal> FiguresInValueColumns(Table table, List<string[]> records)
    {
        var columns = table.Leaves.Select((leaf, index) => (leaf, index)).Where(p => p.leaf.Kind == ColumnKind.Value).Select(p => p.index).ToList();
        return records
            .SelectMany(r => columns.Where(c => c < r.Length).Select(c => Number(r[c])))
            .OfType<decimal>()
            .Order()
            .ToList();
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
