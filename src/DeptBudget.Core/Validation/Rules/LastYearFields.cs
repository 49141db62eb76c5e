using DeptBudget.Core.Model;

namespace DeptBudget.Core.Validation.Rules;

/// <summary>Last year's figures by their JSON field names ("generalBudgetByClass.201" for a 类).</summary>
internal static class LastYearFields
{
    public static IEnumerable<(string Field, decimal? Value)> Of(LastYearFigures? figures)
    {
        if (figures is null)
        {
            yield break;
        }

        yield return ("revenueTotal", figures.RevenueTotal);
        yield return ("expenditureTotal", figures.ExpenditureTotal);
        yield return ("fiscalAppropriation", figures.FiscalAppropriation);
        yield return ("generalBudget", figures.GeneralBudget);
        yield return ("governmentFund", figures.GovernmentFund);
        yield return ("stateCapital", figures.StateCapital);
        yield return ("basic", figures.Basic);
        yield return ("project", figures.Project);
        yield return ("personnel", figures.Personnel);
        yield return ("operating", figures.Operating);
        yield return ("agencyOperatingCosts", figures.AgencyOperatingCosts);
        yield return ("procurement", figures.Procurement);
        yield return ("purchasedServices", figures.PurchasedServices);
        foreach (var (code, amount) in figures.GeneralBudgetByClass)
        {
            yield return ("generalBudgetByClass." + code, amount);
        }
    }
}
