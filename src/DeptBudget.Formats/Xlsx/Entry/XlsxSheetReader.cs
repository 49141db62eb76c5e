using System.Globalization;
using System.Text;
using System.Xml;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Reads a worksheet's XML in one forward pass (no DOM), keeping each cell's stored value, whether it is
/// a formula, and the merged ranges. Numbers keep the digits Excel stored, so amounts are exact decimals.
/// </summary>
internal static class XlsxSheetReader
{
    private static readonly RawCell Empty = new("", CellFlavor.Text, false);

    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static RawSheet Read(string name, bool hidden, Stream stream, string[] sharedStrings, ImportProblems problems)
    {
        var rows = new List<RawRow>();
        var merges = new List<CellRange>();
        var cells = new List<(int Column, RawCell Cell)>();
        var value = new StringBuilder();
        int rowNumber = 0, column = -1;
        string? type = null;
        bool formula = false, inValue = false, inText = false, inPhonetic = false;
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "row":
                            rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                            column = -1;
                            cells.Clear();
                            break;
                        case "c":
                            column = ColumnLetters.TryParseReference(reader.GetAttribute("r"), out _, out var c) ? c : column + 1;
                            type = reader.GetAttribute("t");
                            formula = false;
                            value.Clear();
                            if (reader.IsEmptyElement)
                            {
                                AddCell();
                            }

                            break;
                        case "f":
                            formula = true;
                            break;
                        case "v":
                            inValue = !reader.IsEmptyElement;
                            break;
                        case "t":
                            inText = !reader.IsEmptyElement && !inPhonetic;
                            break;
                        case "rPh":
                            inPhonetic = !reader.IsEmptyElement;
                            break;
                        case "mergeCell" when CellRange.TryParse(reader.GetAttribute("ref") ?? "", out var range):
                            merges.Add(range);
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inValue || inText)
                    {
                        value.Append(reader.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "v":
                            inValue = false;
                            break;
                        case "t":
                            inText = false;
                            break;
                        case "rPh":
                            inPhonetic = false;
                            break;
                        case "c":
                            AddCell();
                            break;
                        case "row" when cells.Count > 0:
                            var array = new RawCell[cells.Max(x => x.Column) + 1];
                            Array.Fill(array, Empty);
                            foreach (var (col, cell) in cells)
                            {
                                array[col] = cell;
                            }

                            rows.Add(new RawRow(rowNumber, array));
                            if (rows.Count > InputLimits.MaxRowsPerSheet)
                            {
                                problems.Error(new SourcePlace(name, rowNumber), string.Create(CultureInfo.InvariantCulture,
                                    $"本表超过 {InputLimits.MaxRowsPerSheet} 行的上限，其后的行未读取。请删除空行或拆分数据后再导入。"));
                                return new RawSheet(name, hidden, rows, merges);
                            }

                            break;
                    }

                    break;
            }
        }

        return new RawSheet(name, hidden, rows, merges);

        void AddCell()
        {
            if (column < 0 || (value.Length == 0 && !formula))
            {
                return;
            }

            var text = value.ToString();
            var cell = type switch
            {
                "s" => new RawCell(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Length ? sharedStrings[i] : "", CellFlavor.Text, formula),
                "b" => new RawCell(text == "1" ? "TRUE" : "FALSE", CellFlavor.Boolean, formula),
                "e" => new RawCell(text, CellFlavor.Error, formula),
                "str" or "inlineStr" or "d" => new RawCell(text, CellFlavor.Text, formula),
                _ => new RawCell(text, CellFlavor.Number, formula),
            };
            cells.Add((column, cell));
            value.Clear();
            formula = false;
        }
    }
}
