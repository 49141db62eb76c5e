using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Formats.Checks;

/// <summary>
/// The tables check runs over: the profile's tables and the key figures (主要数据), scoped to the unit; with a
/// prefix (“last:” for last year's) on every id.
/// </summary>
public static class CheckedTables
{
    public static IReadOnlyList<Table> Of(BudgetDataset dataset, ClassificationSet classifications, Profile profile, string? unitCode, string prefix = "")
    {
        var tables = TableDeriver.Derive(dataset, classifications, profile, unitCode);
        return Join(tables, KeyFiguresOf(tables, dataset, unitCode), prefix);
    }

    /// <summary>The key figures of tables derived from the dataset for the unit (null: the whole dataset).</summary>
    public static Table KeyFiguresOf(IReadOnlyList<Table> tables, BudgetDataset dataset, string? unitCode) =>
        KeyFigures.Derive(tables, DatasetScope.ToUnit(dataset, unitCode));

    /// <summary>The derived tables followed by their key figures, every id prefixed.</summary>
    public static IReadOnlyList<Table> Join(IReadOnlyList<Table> tables, Table keyFigures, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(tables);
        List<Table> all = [.. tables, keyFigures];
        return prefix.Length == 0 ? all : all.Select(t => t with { Id = prefix + t.Id }).ToList();
    }
}
