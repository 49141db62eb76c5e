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
}
