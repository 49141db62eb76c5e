using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Figures;

/// <summary>The part of a dataset one unit's key figures are read from.</summary>
public static class DatasetScope
{
    /// <summary>
    /// The dataset with only the unit's lines; last year's figures are the department's, so they are dropped.
    /// Null <paramref name="unitCode"/> returns the dataset as it is.
    /// </summary>
    public static BudgetDataset ToUnit(BudgetDataset dataset, string? unitCode)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (unitCode is null)
        {
            return dataset;
        }

        bool Own(string unit) => string.Equals(unit, unitCode, StringComparison.Ordinal);
        return dataset with
        {
            Units = dataset.Units.Where(u => Own(u.Code)).ToList(),
            Revenues = dataset.Revenues.Where(l => Own(l.Unit)).ToList(),
            Expenditures = dataset.Expenditures.Where(l => Own(l.Unit)).ToList(),
            ThreePublic = dataset.ThreePublic.Where(l => Own(l.Unit)).ToList(),
            Procurement = dataset.Procurement.Where(l => Own(l.Unit)).ToList(),
            PurchasedServices = dataset.PurchasedServices.Where(l => Own(l.Unit)).ToList(),
            LastYear = null,
        };
    }
}
