using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The seeds' performance forms, copied into the tests (seed 002: from 表十一 on), read once.</summary>
internal static class SeedForms
{
    public const string Hubei = "000-hubei.txt";
    public const string Zhengzhou = "003-zhengzhou-2020.txt";
    public const string Henan = "002-henan-2022-performance.txt";

    public static string Path(string name) => RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Targets", "Seeds", name);

    public static IReadOnlyList<PerformanceForm> Read(string name) => FormTextReader.Read(File.ReadAllText(Path(name)));
}
