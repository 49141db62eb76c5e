using System.Text;

namespace DeptBudget.Formats.Tests.Support;

/// <summary>
/// Compares output with a golden file kept in the source tree. With DEPTBUDGET_ACCEPT_GOLDEN=1 it writes the
/// output as the new golden file instead (review the change with git diff). See docs/TESTING.md.
/// </summary>
internal static class GoldenFile
{
    public const string AcceptVariable = "DEPTBUDGET_ACCEPT_GOLDEN";

    /// <param name="relativePath">Path under tests/DeptBudget.Formats.Tests, e.g. "Tables/Golden/tables.txt".</param>
    public static void Verify(string relativePath, string actual) =>
        Verify(relativePath, new UTF8Encoding(false).GetBytes(actual));

    public static void Verify(string relativePath, byte[] actual)
    {
        var path = Path.Combine(ProjectDirectory(), relativePath);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Create it with {AcceptVariable}=1 dotnet test, then review it.");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Fail($"Output differs from golden file {path}:\n{FirstDifference(expected, actual)}\n" +
                $"If the change is intended, accept it with {AcceptVariable}=1 dotnet test and review it with git diff.");
        }
    }

    /// <summary>The test project's source directory, found from the build output by the solution file.</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeptBudget.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "DeptBudget.Formats.Tests");
            }
        }

        throw new InvalidOperationException($"No DeptBudget.slnx above {AppContext.BaseDirectory}.");
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"line {i + 1}\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "(same text, different bytes)";
    }
}
