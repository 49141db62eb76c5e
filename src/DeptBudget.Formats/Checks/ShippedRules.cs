using DeptBudget.Core.Checks;

namespace DeptBudget.Formats.Checks;

/// <summary>The built-in rules (data/rules/*.rules, embedded), and reviewers' rule files read from disk.</summary>
public static class ShippedRules
{
    private const string Prefix = "data/rules/";

    /// <summary>Every built-in rule, in file order.</summary>
    public static IReadOnlyList<Rule> All { get; } = Load();

    /// <summary>A reviewer's rule file; a missing file is an <see cref="InputException"/>, a bad rule a RuleException.</summary>
    public static IReadOnlyList<Rule> ReadFile(string path) => File.Exists(path)
        ? RuleFile.Parse(File.ReadAllText(path), Path.GetFileName(path))
        : throw new InputException($"规则文件 {path} 不存在。");

    private static List<Rule> Load()
    {
        var assembly = typeof(ShippedRules).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".rules", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return RuleFile.Parse(reader.ReadToEnd(), name);
            })
            .ToList();
    }
}
