using DeptBudget.Formats.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

public class FormTextReaderTests
{
    [Theory]
    [InlineData(SeedForms.Hubei, "000-hubei.json")]
    [InlineData(SeedForms.Zhengzhou, "003-zhengzhou-2020.json")]
    [InlineData(SeedForms.Henan, "002-henan-2022.json")]
    public void Read_Seed_MatchesGoldenJson(string seed, string golden) =>
        GoldenFile.Verify($"tests/DeptBudget.Formats.Tests/Targets/Golden/{golden}", FormJson.Write(SeedForms.Read(seed)));

    [Theory]
    [InlineData(SeedForms.Hubei, "hubei-department")]
    [InlineData(SeedForms.Zhengzhou, "zhengzhou-2020")]
    [InlineData(SeedForms.Henan, "henan-2022-department,henan-2022-project-summary")]
    public void Read_PicksTheTemplateByItsMarkers(string seed, string templates) =>
        Assert.Equal(templates, string.Join(",", SeedForms.Read(seed).Select(f => f.TemplateId)));

    [Fact]
    public void Read_TableOfContentsHeadingBeforeTheForm_ReadsTheFormUnderTheLaterHeading()
    {
        var form = File.ReadAllText(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Targets", "Seeds", "002-henan-2022-performance.txt"));
        var contents = "## 十一、部门（单位）整体绩效目标表\n\n## 十二、部门预算项目绩效目标汇总表\n\n";

        var alone = SeedForms.Read(SeedForms.Henan)[0];
        var afterContents = FormTextReader.Read(contents + form)[0];

        Assert.NotEmpty(alone.Tasks);
        Assert.Equal((alone.Tasks.Count, alone.AllIndicators.Count()), (afterContents.Tasks.Count, afterContents.AllIndicators.Count()));
    }
}
