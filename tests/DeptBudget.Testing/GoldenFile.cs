using System.Text;

namespace DeptBudget.Testing;

/// <summary>
/// Compares output with a golden file kept in the source tree. With DEPTBUDGET_ACCEPT_GOLDEN=1 it writes the
/// output as the new golden file instead (review the change with git diff). See docs/TESTING.md.
/// </summary>
public static class GoldenFile
{
    public const string AcceptVariable = "DEPTBUDGET_ACCEPT_GOLDEN";

    /// <param name="relativePath">Path from the repository root, e.g. "tests/DeptBudget.Formats.Tests/Tables/Golden/tables.txt".</param>
    public static void Verify(string relativePath, string actual) =>
        Verify(relativePath, new UTF8Encoding(false).GetBytes(actual));

    public static void Verify(string relativePath, byte[] actual)
    {
        var path = Path.Combine(RepoPaths.Root, relativePath);
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
