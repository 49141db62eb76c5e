using System.CommandLine;

namespace DeptBudget.Cli.Commands;

/// <summary>The data directory where an administrator's loaded code lists live (--data-dir).</summary>
internal static class DataDirectory
{
    public static Option<string?> Option() =>
        new("--data-dir") { Description = "数据目录（默认 $DEPTBUDGET_DATA 或 ~/.local/share/deptbudget）" };

    /// <summary>--data-dir, else $DEPTBUDGET_DATA, else the user's local data folder (~/.local/share/deptbudget).</summary>
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("DEPTBUDGET_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(
            string.IsNullOrEmpty(local) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share") : local,
            "deptbudget");
    }
}
