using DeptBudget.Formats.Tables;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// One derived table as a real Word table: caption paragraphs (number, title, subtitles, unit) on a new page, the
/// multi-level header from <see cref="HeaderLayout"/> (gridSpan across, vMerge down) repeated on every page, the
/// body lines from <see cref="BodyLayout"/> with figures right-aligned to 2 decimals, and the notes under it.
/// </summary>
internal static class DocxTableWriter
{
    /// <summary>Printable width of a landscape A4 page with 2 cm margins, in twentieths of a point.</summary>
    private const int PrintableWidth = 16838 - (2 * 1134);

    public static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Write(Model.Table table)
    {
        var header = HeaderLayout.Build(table.Columns);
        var widths = Widths(header.Leaves);
        yield return Text(table.Number.Length > 0 ? table.Number : " ", DocxStyles.TableText, JustificationValues.Left, pageBreak: true);
        yield return Text(table.Title, DocxStyles.TableTitle, JustificationValues.Center);
        foreach (var subtitle in table.Subtitles)
        {
            yield return Text(subtitle, DocxStyles.TableText, JustificationValues.Left);
        }

        yield return Text("单位：" + Model.TableUnitText.Label(table.Unit), DocxStyles.TableText, JustificationValues.Right);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) }));
        var word = new Table(Properties(), grid);
        for (var row = 0; row < header.RowCount; row++)
        {
            word.Append(HeaderRow(header, row, widths));
        }

        foreach (var line in BodyLayout.Build(table))
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(line.Cells.Select((c, i) => BodyCell(c, widths[i])));
            word.Append(tableRow);
        }

        yield return word;
        foreach (var note in table.Notes)
        {
            yield return Text(note, DocxStyles.TableText, JustificationValues.Left);
        }
    }

    private static TableProperties Properties() => new(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }));

    /// <summary>
    /// One header row: a cell that starts here opens its spans (vMerge restart when it spans down); a cell from a row
    /// above that still covers this row continues its vertical merge; positions inside a horizontal span are skipped.
    /// </summary>
    private static TableRow HeaderRow(HeaderLayout header, int row, int[] widths)
    {
        var tableRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        var col = 0;
        while (col < header.ColumnCount)
        {
            var cell = header.Cells.First(c => c.Col == col && c.Row <= row && row < c.Row + c.RowSpan);
            var width = widths.Skip(cell.Col).Take(cell.ColSpan).Sum();
            var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
            if (cell.ColSpan > 1)
            {
                properties.Append(new GridSpan { Val = cell.ColSpan });
            }

            if (cell.RowSpan > 1)
            {
                properties.Append(new VerticalMerge { Val = cell.Row == row ? MergedCellValues.Restart : MergedCellValues.Continue });
            }

            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2" }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var label = cell.Row == row ? cell.Column.Label : "";
            tableRow.Append(new TableCell(properties, Text(label, DocxStyles.TableText, JustificationValues.Center, bold: true)));
            col += cell.ColSpan;
        }

        return tableRow;
    }

    private static TableCell BodyCell(BodyCell cell, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var (text, justification) = cell.Column.Kind switch
        {
            Model.ColumnKind.Value => (NumberText.Grouped(cell.Number), JustificationValues.Right),
            Model.ColumnKind.Label => (cell.Level >= 2 ? new string('\u3000', Math.Min(cell.Level, 4) - 1) + cell.Text : cell.Text, JustificationValues.Left),
            Model.ColumnKind.Text => (cell.Text, JustificationValues.Left),
            _ => (cell.Text, JustificationValues.Center),
        };
        return new TableCell(properties, Text(text, DocxStyles.TableText, justification, bold: cell.IsEmphasised));
    }

    public static Paragraph Text(string text, string style, JustificationValues justification, bool bold = false, bool pageBreak = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreak)
        {
            properties.Append(new PageBreakBefore());
        }

        properties.Append(new Justification { Val = justification });
        var run = new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(properties, run);
    }

    /// <summary>Label columns get three shares of the width, text columns two, codes and figures one and a half.</summary>
    private static int[] Widths(IReadOnlyList<Model.Column> leaves)
    {
        var weights = leaves.Select(l => l.Kind switch
        {
            Model.ColumnKind.Label => 3.0,
            Model.ColumnKind.Text => 2.0,
            Model.ColumnKind.CodeClass or Model.ColumnKind.CodeSection or Model.ColumnKind.CodeItem => 0.8,
            _ => 1.5,
        }).ToArray();
        var total = weights.Sum();
        return weights.Select(w => (int)(PrintableWidth * w / total)).ToArray();
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
