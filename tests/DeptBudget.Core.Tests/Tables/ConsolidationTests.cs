using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tests.TestData;
using DeptBudget.Tests.Builders;
using static DeptBudget.Core.Tests.TestData.Specs;

namespace DeptBudget.Core.Tests.Tables;

public class ConsolidationTests
{
    [Fact]
    public void Region_IsTheSumOfItsDepartments()
    {
        var a = new DatasetBuilder().Unit("100001").Expense("100001", "2010301", "30101", ExpenditureKind.Personnel, 10m).Build();
        var b = new DatasetBuilder().InYuan().Unit("200001").Expense("200001", "2010301", "30101", ExpenditureKind.Personnel, 55_000m).Build()
            with
        { Department = new Department { Code = "200", Name = "乙部门" } };

        var region = RegionConsolidation.Merge([a, b], "999", "某市");
        var table = TableDeriver.Derive(region, TestClassifications.Build(), Profile(Table(Part([Block(RowBlockType.Units), Block(RowBlockType.Total)], Value("total"))))).Single();

        Assert.Equal(15.5m, table.FindRow("total")!["total"]);
        Assert.Equal(5.5m, table.FindRow("unit:200001")!["total"]);
        Assert.Equal("某市", region.Department.Name);
    }

    [Fact]
    public void Region_RefusesDepartmentsOfDifferentYears()
    {
        var a = new DatasetBuilder().Unit("100001").Build();
        var b = new DatasetBuilder().Unit("200001").Build() with { Year = 2023 };

        var error = Assert.Throws<ArgumentException>(() => RegionConsolidation.Merge([a, b], "999", "某市"));
        Assert.Contains("年度不一致", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_RefusesDuplicateUnitCodes()
    {
        var a = new DatasetBuilder().Unit("100001").Build();

        var error = Assert.Throws<ArgumentException>(() => RegionConsolidation.Merge([a, a], "999", "某市"));
        Assert.Contains("100001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_RefusesDuplicateProjectCodes()
    {
        var a = new DatasetBuilder().Unit("100001").Project("P1", "100001", ProjectCategory.OtherOperating).Build();
        var b = new DatasetBuilder().Unit("200001").Project("P1", "200001", ProjectCategory.OtherOperating).Build();

        var error = Assert.Throws<ArgumentException>(() => RegionConsolidation.Merge([a, b], "999", "某市"));
        Assert.Contains("项目编码重复：P1", error.Message, StringComparison.Ordinal);
    }
}
