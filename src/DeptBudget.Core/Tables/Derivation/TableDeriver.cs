using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Derives every table of a profile from a dataset: the department's consolidation of its units,
/// or one unit's tables.
/// </summary>
public static class TableDeriver
{
    public static IReadOnlyList<Table> Derive(BudgetDataset dataset, ClassificationSet classifications, Profile profile, string? unitCode = null)
    {
        var facts = LineFactsBuilder.Build(dataset, classifications, unitCode);
        return profile.Tables.Select(spec => Derive(facts, spec)).ToList();
    }

    /// <summary>Derives the tables in parallel; the same result as <see cref="Derive(BudgetDataset, ClassificationSet, Profile, string?)"/>.</summary>
    public static IReadOnlyList<Table> DeriveParallel(BudgetDataset dataset, ClassificationSet classifications, Profile profile, string? unitCode = null)
    {
        var facts = LineFactsBuilder.Build(dataset, classifications, unitCode, parallel: true);
        var tables = new Table[profile.Tables.Count];
        Parallel.For(0, tables.Length, i => tables[i] = Derive(facts, profile.Tables[i]));
        return tables;
    }

    internal static Table Derive(LineFacts facts, TableSpec spec)
    {
        var columns = new List<Column>();
        var rows = new List<TableRow>();
        foreach (var part in spec.Parts)
        {
            var plan = ColumnPlan.Of(part);
            columns.AddRange(part.Side == TableSide.None
                ? plan.Columns
                : [new Column { Label = part.Label ?? "", Side = part.Side, Children = plan.Columns }]);
            rows.AddRange(DeriveRows(facts, spec, part, plan));
        }

        var isEmpty = rows.All(r => r.Cells.Values.All(v => v is null));
        var text = new TemplateText(facts);
        rows = rows.Select(r => r.Label.Contains('{', StringComparison.Ordinal) ? r with { Label = text.Fill(r.Label) } : r).ToList();
        var notes = new List<string>();
        if (isEmpty && spec.EmptyNote is { } emptyNote)
        {
            notes.Add(text.Fill(emptyNote));
        }

        notes.AddRange(spec.Notes.Select(text.Fill));
        return new Table
        {
            Id = spec.Id,
            Number = spec.Number,
            Title = text.Fill(spec.Title),
            Subtitles = spec.Subtitles.Select(text.Fill).ToList(),
            Unit = spec.Unit,
            Columns = columns,
            Rows = rows,
            Notes = notes,
            IsEmpty = isEmpty,
        };
    }

    private static IEnumerable<TableRow> DeriveRows(LineFacts facts, TableSpec spec, PartSpec part, ColumnPlan plan)
    {
        switch (part.Source)
        {
            case LineSource.ThreePublic:
                return ThreePublicPart.Rows(facts, part, plan);
            case LineSource.Procurement:
                return ProcurementPart.Rows(facts, part, plan, spec.Unit);
            case LineSource.Expenditures:
            case LineSource.Revenues:
                var sums = new LinePartDeriver(facts, part, plan).Accumulate();
                var builder = new RowBuilder(facts, sums, new RowFactory(plan.Values, part.Side));
                var rows = part.Rows.SelectMany(builder.Build).ToList();
                return spec.Unit == TableUnit.Yuan ? rows.Select(InYuan) : rows;
        }

        throw new ArgumentOutOfRangeException(nameof(part), part.Source, "未知的数据来源。");
    }

    /// <summary>Line sums are kept in 万元; a table printed in 元 scales them.</summary>
    private static TableRow InYuan(TableRow row) => row with
    {
        Cells = row.Cells.ToDictionary(c => c.Key, c => c.Value * 10_000m, StringComparer.Ordinal),
    };

    private sealed class TemplateText(LineFacts facts)
    {
        public string Fill(string template)
        {
            var name = facts.SingleUnit?.Name ?? facts.Dataset.Department.Name;
            return template
                .Replace("{year}", facts.Dataset.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{department}", name, StringComparison.Ordinal)
                .Replace("{region}", facts.Dataset.Department.Region ?? "", StringComparison.Ordinal);
        }
    }
}
