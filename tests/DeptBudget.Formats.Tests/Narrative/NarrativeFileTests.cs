using DeptBudget.Formats.Narrative;

namespace DeptBudget.Formats.Tests.Narrative;

public sealed class NarrativeFileTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-narrative-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Read_Utf8WithBom_ReturnsTheTextWithoutIt()
    {
        var path = Write("a.txt", [0xEF, 0xBB, 0xBF, .. "基本支出 1 万元。"u8]);

        Assert.Equal("基本支出 1 万元。", NarrativeFile.Read(path));
    }

    [Fact]
    public void Read_MissingFile_SaysSoInChinese()
    {
        var ex = Assert.Throws<InputException>(() => NarrativeFile.Read(Path.Combine(work.FullName, "none.txt")));

        Assert.Contains("不存在", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryFile_IsRefused()
    {
        var ex = Assert.Throws<InputException>(() => NarrativeFile.Read(Write("a.docx", [(byte)'P', (byte)'K', 3, 4, 0, 0, 1])));

        Assert.Contains("二进制文件", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Gb18030Text_IsRefusedAsNotUtf8()
    {
        var ex = Assert.Throws<InputException>(() => NarrativeFile.Read(Write("gbk.txt", [0xBB, 0xF9, 0xB1, 0xBE])));

        Assert.Contains("不是 UTF-8 文本", ex.Message, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(work.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
