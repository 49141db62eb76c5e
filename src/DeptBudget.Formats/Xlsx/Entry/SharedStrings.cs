using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The shared string table of a workbook being written: each distinct text once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    public string IndexOf(string text)
    {
        text = Clean(text);
        if (!index.TryGetValue(text, out var i))
        {
            i = texts.Count;
            index.Add(text, i);
            texts.Add(text);
        }

        return i.ToString(CultureInfo.InvariantCulture);
    }

    public void WriteTo(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<SharedStringTablePart>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count });
        foreach (var text in texts)
        {
            var t = new Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                t.Space = SpaceProcessingModeValues.Preserve;
            }

            writer.WriteElement(new SharedStringItem(t));
        }

        writer.WriteEndElement();
    }

    /// <summary>XML cannot hold most control characters; they are dropped (line breaks and tabs stay).</summary>
    private static string Clean(string text)
    {
        if (!text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r'))
        {
            clean.Append(c);
        }

        return clean.ToString();
    }
}
