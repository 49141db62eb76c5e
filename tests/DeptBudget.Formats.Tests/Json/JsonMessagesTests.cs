using DeptBudget.Formats.Json;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Json;

/// <summary>A hand-edited JSON file that does not read gets a message in Chinese naming file, line, column and place.</summary>
public class JsonMessagesTests
{
    private static readonly string Sample = File.ReadAllText(RepoPaths.Sample("xinxiang-2022.json"));

    [Theory]
    [InlineData("\"year\": 2022", "\"year\": \"二〇二二\"", "这里应是数字（不加引号，如 12.50），写的是文字（位置 $.year）")]
    [InlineData("\"year\": 2022", "\"year\": 2022, \"yaer\": 2022", "不认识的字段“yaer”")]
    [InlineData("\"year\": 2022", "\"year\": 2022,,", "这里应是加双引号的字段名（多了逗号？）")]
    [InlineData("\"year\": 2022,", "\"year\": 2022", "这里少了逗号，或括号不配对")]
    public void BrokenDataset_IsExplainedInChinese(string original, string broken, string expected)
    {
        Assert.Contains(original, Sample, StringComparison.Ordinal);
        var text = Sample.Replace(original, broken, StringComparison.Ordinal);

        var error = Assert.Throws<InputException>(() => DatasetJson.Read(text, "预算.json"));

        Assert.StartsWith("预算.json：第 ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,} [A-Za-z]{4,}", error.Message.Replace("JSON", "", StringComparison.Ordinal));
    }

    [Fact]
    public void CutOffFile_SaysWhereItEnds()
    {
        var error = Assert.Throws<InputException>(() => DatasetJson.Read(Sample[..200], "预算.json"));

        Assert.Contains("文件在此处中断", error.Message, StringComparison.Ordinal);
    }
}
