using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tests.TestData;
using DeptBudget.Tests.Builders;
using static DeptBudget.Core.Tests.TestData.Specs;

namespace DeptBudget.Core.Tests.Tables;

public class OtherSourcesTests
{
    [Fact]
    public void ThreePublic_ShowsThisAndLastYearWithVehiclesAsPurchasePlusOperation()
    {
        var dataset = new DatasetBuilder().Unit("100001").Unit("100002")
            .ThreePublic("100001", new ThreePublicAmounts { VehicleOperation = 2.3m, Reception = 1m }, new ThreePublicAmounts { Abroad = 5m })
            .ThreePublic("100002", new ThreePublicAmounts { VehiclePurchase = 20m }, new ThreePublicAmounts())
            .Build();
        var years = new RowBlockSpec
        {
            Type = RowBlockType.ThreePublicYears,
            Rows = [new FixedRowSpec { Label = "本年", Year = "this" }, new FixedRowSpec { Label = "上年", Year = "last" }],
        };
        var spec = Table(new PartSpec
        {
            Source = LineSource.ThreePublic,
            Rows = [years],
            Columns = [Label(), Value("total", measure: "total"), Value("vehicles", measure: "vehicles"), Value("abroad", measure: "abroad")],
        });

        var table = TableDeriver.Derive(dataset, TestClassifications.Build(), Profile(spec)).Single();

        Assert.Equal(23.3m, table.FindRow("thisYear")!["total"]);
        Assert.Equal(22.3m, table.FindRow("thisYear")!["vehicles"]);
        Assert.Equal(5m, table.FindRow("lastYear")!["abroad"]);
    }

    [Fact]
    public void Procurement_SumsAmountsByCategoryButNotQuantitiesOrPrices()
    {
        var dataset = new DatasetBuilder().Unit("100001")
            .Purchase("100001", "A02010105", 10, 4000)
            .Purchase("100001", "C99", 1, 15000.5m)
            .Build();
        var spec = Table(new PartSpec
        {
            Source = LineSource.Procurement,
            Rows = [Block(RowBlockType.Total), new RowBlockSpec { Type = RowBlockType.ProcurementLines, GroupByUnit = true }],
            Columns =
            [
                Label(),
                Value("quantity", measure: "quantity", additive: false),
                Value("price", measure: "unitPrice", additive: false),
                Value("amount", measure: "amount"),
                Value("goods", new LineFilter { ProcurementCategories = [ProcurementCategory.Goods] }, "amount"),
            ],
        }) with
        { Unit = TableUnit.Yuan };

        var table = TableDeriver.Derive(dataset, TestClassifications.Build(), Profile(spec)).Single();

        var total = table.FindRow("total")!;
        Assert.Equal(55000.5m, total["amount"]);
        Assert.Equal(40000m, total["goods"]);
        Assert.Null(total["quantity"]);
        Assert.Null(total["price"]);
        Assert.Equal(10m, table.FindRow("unit:100001/line:1")!["quantity"]);
        Assert.Equal("[A02010105]品目A02010105", table.FindRow("unit:100001/line:1")!.Texts["item"]);
    }

    [Fact]
    public void ExpenditureTableInYuan_ScalesTheSumsKeptIn10kYuan()
    {
        var dataset = new DatasetBuilder().Unit("100001").Expense("100001", "2010301", "30101", ExpenditureKind.Personnel, 1.23m).Build();
        var spec = Table(Part([Block(RowBlockType.Total)], Value("total"))) with { Unit = TableUnit.Yuan };

        var table = TableDeriver.Derive(dataset, TestClassifications.Build(), Profile(spec)).Single();

        Assert.Equal(12300m, table.Rows[0]["total"]);
    }
}
