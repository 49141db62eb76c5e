using System.Text;
using System.Xml;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Reads the shared string table (xl/sharedStrings.xml): each item's text runs joined, phonetic hints left out.</summary>
internal static class SharedStringsReader
{
    public static string[] Read(Stream stream)
    {
        var items = new List<string>();
        var text = new StringBuilder();
        bool inText = false, inPhonetic = false;
        using var reader = XmlReader.Create(stream, XlsxSheetReader.Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "si":
                        text.Clear();
                        if (reader.IsEmptyElement)
                        {
                            items.Add("");
                        }

                        break;
                    case "t":
                        inText = !reader.IsEmptyElement && !inPhonetic;
                        break;
                    case "rPh":
                        inPhonetic = !reader.IsEmptyElement;
                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (inText)
                {
                    text.Append(reader.Value);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "t":
                        inText = false;
                        break;
                    case "rPh":
                        inPhonetic = false;
                        break;
                    case "si":
                        items.Add(text.ToString());
                        break;
                }
            }
        }

        return [.. items];
    }
}
