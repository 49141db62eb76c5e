using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetList = DocumentFormat.OpenXml.Spreadsheet.Sheets;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// Writes an xlsx workbook sheet by sheet with OpenXml's streaming writer (so 100,000-row sheets stay
/// cheap): header row, rows of values (string, decimal, int, bool as 是/否, <see cref="Styled"/>, null),
/// column widths and formats, drop-downs and a frozen header.
/// </summary>
internal sealed class XlsxBuilder : IDisposable
{

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly SharedStrings strings = new();
    private readonly SheetList sheets = new();

    public XlsxBuilder(string path)
    {
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        EntryStyles.AddTo(workbook);
    }

    public void AddSheet(SheetSpec spec, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(SheetParts.SheetViews(spec, first: sheets.ChildElements.Count == 0));
            writer.WriteElement(new Columns(spec.Columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = c.Width,
                CustomWidth = true,
                Style = c.Style,
            })));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, spec.Columns.Select(c => (object?)new Styled(c.Header, EntryStyles.Header)).ToArray(), spec);
            var number = 2;
            foreach (var row in rows)
            {
                WriteRow(writer, number++, row, spec);
            }

            writer.WriteEndElement();
            if (spec.DropDowns.Count > 0)
            {
                writer.WriteElement(new DataValidations(spec.DropDowns.Select(SheetParts.DataValidation)) { Count = (uint)spec.DropDowns.Count });
            }

            writer.WriteEndElement();
        }

        sheets.Append(new Sheet
        {
            Name = spec.Name,
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Id = workbook.GetIdOfPart(part),
            State = spec.Hidden ? SheetStateValues.Hidden : null,
        });
    }

    public void Dispose()
    {
        strings.WriteTo(workbook);
        workbook.Workbook = new Workbook(sheets);
        document.Dispose();
    }

    private void WriteRow(OpenXmlWriter writer, int number, object?[] values, SheetSpec spec)
    {
        var rowAttributes = new List<OpenXmlAttribute> { new("r", "", number.ToString(CultureInfo.InvariantCulture)) };
        if (SheetParts.WrappedLines(values, spec) is > 1 and var lines)
        {
            rowAttributes.Add(new OpenXmlAttribute("ht", "", (lines * SheetParts.LineHeight).ToString(CultureInfo.InvariantCulture)));
            rowAttributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }

        writer.WriteStartElement(new Row(), rowAttributes);
        for (var col = 0; col < values.Length; col++)
        {
            var style = col < spec.Columns.Count ? spec.Columns[col].Style : EntryStyles.Default;
            var value = values[col];
            if (value is Styled styled)
            {
                (value, style) = (styled.Value, styled.Style);
            }
            else if (value is null)
            {
                continue;
            }

            var attributes = new List<OpenXmlAttribute>(3)
            {
                new("r", "", ColumnLetters.Reference(number, col)),
                new("s", "", style.ToString(CultureInfo.InvariantCulture)),
            };
            string? text = value switch
            {
                null => null,
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                int i => i.ToString(CultureInfo.InvariantCulture),
                bool b => strings.IndexOf(b ? "是" : "否"),
                _ => strings.IndexOf(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
            };
            if (value is string or bool)
            {
                attributes.Add(new OpenXmlAttribute("t", "", "s"));
            }

            writer.WriteStartElement(new Cell(), attributes);
            if (text is not null)
            {
                writer.WriteElement(new CellValue(text));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
