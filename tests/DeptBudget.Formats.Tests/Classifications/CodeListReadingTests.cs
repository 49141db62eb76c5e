using DeptBudget.Formats.Classifications;
using MiniExcelLibs;

namespace DeptBudget.Formats.Tests.Classifications;

public class CodeListReadingTests
{
    private const string ReferenceFile = "OBSOLETE_c2009_exp_func_classification_from_Jackjet_supervise.csv";

    [Fact]
    public void Xlsx_WithTitleRowsAndExtraColumns_Loads()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "functions.xlsx");
        var rows = new List<Dictionary<string, object?>>
        {
            Row("2024年支出功能分类科目", null, null),
            Row(null, null, null),
            Row("科目编码", "科目名称", "说明"),
            Row(201, "一般公共服务支出", "类"),
            Row("20101", "人大事务", null),
            Row(2010101, " 行政运行 ", "项"),
            Row("２０１０１０２", "一般行政管理事务", null),
        };
        MiniExcel.SaveAs(path, rows, printHeader: false, sheetName: "科目");

        var list = (LoadedCodeList)ClassificationFile.Read(path, ClassificationListKind.Functions);

        Assert.Equal(["201", "20101", "2010101", "2010102"], list.Codes.Entries.Select(e => e.Code));
        Assert.Equal("行政运行", list.Codes.NameOf("2010101"));
        Assert.Equal("支出功能分类科目：1 类、1 款、2 项", list.Summary);
    }

    [Fact]
    public void Xlsx_BadCode_NamesFileSheetRowAndColumn()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "functions.xlsx");
        var rows = new List<Dictionary<string, object?>> { Row("编码", "名称", null), Row("201", "一般公共服务支出", null), Row("20103A", "政府办公厅", null) };
        MiniExcel.SaveAs(path, rows, printHeader: false, sheetName: "Sheet1");

        var error = Assert.Throws<InputException>(() => ClassificationFile.Read(path, ClassificationListKind.Functions));

        Assert.Contains("functions.xlsx，工作表“Sheet1”，第 3 行，“编码”列：“20103A”不是数字编码。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObsoleteReferenceCsv_LoadsWithItsTwentyClasses()
    {
        var path = FindReference();

        var list = (LoadedCodeList)ClassificationFile.Read(path, ClassificationListKind.Functions);

        Assert.Equal(20, list.Codes.Classes.Count());
        Assert.Equal(1541, list.Codes.Entries.Count);
        Assert.Equal("人大事务", list.Codes.NameOf("20101"));
    }

    [Fact]
    public void Csv_QuotedCellsAndCrLf_AreRead()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("economic-department.csv", "\uFEFFcode,name\r\n301,\"工资福利支出\"\r\n30101,\"基本工资, 含\"\"岗位\"\"\"\r\n");

        var list = (LoadedCodeList)ClassificationFile.Read(path, ClassificationListKind.EconomicDepartment);

        Assert.Equal("基本工资, 含\"岗位\"", list.Codes.NameOf("30101"));
    }

    [Fact]
    public void WriteCsv_RoundTrips()
    {
        var shipped = (LoadedCodeList)ShippedClassifications.List(2022, ClassificationListKind.Functions);
        using var dir = new TempDirectory();
        var writer = new StringWriter();
        shipped.WriteCsv(writer);
        var path = dir.Write("functions.csv", writer.ToString());

        var again = (LoadedCodeList)ClassificationFile.Read(path, ClassificationListKind.Functions);

        Assert.Equal(shipped.Codes.Entries, again.Codes.Entries);
    }

    private static Dictionary<string, object?> Row(object? a, object? b, object? c) => new() { ["A"] = a, ["B"] = b, ["C"] = c };

    /// <summary>The obsolete list kept in the shared reference folder (shared/data/reference), found from the test's directory upwards.</summary>
    private static string FindReference()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DEPTBUDGET_REFERENCE_DIR");
        if (fromEnvironment is not null && File.Exists(Path.Combine(fromEnvironment, ReferenceFile)))
        {
            return Path.Combine(fromEnvironment, ReferenceFile);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "reference", ReferenceFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{ReferenceFile} not found above {AppContext.BaseDirectory}; set DEPTBUDGET_REFERENCE_DIR to the folder holding it.");
    }
}
