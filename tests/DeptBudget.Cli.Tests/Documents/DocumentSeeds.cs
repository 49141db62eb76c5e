using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>The seed documents, as copied into the test projects (tests/DeptBudget.Formats.Tests/Narrative/Seeds).</summary>
internal static class DocumentSeeds
{
    public static string Path(string seed) => RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Narrative", "Seeds", $"seed-{seed}.txt");
}
