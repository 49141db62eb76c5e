using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Tests.Targets;

public class TemplateTests
{
    [Fact]
    public void Shipped_HasEveryLayoutOfTheSeedsAndTheHubeiProjectForm() =>
        Assert.Equal(
            ["henan-2022-department", "henan-2022-project-summary", "hubei-department", "hubei-project", "zhengzhou-2020"],
            ShippedTargetData.Templates.Select(t => t.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("hubei-department", "运行成本,管理效率,履职效能,社会效应,可持续发展能力,满意度")]
    [InlineData("zhengzhou-2020", "履职效能,管理效率,运行成本,服务满意,可持续性")]
    [InlineData("henan-2022-department", "工作目标管理,投入管理指标,产出指标,效益指标")]
    public void Template_FirstLevelSetOfDomain(string id, string firstLevel) =>
        Assert.Equal(firstLevel, string.Join(",", ShippedTargetData.Template(id).FirstLevel));

    [Fact]
    public void Template_Unknown_ListsTheShippedOnes()
    {
        var error = Assert.Throws<InputException>(() => ShippedTargetData.Template("shanghai"));

        Assert.Contains("hubei-department", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextOfNoKnownForm_AsksForATemplate() =>
        Assert.Contains("--template", Assert.Throws<InputException>(() => FormTextReader.Read("一张别的表\n")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("故障响应时间", "", Direction.LowerIsBetter)]
    [InlineData("厉行节约支出变动率", "", Direction.LowerIsBetter)]
    [InlineData("总体成本节约率", "", Direction.HigherIsBetter)]
    [InlineData("聘用人员满意度", "", Direction.HigherIsBetter)]
    [InlineData("2022年预算金额", "成本指标", Direction.LowerIsBetter)]
    [InlineData("大厅办事人员", "服务对象满意度", Direction.HigherIsBetter)]
    [InlineData("开发业务系统", "", Direction.Neither)]
    public void ShippedDirections_FromNameAndKind(string name, string kind, Direction expected) =>
        Assert.Equal(expected, ShippedTargetData.Vocabulary.Directions.Of(name, kind));
}
