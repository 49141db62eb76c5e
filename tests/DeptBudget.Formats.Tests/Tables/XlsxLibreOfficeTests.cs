using System.Text;
using DeptBudget.Formats.Tables;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Tables;

/// <summary>
/// LibreOffice, a second reader, converts the workbook to one CSV per sheet; the figures must be in the right cells.
/// Fails (never skips) when LibreOffice is missing: see docs/TESTING.md.
/// </summary>
public sealed class XlsxLibreOfficeTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-xlsx-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void LibreOffice_ReadsEveryFigureInItsCell()
    {
        var sheets = ConvertToCsv();

        Assert.Equal(4, sheets.Count);
        var summary = sheets["预算01表 部门收支预算表"];
        Assert.Equal(["一、一般公共预算", "1352.27", "一、一般公共服务", "1193.81"], summary[6]);
        Assert.Equal(["", "", "二十一、住房保障支出", ""], summary[9]);
        Assert.Equal(["收入总计", "1352.27", "支出总计", "1352.27"], summary[12]);

        var expenditure = sheets["预算03表 部门支出预算表"];
        Assert.Equal("2022年部门支出预算表", expenditure[1][0]);
        Assert.Equal("单位：万元", expenditure[3][13]);
        Assert.Equal(["科目编码", "", "", "单位代码", "单位(科目名称)", "合计", "基本支出", "", "", "", "", "项目支出", "", ""], expenditure[4]);
        Assert.Equal(["201", "03", "01", "", "行政运行", "368.8", "368.8", "323.24", "", "45.56", "", "", "", ""], expenditure[11]);
        Assert.Equal(["", "", "", "118", "新乡市政务服务和大数据管理局", "1280.22", "881.81", "787.65", "25.26", "68.9", "", "398.41", "398.41", ""], expenditure[8]);

        var procurement = sheets["附表4-12 政府采购预算表"];
        Assert.Equal(["\"4050\"人员服务, 外包", "C16 信息技术服务", "1052600.13", "", "", "1052600.13"], procurement[8]);
        Assert.Equal("说明：本单位没有政府性基金收入，也没有使用政府性基金安排支出，故此表无数据。", sheets["预算09表 政府性基金支出预算表"][8][0]);
    }

    /// <summary>Sheet name → records → fields.</summary>
    private Dictionary<string, List<string[]>> ConvertToCsv()
    {
        var xlsx = Path.Combine(work.FullName, "tables.xlsx");
        File.WriteAllBytes(xlsx, TablesXlsx.Write(TestTables.All));

        var files = LibreOffice.Convert(xlsx, LibreOffice.CsvEverySheet, Path.Combine(work.FullName, "csv"));

        return files.ToDictionary(
            f => Path.GetFileNameWithoutExtension(f)["tables-".Length..],
            f => CsvRecords.Parse(File.ReadAllText(f, Encoding.UTF8)));
    }
}
