using System.Text.Json;
using DeptBudget.Core.Profiles;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Profiles;

/// <summary>Reads a profile data file (data/profiles/*.json, or a finance bureau's own).</summary>
public static class ProfileJson
{
    public static Profile Read(string json, string fileName)
    {
        var profile = JsonInput.Read<Profile>(json, fileName, "式样");
        var problems = ProfileValidator.Validate(profile);
        if (problems.Count > 0)
        {
            throw new InputException($"{fileName}：式样有误：{string.Join(" ", problems)}");
        }

        return profile;
    }

    public static string Write(Profile profile) => JsonSerializer.Serialize(profile, JsonOptions.Default);
}
