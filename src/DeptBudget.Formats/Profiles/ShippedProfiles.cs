namespace DeptBudget.Formats.Profiles;

/// <summary>The profiles shipped with DeptBudget (data/profiles/*.json).</summary>
public static class ShippedProfiles
{
    public const string DefaultId = "henan-2022";

    /// <summary>The budget year a profile is for.</summary>
    public static int YearOf(string profileId) =>
        throw new NotImplementedException($"profile {profileId} is not loaded yet");
}
