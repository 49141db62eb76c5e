using DeptBudget.Core.Narrative;

namespace DeptBudget.Formats.Narrative;

/// <summary>The subject vocabulary of narrative facts (data/narrative/subjects.tsv, embedded).</summary>
public static class ShippedSubjects
{
    private const string Resource = "data/narrative/subjects.tsv";

    public static SubjectVocabulary Vocabulary { get; } = Load();

    private static SubjectVocabulary Load()
    {
        using var stream = typeof(ShippedSubjects).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return SubjectVocabulary.Parse(reader.ReadToEnd(), Resource);
    }
}
