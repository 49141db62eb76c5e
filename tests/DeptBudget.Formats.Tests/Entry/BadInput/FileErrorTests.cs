using System.IO.Compression;

namespace DeptBudget.Formats.Tests.Entry.BadInput;

/// <summary>Files that are not whole workbooks, or too large: refused at once with what to do.</summary>
public class FileErrorTests
{
    [Fact]
    public void TruncatedWorkbook_IsRefused()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(TestWorkbook.Good(dir));
        var path = dir.File("截断.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("截断.xlsx：文件已损坏或不完整，无法作为 xlsx 工作簿读取", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void TextFileWithXlsxExtension_IsRefused()
    {
        using var dir = new TempDir();
        var path = dir.File("假的.xlsx");
        File.WriteAllText(path, "单位编码,金额\n118001,5\n");
        Assert.Contains("假的.xlsx：文件扩展名是 .xlsx，但内容不是 xlsx 工作簿", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void OldXlsFile_IsRefusedWithHowToSaveAsXlsx()
    {
        using var dir = new TempDir();
        var path = dir.File("旧.xlsx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        Assert.Contains("这是旧版 .xls 文件或设置了密码的工作簿", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabyteWorkbook_IsRefusedWithItsSizeAndTheLimit()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir, "大文件.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        using (var stream = zip.CreateEntry("xl/media/image1.png", CompressionLevel.NoCompression).Open())
        {
            var noise = new byte[1024 * 1024];
            new Random(1).NextBytes(noise);
            for (var i = 0; i < 50; i++)
            {
                stream.Write(noise);
            }
        }

        var message = ImportAttempt.Fails(dir, path);
        Assert.Contains("大文件.xlsx：文件大小 50.0 MB，超过导入上限 20.0 MB。", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookThatUnpacksToHundredsOfMegabytes_IsRefusedBeforeReading()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir, "炸弹.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        using (var stream = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 310; i++)
            {
                stream.Write(zeros);
            }
        }

        Assert.True(new FileInfo(path).Length < 5 * 1024 * 1024);
        Assert.Contains("炸弹.xlsx：工作簿解压后有", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void ZipThatIsNotAWorkbook_IsRefused()
    {
        using var dir = new TempDir();
        var path = dir.File("压缩包.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("说明.txt").Open()))
        {
            writer.Write("不是工作簿");
        }

        Assert.Contains("压缩包.xlsx：文件中没有工作簿内容。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。未写出任何文件。", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedSheetXml_IsRefusedNamingTheSheet()
    {
        using var dir = new TempDir();
        var path = TestWorkbook.Good(dir);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("xl/worksheets/sheet6.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet6.xml").Open());
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c");
        }

        Assert.Contains("预算.xlsx：工作表“支出明细”的内容已损坏，无法读取。", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsRefused()
    {
        using var dir = new TempDir();
        Assert.Contains("不存在.xlsx：找不到该文件", ImportAttempt.Fails(dir, dir.File("不存在.xlsx")), StringComparison.Ordinal);
    }

    [Fact]
    public void CsvFile_IsRefusedWithWhatToDo()
    {
        using var dir = new TempDir();
        var path = dir.File("明细.csv");
        File.WriteAllText(path, "a,b");
        Assert.Contains("明细.csv：不支持 .csv 文件。请在 Excel/WPS 中另存为 .xlsx 工作簿", ImportAttempt.Fails(dir, path), StringComparison.Ordinal);
    }
}
