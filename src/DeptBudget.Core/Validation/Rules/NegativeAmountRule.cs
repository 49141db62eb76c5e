using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>A budget has no negative amounts or counts (负数): reductions are shown by smaller figures.</summary>
internal sealed class NegativeAmountRule : IDatasetRule
{
    public void Check(BudgetDataset dataset, ClassificationSet classifications, IssueList issues)
    {
        void Amount(string collection, int? index, string field, decimal? value)
        {
            if (value < 0)
            {
                issues.Error(collection, index, field,
                    $"金额 {Text.Amount(value.Value)} 是负数。预算中不能有负数，请填写 0 或正数。");
            }
        }

        void Count(string collection, int? index, string field, decimal value)
        {
            if (value < 0)
            {
                issues.Error(collection, index, field, $"数量 {Text.Number(value)} 是负数。请填写 0 或正数。");
            }
        }

        Each(dataset.Revenues, (i, r) => Amount(DatasetCollections.Revenues, i, "amount", r.Amount));
        Each(dataset.Expenditures, (i, e) => Amount(DatasetCollections.Expenditures, i, "amount", e.Amount));
        Each(dataset.Projects, (i, p) => Amount(DatasetCollections.Projects, i, "totalBudget", p.TotalBudget));
        Each(dataset.ThreePublic, (i, t) =>
        {
            foreach (var (year, amounts) in new[] { ("thisYear", t.ThisYear), ("lastYear", t.LastYear) })
            {
                Amount(DatasetCollections.ThreePublic, i, year + ".abroad", amounts.Abroad);
                Amount(DatasetCollections.ThreePublic, i, year + ".vehiclePurchase", amounts.VehiclePurchase);
                Amount(DatasetCollections.ThreePublic, i, year + ".vehicleOperation", amounts.VehicleOperation);
                Amount(DatasetCollections.ThreePublic, i, year + ".reception", amounts.Reception);
            }
        });
        Each(dataset.Procurement, (i, p) =>
        {
            Count(DatasetCollections.Procurement, i, "quantity", p.Quantity);
            Amount(DatasetCollections.Procurement, i, "unitPrice", p.UnitPrice);
            Amount(DatasetCollections.Procurement, i, "amount", p.Amount);
            Amount(DatasetCollections.Procurement, i, "smeAmount", p.SmeAmount);
            Amount(DatasetCollections.Procurement, i, "microAmount", p.MicroAmount);
        });
        Each(dataset.PurchasedServices, (i, s) => Amount(DatasetCollections.PurchasedServices, i, "amount", s.Amount));
        Each(dataset.SpecialTransfers, (i, s) => Amount(DatasetCollections.SpecialTransfers, i, "amount", s.Amount));
        StaffingCounts(DatasetCollections.Department, null, dataset.Department.Staffing, Count);
        Each(dataset.Units, (i, u) => StaffingCounts(DatasetCollections.Units, i, u.Staffing, Count));
        if (dataset.Assets is { } assets)
        {
            Count(DatasetCollections.Assets, null, "generalEquipmentOver50", assets.GeneralEquipmentOver50);
            Count(DatasetCollections.Assets, null, "specialEquipmentOver100", assets.SpecialEquipmentOver100);
            Amount(DatasetCollections.Assets, null, "totalAssets", assets.TotalAssets);
            Amount(DatasetCollections.Assets, null, "totalLiabilities", assets.TotalLiabilities);
            Each(assets.Vehicles, (i, v) => Count(DatasetCollections.Vehicles, i, "count", v.Count));
        }

        foreach (var (field, value) in LastYearFields.Of(dataset.LastYear))
        {
            Amount(DatasetCollections.LastYear, null, field, value);
        }
    }

    private static void StaffingCounts(string collection, int? index, Staffing? staffing, Action<string, int?, string, decimal> count)
    {
        if (staffing is null)
        {
            return;
        }

        count(collection, index, "staffing.administrativePosts", staffing.AdministrativePosts);
        count(collection, index, "staffing.institutionPosts", staffing.InstitutionPosts);
        count(collection, index, "staffing.activeWithPost", staffing.ActiveWithPost);
        count(collection, index, "staffing.activeWithoutPost", staffing.ActiveWithoutPost);
        count(collection, index, "staffing.retired", staffing.Retired);
        count(collection, index, "staffing.contracted", staffing.Contracted);
    }

    private static void Each<T>(IReadOnlyList<T> items, Action<int, T> check)
    {
        for (var i = 0; i < items.Count; i++)
        {
            check(i, items[i]);
        }
    }
}
