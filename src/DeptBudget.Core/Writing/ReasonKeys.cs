namespace DeptBudget.Core.Writing;

/// <summary>
/// The key of <c>BudgetDataset.Reasons</c> that explains a key figure (docs/DATASET.md §1.7): the same key, except
/// the “三公” items, which the reasons name <c>threePublic.ITEM</c> and their total <c>threePublic.total</c>.
/// </summary>
public static class ReasonKeys
{
    public static string For(string figureKey) => figureKey switch
    {
        "threePublic" => "threePublic.total",
        "abroad" or "vehicles" or "vehiclePurchase" or "vehicleOperation" or "reception" => "threePublic." + figureKey,
        _ => figureKey,
    };
}
