using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables.Xlsx;

/// <summary>
/// Where each part of a table goes on its sheet (1-based rows): the number, the title, the subtitles, the unit line,
/// the header rows, the body, a blank row, the notes.
/// </summary>
internal sealed class XlsxSheetLayout
{
    public XlsxSheetLayout(Table table)
    {
        Header = HeaderLayout.Build(table.Columns);
        Body = BodyLayout.Build(table);
        NumberRow = table.Number.Length > 0 ? 1 : 0;
        TitleRow = NumberRow + 1;
        SubtitleTop = TitleRow + 1;
        UnitRow = SubtitleTop + table.Subtitles.Count;
        HeaderTop = UnitRow + 1;
        BodyTop = HeaderTop + Header.RowCount;
        NotesTop = BodyTop + Body.Count + 1;
        Widths = XlsxColumnWidths.Measure(Header, Body);
    }

    public HeaderLayout Header { get; }

    public IReadOnlyList<BodyLine> Body { get; }

    /// <summary>0 when the table has no number.</summary>
    public int NumberRow { get; }

    public int TitleRow { get; }

    public int SubtitleTop { get; }

    public int UnitRow { get; }

    public int HeaderTop { get; }

    public int HeaderBottom => BodyTop - 1;

    public int BodyTop { get; }

    public int NotesTop { get; }

    /// <summary>Column widths in characters, one per printed column.</summary>
    public IReadOnlyList<double> Widths { get; }

    /// <summary>At least one column, so that title and unit have a place even in a table without columns.</summary>
    public int ColumnCount => Math.Max(1, Header.ColumnCount);

    public double TotalWidth => Widths.Sum();

    /// <summary>Wider than an A4 portrait page holds at 11 points.</summary>
    public bool IsWide => TotalWidth > 100;
}
