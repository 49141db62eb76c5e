using DeptBudget.Core.Documents.Recognition;

namespace DeptBudget.Formats.Documents;

/// <summary>The table titles and old class names documents print, the column header synonyms (data/documents/*.tsv, embedded).</summary>
public static class ShippedDocumentVocabulary
{
    public static TableVocabulary Vocabulary { get; } = TableVocabulary.Parse(Resource("data/documents/titles.tsv"), Resource("data/documents/function-names.tsv"), Resource("data/documents/columns.tsv"));

    private static string Resource(string name)
    {
        using var stream = typeof(ShippedDocumentVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
