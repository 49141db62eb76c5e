using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>The workbook's shared string table: each distinct text is stored once.</summary>
internal sealed class XlsxSharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    public int Count => texts.Count;

    public int this[string text]
    {
        get
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = texts.Count;
                texts.Add(text);
                indexes.Add(text, index);
            }

            return index;
        }
    }

    public SharedStringTable Build() =>
        new(texts.Select(text => new SharedStringItem(new Text(text) { Space = Preserve(text) })))
        {
            Count = (uint)texts.Count,
            UniqueCount = (uint)texts.Count,
        };

    private static DocumentFormat.OpenXml.EnumValue<DocumentFormat.OpenXml.SpaceProcessingModeValues>? Preserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            ? DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve
            : null;
}
