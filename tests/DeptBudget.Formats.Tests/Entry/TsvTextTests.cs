using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Tests.Entry;

public class TsvTextTests
{
    [Fact]
    public void Split_ReadsExcelQuotingAndLineNumbers()
    {
        var records = TsvText.Split("a\t\"b\tc\"\r\n\r\n\"多\n行\"\t\"他说\"\"好\"\"\"\nx");
        Assert.Equal(3, records.Count);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(["a", "b\tc"], records[0].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["多\n行", "他说\"好\""], records[1].Fields);
        Assert.Equal(5, records[2].Line);
    }
}
