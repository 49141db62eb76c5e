using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>The shipped indicator library (data/targets/library.tsv) and scoring method (data/targets/scoring.json).</summary>
public static class LibraryData
{
    public static IndicatorLibrary Library { get; } = Shipped();

    public static ScoringRules Scoring { get; } = JsonInput.Read<ScoringRules>(Resource("data/targets/scoring.json"), "data/targets/scoring.json", "计分办法");

    /// <summary>
    /// Reads a library file: tab-separated name, synonyms (、), 一级, 二级, unit, direction (higher|lower), formula,
    /// dataset inputs (input=keyFigure.column;…), definition; "#" lines are comments.
    /// </summary>
    public static IndicatorLibrary ReadLibrary(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<LibraryIndicator>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 7)
            {
                throw new InputException($"{fileName} 第 {i + 1} 行：应有至少 7 列（名称、同义词、一级、二级、单位、方向、公式），只有 {cells.Length} 列。");
            }

            entries.Add(Entry(cells, fileName, i + 1));
        }

        return new IndicatorLibrary(entries);
    }

    private static LibraryIndicator Entry(string[] cells, string fileName, int line)
    {
        Formula formula;
        try
        {
            formula = Formula.Parse(cells[6]);
        }
        catch (FormatException ex)
        {
            throw new InputException($"{fileName} 第 {line} 行第 7 列：{ex.Message}", ex);
        }

        return new LibraryIndicator
        {
            Name = cells[0].Trim(),
            Synonyms = Split(cells[1], '、'),
            Level1 = cells[2].Trim(),
            Level2 = cells[3].Trim(),
            Unit = cells[4].Trim(),
            Direction = cells[5].Trim() switch
            {
                "higher" => Direction.HigherIsBetter,
                "lower" => Direction.LowerIsBetter,
                var other => throw new InputException($"{fileName} 第 {line} 行第 6 列：方向“{other}”应为 higher 或 lower。"),
            },
            Formula = formula,
            KeyFigureInputs = cells.Length > 7
                ? Split(cells[7], ';').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal),
            Definition = cells.Length > 8 ? cells[8].Trim() : "",
        };
    }

    /// <summary>The library with where its indicators may sit (placements.tsv, level1- and level2-synonyms.tsv) and the relations between them (relations.tsv).</summary>
    private static IndicatorLibrary Shipped()
    {
        const string Prefix = "data/targets/";
        var library = ReadLibrary(Resource(Prefix + "library.tsv"), Prefix + "library.tsv");
        return new IndicatorLibrary(library.Entries)
        {
            Placements = IndicatorPlacements.Parse(Resource(Prefix + "placements.tsv"), Prefix + "placements.tsv", Resource(Prefix + "level2-synonyms.tsv"), Prefix + "level2-synonyms.tsv",
                Resource(Prefix + "level1-synonyms.tsv"), Prefix + "level1-synonyms.tsv"),
            Relations = IndicatorRelation.Parse(Resource(Prefix + "relations.tsv"), Prefix + "relations.tsv"),
        };
    }

    private static List<string> Split(string cell, char separator) =>
        cell.Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static string Resource(string name)
    {
        using var stream = typeof(LibraryData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
