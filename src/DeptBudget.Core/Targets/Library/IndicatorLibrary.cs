using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Figures;

namespace DeptBudget.Core.Targets.Library;

/// <summary>The common indicators (指标库, DOMAIN §6.4): find a form's indicator in it, and compute a value from inputs.</summary>
public sealed class IndicatorLibrary(IReadOnlyList<LibraryIndicator> entries)
{
    public IReadOnlyList<LibraryIndicator> Entries { get; } = entries;

    /// <summary>A library without entries: the review then checks nothing against it.</summary>
    public static IndicatorLibrary Empty { get; } = new([]);

    /// <summary>The 二级 groups each entry may sit under.</summary>
    public IndicatorPlacements Placements { get; init; } = IndicatorPlacements.None;

    /// <summary>Relations between the targets of two indicators of one form.</summary>
    public IReadOnlyList<IndicatorRelation> Relations { get; init; } = [];

    /// <summary>
    /// The library entry a form's indicator name means: the same name or synonym (quotes and spaces ignored), else
    /// the entry whose name or synonym ends the form's name, longest first (项目预算执行率 → 预算执行率).
    /// </summary>
    public LibraryIndicator? Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = Normalize(name);
        if (wanted.Length == 0)
        {
            return null;
        }

        var names = Entries.SelectMany(e => e.Synonyms.Prepend(e.Name).Select(n => (Entry: e, Name: Normalize(n)))).ToList();
        return names.FirstOrDefault(n => n.Name == wanted).Entry
            ?? names.Where(n => wanted.EndsWith(n.Name, StringComparison.Ordinal)).OrderByDescending(n => n.Name.Length).FirstOrDefault().Entry;
    }

    /// <summary>The indicator's value from named inputs (预算数, 执行数 …); null when one is missing or a divisor is 0.</summary>
    public static decimal? Evaluate(LibraryIndicator indicator, IReadOnlyDictionary<string, decimal> inputs)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Formula.Evaluate(inputs);
    }

    /// <summary>The inputs the budget dataset gives, read from its key figures (主要数据) as the entry maps them.</summary>
    public static Dictionary<string, decimal> InputsFromKeyFigures(LibraryIndicator indicator, Table keyFigures)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(keyFigures);
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (input, figure) in indicator.KeyFigureInputs)
        {
            var dot = figure.LastIndexOf('.');
            var (row, column) = dot < 0 ? (figure, KeyFigures.ThisYear) : (figure[..dot], figure[(dot + 1)..]);
            if (keyFigures.Rows.FirstOrDefault(r => r.Key == row)?.Cells.GetValueOrDefault(column) is { } value)
            {
                inputs[input] = value;
            }
        }

        return inputs;
    }

    /// <summary>The name without spaces and quotes, as names are compared.</summary>
    internal static string Normalize(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '\'')).ToArray());
}
