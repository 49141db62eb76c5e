using System.Globalization;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Documents.Writing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Targets.Writing;

/// <summary>
/// Forms as .docx on A4 landscape: per form its title, the header pairs, and each section as a Word table with a
/// repeated header row and 一级 / 二级 names merged down (vMerge); the disclosure document's styles and fonts.
/// </summary>
public static class FormDocx
{
    /// <summary>Printable width of landscape A4 with 2 cm margins, in twentieths of a point.</summary>
    private const int PrintableWidth = 16838 - (2 * 1134);

    public static void Write(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> forms, Stream output)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(output);
        using var memory = new MemoryStream();
        using (var word = WordprocessingDocument.Create(memory, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            for (var i = 0; i < forms.Count; i++)
            {
                WriteForm(body, FormLayoutBuilder.Build(forms[i].Form, forms[i].Template), pageBreak: i > 0);
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            word.PackageProperties.Title = forms.Count > 0 ? forms[0].Form.Title : "";
            word.PackageProperties.Language = "zh-CN";
        }

        output.Write(memory.GetBuffer(), 0, (int)memory.Length);
    }

    /// <summary>One form: title, header lines, and each section's heading and table (the disclosure document uses it too).</summary>
    internal static void WriteForm(Body body, FormLayout layout, bool pageBreak)
    {
        body.Append(DocxTableWriter.Text(layout.Title, DocxStyles.TableTitle, JustificationValues.Center, pageBreak: pageBreak));
        var perLine = (layout.Header.Count + FormLayoutNames.HeaderRows - 1) / FormLayoutNames.HeaderRows;
        foreach (var line in layout.Header.Chunk(perLine))
        {
            body.Append(DocxTableWriter.Text(string.Join("　　", line.Select(p => $"{p.Label}：{p.Value.Text}")), DocxStyles.TableText, JustificationValues.Left));
        }

        foreach (var block in layout.Blocks)
        {
            body.Append(DocxTableWriter.Text(block.Heading, DocxStyles.TableText, JustificationValues.Left, bold: true));
            body.Append(Table(block));
        }
    }

    private static Table Table(FormBlock block)
    {
        var width = PrintableWidth / Math.Max(block.Columns.Count, 1);
        var twips = width.ToString(CultureInfo.InvariantCulture);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(block.Columns.Select(_ => new GridColumn { Width = twips })));
        var head = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        head.Append(block.Columns.Select(c => Cell(c, twips, JustificationValues.Center, bold: true, merge: null)));
        table.Append(head);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(row.Select(c => Cell(
                c.Text,
                twips,
                c.IsAmount ? JustificationValues.Right : JustificationValues.Left,
                bold: false,
                merge: c.Covered ? MergedCellValues.Continue : c.RowSpan > 1 ? MergedCellValues.Restart : null)));
            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, string width, JustificationValues justification, bool bold, MergedCellValues? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa });
        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, DocxTableWriter.Text(text, DocxStyles.TableText, justification, bold));
    }
}
