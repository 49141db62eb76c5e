namespace DeptBudget.Formats.Tables;

/// <summary>The inline style sheet of the HTML rendering: screen and print (one table per page, header repeated).</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 14px; margin: 24px; color: #000; }
        section.budget-table { display: table; margin: 0 auto 48px; }
        table { border-collapse: collapse; }
        caption { caption-side: top; text-align: left; padding-bottom: 8px; }
        caption .number { display: block; text-align: left; }
        caption .title { display: block; text-align: center; font-size: 20px; font-weight: bold; margin: 4px 0 8px; }
        caption .subtitle { display: block; }
        caption .unit { display: block; text-align: right; }
        th, td { border: 1px solid #000; padding: 3px 6px; }
        thead th { text-align: center; vertical-align: middle; font-weight: bold; background: #f2f2f2; }
        tbody th { text-align: left; font-weight: normal; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.code { text-align: center; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: bold; }
        th.l2 { padding-left: 1.5em; }
        th.l3 { padding-left: 3em; }
        th.l4 { padding-left: 4.5em; }
        p.note { display: table-caption; caption-side: bottom; margin: 8px 0 0; }
        @page { size: A4 portrait; margin: 15mm; }
        @page wide { size: A4 landscape; margin: 12mm; }
        @media print {
          body { margin: 0; }
          section.budget-table { break-after: page; margin: 0 auto; }
          section.budget-table:last-of-type { break-after: auto; }
          section.wide { page: wide; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          thead th { background: none; }
        }
        """;
}
