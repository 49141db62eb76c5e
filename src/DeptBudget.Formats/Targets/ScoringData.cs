using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>The shipped scoring methods: data/targets/scoring.json (projects) and the other scoring*.json files.</summary>
public static class ScoringData
{
    public static ScoringMethods Methods { get; } = new(typeof(ScoringData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("data/targets/scoring", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(n => JsonInput.Read<ScoringRules>(Resource(n), n, "计分办法"))
        .ToList());

    /// <summary>A bureau's own method, in the shipped files' format.</summary>
    public static ScoringRules ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? JsonInput.Read<ScoringRules>(File.ReadAllText(path), path, "计分办法") : throw new InputException($"计分办法文件 {path} 不存在。");
    }

    private static string Resource(string name)
    {
        using var reader = new StreamReader(typeof(ScoringData).Assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
