using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Classifications;

/// <summary>The id of a 收入来源 in revenue-sources.csv: the <see cref="FundingSource"/> member in camelCase.</summary>
public static class RevenueSourceIds
{
    public static string Id(FundingSource source)
    {
        var name = source.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse(string text, out FundingSource source)
    {
        foreach (var candidate in Enum.GetValues<FundingSource>())
        {
            if (string.Equals(Id(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
