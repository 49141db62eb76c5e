using DeptBudget.Core.Narrative;
using DeptBudget.Formats.Narrative;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Narrative;

/// <summary>
/// Every fact read from the seeds' narratives, as golden files (Narrative/Golden/seed-NNN.facts.tsv): review a change
/// with git diff and accept it with DEPTBUDGET_ACCEPT_GOLDEN=1.
/// </summary>
public class SeedFactsTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    public void Read_Seed_ListsEveryFactAsTheGoldenFile(string seed)
    {
        var (document, facts) = Seeds.Read(seed);

        GoldenFile.Verify($"tests/DeptBudget.Formats.Tests/Narrative/Golden/seed-{seed}.facts.tsv", FactListing.Write(document, facts));
    }
}

/// <summary>The seeds' text, kept beside the tests (copies of ../shared/seeds).</summary>
internal static class Seeds
{
    public static string Text(string seed) => File.ReadAllText(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Narrative", "Seeds", $"seed-{seed}.txt"));

    public static (NarrativeDocument Document, NarrativeFacts Facts) Read(string seed) => ReadText(Text(seed));

    public static (NarrativeDocument Document, NarrativeFacts Facts) ReadText(string text)
    {
        var document = NarrativeReader.Read(text);
        return (document, FactReader.Read(document, ShippedSubjects.Vocabulary));
    }
}
