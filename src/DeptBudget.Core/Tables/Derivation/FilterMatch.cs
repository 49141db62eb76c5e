using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>Evaluates a <see cref="LineFilter"/> against a line class.</summary>
internal static class FilterMatch
{
    public static bool Matches(this LineFilter? filter, LineClass line, bool isRevenue)
    {
        if (filter is null)
        {
            return true;
        }

        if (filter.Nothing == true)
        {
            return false;
        }

        var source = line.Source;
        if (filter.Sources is { } sources && !sources.Contains(source))
        {
            return false;
        }

        if (filter.Fiscal is { } fiscal && source.IsFiscalAppropriation() != fiscal)
        {
            return false;
        }

        if (filter.UnitFunds is { } unitFunds && source.IsUnitFunds() != unitFunds)
        {
            return false;
        }

        if (filter.CarryOver is { } carry && line.CarryOver != carry)
        {
            return false;
        }

        if (isRevenue)
        {
            // Revenue lines have no kind, economic code, project or body: such filters select nothing.
            return filter.Kinds is null && filter.EconomicClasses is null && filter.ProjectCategories is null && filter.Body is null;
        }

        if (filter.Kinds is { } kinds && !kinds.Contains(line.Kind))
        {
            return false;
        }

        if (filter.EconomicClasses is { } classes &&
            !classes.Contains(line.EconomicClass.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            return false;
        }

        if (filter.ProjectCategories is { } categories && (line.Category is not { } category || !categories.Contains(category)))
        {
            return false;
        }

        return filter.Body is not { } body || line.Body == body;
    }
}
