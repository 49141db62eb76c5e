namespace DeptBudget.Cli.Tests.Support;

/// <summary>Finds the repository's own files (samples, golden files) and ../shared beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static string Golden(params string[] parts) => Path.Combine([Root, "tests", "DeptBudget.Cli.Tests", "Golden", .. parts]);

    public static string Shared(params string[] parts) => Path.Combine([Path.GetDirectoryName(Root)!, "shared", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DeptBudget.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DeptBudget.slnx not found above " + AppContext.BaseDirectory);
    }
}
