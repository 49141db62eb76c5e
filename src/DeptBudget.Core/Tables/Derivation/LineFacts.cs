using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// The expenditure and revenue lines of one derivation, flattened into arrays once: amounts in
/// hundredths of the table unit (each line rounded half-up first, so every table adds up exactly),
/// line classes, and dense slots for the dimensions rows are grouped by.
/// </summary>
internal sealed class LineFacts
{
    public required BudgetDataset Dataset { get; init; }

    public required ClassificationSet Classifications { get; init; }

    /// <summary>The units in scope, in dataset order.</summary>
    public required IReadOnlyList<BudgetUnit> Units { get; init; }

    /// <summary>The first unit in scope with each code.</summary>
    public required IReadOnlyDictionary<string, BudgetUnit> UnitByCode { get; init; }

    public required IReadOnlyList<Project> Projects { get; init; }

    public required ExpenditureFacts Expenditures { get; init; }

    public required RevenueFacts Revenues { get; init; }

    /// <summary>A single unit's derivation (--unit) rather than the department's consolidation.</summary>
    public BudgetUnit? SingleUnit { get; init; }
}

/// <summary>Lines of one kind as parallel arrays; a line's class is a dense slot into <see cref="ClassValues"/>.</summary>
internal abstract class LineArrays
{
    /// <summary>Dense slot of the line's <see cref="LineClass"/>: a part evaluates its filters once per slot.</summary>
    public required int[] ClassSlot { get; init; }

    /// <summary>The <see cref="LineClass"/> values by slot.</summary>
    public required int[] ClassValues { get; init; }

    public required long[] Amount { get; init; }

    public required int[] Unit { get; init; }

    public int Count => Amount.Length;
}

internal sealed class ExpenditureFacts : LineArrays
{
    private readonly Lazy<ClassCube> cube;

    public ExpenditureFacts() => cube = new Lazy<ClassCube>(() => ClassCube.Of(this, CubeLimit));

    /// <summary>The largest matrix the cube builds (see <see cref="ClassCube.MaxCells"/>).</summary>
    public long CubeLimit { get; init; } = ClassCube.MaxCells;

    /// <summary>The lines summed by class and grouping slot, built the first time a part needs it.</summary>
    public ClassCube Cube => cube.Value;

    /// <summary>Dense slot of the 7-digit function code; codes in <see cref="FunctionCodes"/>.</summary>
    public required int[] Function { get; init; }

    public required int[] Economic { get; init; }

    public required int[] Government { get; init; }

    /// <summary>Dense slot of the (department, government) economic pair.</summary>
    public required int[] Pair { get; init; }

    /// <summary>Index into <see cref="LineFacts.Projects"/>, or -1.</summary>
    public required int[] Project { get; init; }

    public required int[] FunctionCodes { get; init; }

    public required int[] EconomicCodes { get; init; }

    /// <summary>Government codes by slot; 0 where the mapping has no rule.</summary>
    public required int[] GovernmentCodes { get; init; }

    public required (int Department, int Government)[] PairCodes { get; init; }
}

internal sealed class RevenueFacts : LineArrays;
