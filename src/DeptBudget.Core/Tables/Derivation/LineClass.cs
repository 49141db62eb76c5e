using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Packs the attributes column and row filters look at into one int, so that a filter is
/// evaluated once per distinct class instead of once per line.
/// </summary>
internal readonly record struct LineClass(int Value)
{
    private const int EconomicClasses = 101;

    public static LineClass Of(ExpenditureKind kind, FundingSource source, bool carryOver, int economicClass, ProjectCategory? category, BodyKind body)
    {
        var economic = economicClass is >= 300 and < 400 ? economicClass - 300 : 100;
        var value = (int)kind;
        value = (value * 10) + (int)source;
        value = (value * 2) + (carryOver ? 1 : 0);
        value = (value * EconomicClasses) + economic;
        value = (value * 5) + (category is { } c ? (int)c + 1 : 0);
        value = (value * 2) + (int)body;
        return new LineClass(value);
    }

    public static LineClass OfRevenue(FundingSource source, bool carryOver) =>
        Of(ExpenditureKind.Personnel, source, carryOver, 0, null, BodyKind.Administrative);

    public static int Count => 6 * 10 * 2 * EconomicClasses * 5 * 2;

    public BodyKind Body => (BodyKind)(Value % 2);

    public ProjectCategory? Category => (Value / 2 % 5) is 0 ? null : (ProjectCategory)((Value / 2 % 5) - 1);

    /// <summary>The department economic 类 (301 …), or 0 when unknown.</summary>
    public int EconomicClass
    {
        get
        {
            var economic = Value / 10 % EconomicClasses;
            return economic == 100 ? 0 : 300 + economic;
        }
    }

    public bool CarryOver => Value / 10 / EconomicClasses % 2 == 1;

    public FundingSource Source => (FundingSource)(Value / 10 / EconomicClasses / 2 % 10);

    public ExpenditureKind Kind => (ExpenditureKind)(Value / 10 / EconomicClasses / 2 / 10);
}
