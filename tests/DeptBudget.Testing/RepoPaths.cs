namespace DeptBudget.Testing;

/// <summary>Finds the repository's own files (samples, golden files) and ../shared beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>A path under the repository root, e.g. ("tests", "DeptBudget.Cli.Tests", "Golden", "x.tsv").</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Shared(params string[] parts) => Path.Combine([Path.GetDirectoryName(Root)!, "shared", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "DeptBudget.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DeptBudget.slnx not found above " + AppContext.BaseDirectory);
    }
}
