using System.Text.Json;
using DeptBudget.Core.Profiles;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Profiles;

/// <summary>Reads a profile data file (data/profiles/*.json, or a finance bureau's own).</summary>
public static class ProfileJson
{
    public static Profile Read(string json, string fileName)
    {
        Profile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<Profile>(json, JsonOptions.Default);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行" : "";
            throw new InputException($"{fileName}：{where}无法读取式样：{ex.InnerException?.Message ?? ex.Message}", ex);
        }

        if (profile is null)
        {
            throw new InputException($"{fileName}：文件为空。");
        }

        var problems = ProfileValidator.Validate(profile);
        if (problems.Count > 0)
        {
            throw new InputException($"{fileName}：式样有误：{string.Join(" ", problems)}");
        }

        return profile;
    }

    public static string Write(Profile profile) => JsonSerializer.Serialize(profile, JsonOptions.Default);
}
