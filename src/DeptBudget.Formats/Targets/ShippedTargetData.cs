using DeptBudget.Core.Targets;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>The target templates (data/targets/templates/*.json) and word lists (data/targets/*.tsv, *.txt) shipped with DeptBudget.</summary>
public static class ShippedTargetData
{
    private const string Prefix = "data/targets/";

    public static IReadOnlyList<FormTemplate> Templates { get; } = ResourceNames($"{Prefix}templates/", ".json")
        .Select(name => ReadTemplate(Resource(name), name[Prefix.Length..]))
        .ToList();

    public static ReviewVocabulary Vocabulary { get; } = new()
    {
        Directions = new DirectionLexicon(Lines("directions.tsv").Select(ReadDirection)),
        VagueWords = Lines("vague-words.txt"),
        CheckableWords = Lines("checkable-words.txt"),
        Bases = Lines("bases.txt"),
        Classes = Lines("classes.txt"),
        Library = LibraryData.Library,
        CountUnits = Lines("count-units.tsv").Select(l => l.Split('\t')).Select(c => (c[0].Trim(), c.Length > 1 ? c[1].Trim() : "")).ToList(),
    };

    /// <summary>A shipped template by id, or a template file by path (a finance bureau's own layout).</summary>
    public static FormTemplate Template(string idOrPath)
    {
        if (idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(idOrPath)
                ? ReadTemplate(File.ReadAllText(idOrPath), idOrPath)
                : throw new InputException($"式样文件 {idOrPath} 不存在。");
        }

        return Templates.FirstOrDefault(t => t.Id == idOrPath)
            ?? throw new InputException($"没有名为 {idOrPath} 的绩效目标表式样；可用的式样：{string.Join("、", Templates.Select(t => t.Id))}，或给出式样文件的路径（.json）。");
    }

    internal static FormTemplate ReadTemplate(string json, string fileName) => JsonInput.Read<FormTemplate>(json, fileName, "绩效目标表式样");

    private static (string, Direction) ReadDirection(string line)
    {
        var cells = line.Split('\t');
        var direction = cells.Length > 1 ? cells[1].Trim() : "";
        return (cells[0].Trim(), direction switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            _ => throw new InvalidOperationException($"directions.tsv: “{line}” needs higher or lower"),
        });
    }

    /// <summary>The non-empty lines of a word list, without "#" comments.</summary>
    private static List<string> Lines(string file) => Resource(Prefix + file)
        .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static IEnumerable<string> ResourceNames(string prefix, string extension) => typeof(ShippedTargetData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    private static string Resource(string name)
    {
        using var stream = typeof(ShippedTargetData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
