using System.Collections.Concurrent;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Formats.Profiles;

/// <summary>The profiles shipped with DeptBudget (data/profiles/*.json), and profiles given as a file path.</summary>
public static class ShippedProfiles
{
    public const string DefaultId = "henan-2022";

    private const string Prefix = "data/profiles/";
    private static readonly ConcurrentDictionary<string, Profile> Cache = new(StringComparer.Ordinal);

    /// <summary>The ids of the shipped profiles.</summary>
    public static IReadOnlyList<string> Ids { get; } = typeof(ShippedProfiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A shipped profile by id, or a profile file by path (a finance bureau's own layout).</summary>
    public static Profile Get(string idOrPath)
    {
        if (idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(idOrPath))
            {
                throw new InputException($"式样文件 {idOrPath} 不存在。");
            }

            return ProfileJson.Read(File.ReadAllText(idOrPath), idOrPath);
        }

        return Cache.GetOrAdd(idOrPath, Load);
    }

    /// <summary>
    /// A profile to check or render a budget dataset with: a final-accounts (决算) profile is refused, since its rules
    /// and year-end figures read what only a published 决算 document has.
    /// </summary>
    public static Profile ForDataset(string idOrPath)
    {
        var profile = Get(idOrPath);
        return profile.Kind == DisclosureKind.Budget ? profile
            : throw new InputException($"式样 {profile.Id} 是部门决算式样，用于审核公开的决算文件（deptbudget check 文件.pdf）；数据集是部门预算，请用预算式样：{string.Join("、", Ids.Where(id => Get(id).Kind == DisclosureKind.Budget))}。");
    }

    private static Profile Load(string id)
    {
        using var stream = typeof(ShippedProfiles).Assembly.GetManifestResourceStream($"{Prefix}{id}.json")
            ?? throw new InputException($"没有名为 {id} 的式样；可用的式样：{string.Join("、", Ids)}，或给出式样文件的路径（.json）。");
        using var reader = new StreamReader(stream);
        return ProfileJson.Read(reader.ReadToEnd(), $"{id}.json");
    }
}
