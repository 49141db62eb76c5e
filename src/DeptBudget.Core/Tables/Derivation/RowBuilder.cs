using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Turns a part's sums into rows, block by block, in the profile's order.</summary>
internal sealed class RowBuilder(LineFacts facts, PartSums sums, RowFactory rows)
{
    private int fixedIndex;

    public IEnumerable<TableRow> Build(RowBlockSpec block) => block.Type switch
    {
        RowBlockType.Total => [rows.Make("total", null, block.Label ?? "合计", 0, RowRole.Total, sums.All.Row(0))],
        RowBlockType.Department => [DepartmentRow(block)],
        RowBlockType.Fixed => FixedRows(block),
        RowBlockType.Units => UnitRows(),
        RowBlockType.Function => new FunctionRows(facts, sums, rows).Build(block),
        RowBlockType.FunctionClasses => new FunctionRows(facts, sums, rows).Classes(block),
        RowBlockType.Economic => new EconomicRows(facts, sums, rows).Build(block),
        RowBlockType.EconomicPair => new EconomicRows(facts, sums, rows).Pairs(),
        RowBlockType.Projects => new ProjectRows(facts, sums, rows).Build(block),
        RowBlockType.ProcurementLines or RowBlockType.ThreePublicYears =>
            throw new ArgumentException($"行块 {block.Type} 只能用于对应的数据来源。", nameof(block)),
    };

    private TableRow DepartmentRow(RowBlockSpec block)
    {
        var (code, name) = facts.SingleUnit is { } unit
            ? (unit.Code, unit.Name)
            : (facts.Dataset.Department.Code, facts.Dataset.Department.Name);
        var texts = UnitTexts.Of(code, name);
        return rows.Make($"unit:{code}", code, block.Label ?? name, 1, RowRole.Subtotal, sums.All.Row(0), texts, RowCodeKind.Unit);
    }

    private IEnumerable<TableRow> FixedRows(RowBlockSpec block)
    {
        foreach (var spec in block.Rows ?? [])
        {
            var index = fixedIndex++;
            yield return rows.Make(spec.Key ?? $"row:{spec.Label}", spec.Code, spec.Label, spec.Level, spec.Role, sums.Fixed.Row(index));
        }
    }

    private IEnumerable<TableRow> UnitRows()
    {
        for (var i = 0; i < facts.Units.Count; i++)
        {
            var unit = facts.Units[i];
            var texts = UnitTexts.Of(unit.Code, unit.Name);
            yield return rows.Make($"unit:{unit.Code}", unit.Code, unit.Name, 2, RowRole.Detail, sums.Units.Row(i), texts, RowCodeKind.Unit);
        }
    }
}
