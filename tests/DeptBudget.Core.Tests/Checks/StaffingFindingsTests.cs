using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tests.Checks;

public sealed class StaffingFindingsTests
{
    private static readonly BudgetDataset Dataset = new()
    {
        Year = 2023,
        Department = new Department { Code = "301", Name = "教育局", Staffing = new Staffing { AdministrativePosts = 28, InstitutionPosts = 12, ActiveWithPost = 37 } },
        Units =
        [
            new BudgetUnit { Code = "301001", Name = "本级", Staffing = new Staffing { AdministrativePosts = 28, ActiveWithPost = 26 } },
            new BudgetUnit { Code = "301002", Name = "研究室", Staffing = new Staffing { InstitutionPosts = 12, ActiveWithPost = 11 } },
        ],
    };

    [Fact]
    public void DepartmentEqualToItsUnits_HasNoFinding() =>
        Assert.Empty(StaffingFindings.DepartmentAgainstUnits(Dataset));

    [Fact]
    public void DepartmentDifferingFromItsUnits_IsAWarningWithTheFigures()
    {
        var dataset = Dataset with { Department = Dataset.Department with { Staffing = Dataset.Department.Staffing! with { ActiveWithPost = 40 } } };

        var finding = Assert.Single(StaffingFindings.DepartmentAgainstUnits(dataset));

        Assert.Equal((StaffingFindings.RuleId, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal((40m, 37m, 3m), (finding.Stated, finding.Expected, finding.Difference));
        Assert.Equal("概况/编制：实有在职人员（在编A）", finding.Location.Section);
        Assert.Contains("所属 2 个单位合计 37 人，多 3 人", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDepartmentStaffing_IsNotChecked() =>
        Assert.Empty(StaffingFindings.DepartmentAgainstUnits(Dataset with { Department = Dataset.Department with { Staffing = null } }));
}
