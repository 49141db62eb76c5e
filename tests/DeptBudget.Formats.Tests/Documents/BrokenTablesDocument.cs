using System.Net;
using System.Text;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// A small henan-2022 document whose tables are printed the awkward ways published documents print them: 预算05表 with
/// long labels that wrap inside their cells (no ruling lines), 预算03表 over two pages with its header repeated and
/// one row continued on the second page with its code and label printed again, and 预算06表 with the figures left of
/// the codes and names; 续表 printed above the second page's part. As text (a copy from a PDF viewer: wrapped lines as lines of their own) and as HTML for
/// LibreOffice to make .docx and PDF from, where the labels are whole and the columns narrow enough to wrap them.
/// </summary>
internal static class BrokenTablesDocument
{
    public const string Title = "测试局2022年部门预算";

    private const string NarrativeHeading = "一、一般公共预算基本支出情况说明";

    /// <summary>The narrative quotes 人员经费 as 350.00 where 预算06表 prints 360.00: one finding every format must give.</summary>
    private const string Narrative = "测试局 2022 年一般公共预算基本支出年初预算为 400.00 万元。其中：人员经费支出 350.00 万元，公用经费支出 40.00 万元。";

    private static readonly (string Key, string Label, decimal?[] Cells)[] FunctionRows =
    [
        ("total", "合计", [500m, 400m, 100m]),
        ("f:2010301", "行政运行", [300m, 300m, null]),
        ("f:2010302", "一般行政管理事务", [100m, null, 100m]),
        ("f:2089999", "其他社会保障和就业支出", [40m, 40m, null]),
        ("f:2080505", "机关事业单位基本养老保险缴费支出", [60m, 60m, null]),
    ];

    private static readonly (string Key, string Label, decimal?[] Cells)[] EconomicRows =
    [
        ("total", "合计", [400m, 360m, 40m]),
        ("e:30101", "基本工资", [300m, 300m, null]),
        ("e:30108", "机关事业单位基本养老保险缴费", [60m, 60m, null]),
        ("e:30201", "办公费", [40m, null, 40m]),
    ];

    /// <summary>A table's rows as they must be read: key, label and the figures in the given value columns.</summary>
    public static (string[] Columns, (string Key, string Label, decimal?[] Cells)[] Rows) Expected(string table) => table switch
    {
        "general-budget-expenditure" or "expenditure-summary" => (["total", "basic", "project"], FunctionRows),
        "general-budget-basic" => (["total", "personnel", "operating"], EconomicRows),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    private static readonly string[] FiveColumns = ["科目编码", "单位(科目名称)", "合计", "基本支出", "项目支出"];

    private static readonly string[][] ExpenditureFirstPage =
    [
        ["", "合计", "500.00", "400.00", "100.00"],
        ["2010301", "行政运行", "300.00", "300.00", ""],
        ["2010302", "一般行政管理事务", "100.00", "", "100.00"],
    ];

    // The row 2089999 goes on over the page: its 基本支出 is printed on the second page, under its code and label again.
    private static readonly string[][] ExpenditureSecondPage =
    [
        ["2089999", "其他社会保障和就业支出", "", "40.00", ""],
        ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""],
    ];

    private static readonly string[][] BasicHeader =
    [
        ["本年一般公共预算基本支出", "", "", "部门预算支出经济分类科目", ""],
        ["合计", "人员经费", "公用经费", "科目编码", "科目名称"],
    ];

    private static readonly string[][] BasicBody =
    [
        ["400.00", "360.00", "40.00", "", "合计"],
        ["300.00", "300.00", "", "30101", "基本工资"],
        ["60.00", "60.00", "", "30108", "机关事业单位基本养老保险缴费"],
        ["40.00", "", "40.00", "30201", "办公费"],
    ];

    /// <summary>
    /// The text a PDF viewer's copy gives: a wrapped label's lines as rows of their own — above and below a row whose
    /// cells are centred, below it when they are at the top, once a bare line without tabs.
    /// </summary>
    public static string Text() => string.Join('\n',
    [
        $"# {Title}",
        "",
        $"## {NarrativeHeading}",
        "",
        Narrative,
        "",
        .. Caption("预算05表", "2022年一般公共预算支出预算表"),
        Tabs(FiveColumns),
        "\t合计\t500.00\t400.00\t100.00",
        "2010301\t行政运行\t300.00\t300.00\t",
        "\t一般行政管理\t\t\t",
        "2010302\t\t100.00\t\t100.00",
        "\t事务\t\t\t",
        "2089999\t其他社会保障和\t40.00\t40.00\t",
        "就业支出",
        "\t机关事业单位\t\t\t",
        "2080505\t基本养老保险\t60.00\t60.00\t",
        "\t缴费支出\t\t\t",
        "",
        .. Caption("预算03表", "2022年部门支出预算表"),
        Tabs(FiveColumns),
        .. ExpenditureFirstPage.Select(Tabs),
        "2089999\t其他社会保障和就业支出\t40.00\t\t",
        "",
        "续表",
        "",
        Tabs(FiveColumns),
        .. ExpenditureSecondPage.Select(Tabs),
        "",
        .. Caption("预算06表", "一般公共预算基本支出表"),
        .. BasicHeader.Select(Tabs),
        .. BasicBody.Select(Tabs),
        "",
    ]);

    /// <summary>
    /// The same document as HTML: 预算05表 without rulings and with a narrow name column (LibreOffice wraps the long
    /// labels, centred in their rows unless the row is set to the top); 预算03表 ruled, over two pages, its header
    /// printed again and 2089999's 基本支出 on the second page; 预算06表 without rulings, figures first.
    /// </summary>
    public static string Html()
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>测试</title></head><body>\n");
        html.Append($"<h1>{Title}</h1>\n<h2>{NarrativeHeading}</h2>\n<p>{Narrative}</p>\n");
        Captions(html, "预算05表", "2022年一般公共预算支出预算表");
        string[][] wrapped =
        [
            ["", "合计", "500.00", "400.00", "100.00"],
            ["2010301", "行政运行", "300.00", "300.00", ""],
            ["2010302", "一般行政管理事务", "100.00", "", "100.00"],
            ["2089999", "其他社会保障和就业支出", "40.00", "40.00", ""],
            ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""],
        ];
        Table(html, ruled: false, [90, 96, 110, 110, 110], [FiveColumns], wrapped, topRow: "2089999");
        Captions(html, "预算03表", "2022年部门支出预算表");
        Table(html, ruled: true, [70, 260, 70, 70, 70], [FiveColumns], [.. ExpenditureFirstPage, ["2089999", "其他社会保障和就业支出", "40.00", "", ""]]);
        html.Append("<p style=\"page-break-before: always\">续表</p>\n");
        Table(html, ruled: true, [70, 260, 70, 70, 70], [FiveColumns], ExpenditureSecondPage);
        Captions(html, "预算06表", "一般公共预算基本支出表");
        Table(html, ruled: false, [110, 110, 110, 90, 260], BasicHeader, BasicBody);
        return html.Append("</body></html>\n").ToString();
    }

    private static string[] Caption(string number, string title) => [number, "", $"## {title}", "", "部门名称：测试局", "", "单位：万元", ""];

    private static void Captions(StringBuilder html, string number, string title) =>
        html.Append($"<p>{number}</p>\n<h2>{title}</h2>\n<p>部门名称：测试局</p>\n<p>单位：万元</p>\n");

    private static void Table(StringBuilder html, bool ruled, int[] widths, string[][] header, string[][] body, string? topRow = null)
    {
        html.Append(ruled ? "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n" : "<table border=\"0\" cellspacing=\"0\" cellpadding=\"8\">\n");
        foreach (var width in widths)
        {
            html.Append($"<col width=\"{width}\">");
        }

        html.Append('\n');
        foreach (var row in header.Concat(body))
        {
            html.Append(row[0] == topRow ? "<tr valign=\"top\">" : "<tr>");
            foreach (var cell in row)
            {
                // As published: headers centred, figures to the right.
                var align = header.Contains(row) ? "center" : decimal.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _) && cell.Contains('.', StringComparison.Ordinal) ? "right" : "left";
                html.Append($"<td align=\"{align}\">").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Tabs(string[] cells) => string.Join('\t', cells);
}
