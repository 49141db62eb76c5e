using System.Globalization;
using System.Text;
using DeptBudget.Core.Writing;
using DeptBudget.Core.Writing.Charts;
using DeptBudget.Formats.Documents.Writing.Charts;
using DeptBudget.Formats.Tables;
using DeptBudget.Formats.Targets.Writing;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The document as one self-contained, printable HTML page (lang zh-CN, inline CSS, no scripts): cover, the
/// “未通过审核” banner when there are errors, contents with links, parts (h2), sections (h3, h4), and the tables as
/// the table renderer writes them (header cells th scope=col, row labels th scope=row), each on a new printed page; the performance part's forms as the forms' own HTML writer prints them.
/// </summary>
public static class DocumentHtml
{
    public static void Write(DisclosureDocument document, Stream output) =>
        output.Write(new UTF8Encoding(false).GetBytes(Write(document)));

    public static string Write(DisclosureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Escape(document.Title)).Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append('\n').Append(DocumentStyle).Append('\n').Append(FormHtml.Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"cover\">\n<h1>").Append(Escape(document.Title)).Append("</h1>\n<p class=\"date\">").Append(Escape(document.Date)).Append("</p>\n</header>\n");
        WriteBanner(html, document);
        WriteContents(html, document);
        html.Append("<main>\n");
        for (var i = 0; i < document.Parts.Count; i++)
        {
            WritePart(html, document.Parts[i], i + 1);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteBanner(StringBuilder html, DisclosureDocument document)
    {
        if (document.Banner.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"banner\" role=\"alert\" aria-labelledby=\"banner-title\">\n<h2 id=\"banner-title\">未通过审核</h2>\n<p>")
            .Append(Escape(DocumentBanner.Lead(document))).Append("</p>\n<ol>\n");
        foreach (var finding in document.Banner)
        {
            html.Append("<li>").Append(Escape(DocumentBanner.Line(finding))).Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void WriteContents(StringBuilder html, DisclosureDocument document)
    {
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">目录</h2>\n<ol>\n");
        for (var i = 0; i < document.Parts.Count; i++)
        {
            var part = document.Parts[i];
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#part-{i + 1}\">").Append(Escape(part.FullHeading)).Append("</a>");
            var entries = part.Blocks.Select(b => (Block: b, Text: DocumentForms.ContentsEntry(b))).Where(e => e.Text is not null).ToList();
            if (entries.Count > 0)
            {
                html.Append("\n<ol>\n");
                foreach (var (block, text) in entries)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Anchor(i + 1, part.Blocks, block)}\">").Append(Escape(text!)).Append("</a></li>\n");
                }

                html.Append("</ol>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void WritePart(StringBuilder html, DocumentPart part, int number)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"part\" id=\"part-{number}\">\n<h2>").Append(Escape(part.FullHeading)).Append("</h2>\n");
        foreach (var block in part.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var tag = heading.Level == 2 ? "h3" : "h4";
                    html.Append(CultureInfo.InvariantCulture, $"<{tag} id=\"{Anchor(number, part.Blocks, heading)}\">").Append(Escape(heading.Text)).Append(CultureInfo.InvariantCulture, $"</{tag}>\n");
                    break;
                case ParagraphBlock paragraph:
                    var missing = paragraph.Text.Contains('【', StringComparison.Ordinal) ? " class=\"missing\"" : "";
                    html.Append("<p").Append(missing).Append('>').Append(Escape(paragraph.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    HtmlTableWriter.Write(html, table.Table);
                    break;
                case TargetFormBlock form:
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"anchor\" id=\"{Anchor(number, part.Blocks, form)}\"></div>\n");
                    FormHtml.WriteForm(html, DocumentForms.Layout(form), 3);
                    break;
                case ChartBlock chart:
                    HtmlChart.Write(html, chart.Chart);
                    break;
                default:
                    break;
            }
        }

        html.Append("</section>\n");
    }

    private static string Anchor(int part, IReadOnlyList<PartBlock> blocks, PartBlock block) =>
        string.Create(CultureInfo.InvariantCulture, $"part-{part}-{IndexOf(blocks, block) + 1}");

    private static int IndexOf(IReadOnlyList<PartBlock> blocks, PartBlock block)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ReferenceEquals(blocks[i], block))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Escape(string text) => TablesHtml.Escape(text);

    private const string DocumentStyle = """
        body { font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.8; max-width: 60em; margin: 24px auto; }
        header.cover { text-align: center; padding: 30vh 0 20vh; }
        header.cover h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 2em; font-weight: normal; }
        h2, h3 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
        h2 { font-size: 1.4em; text-align: center; }
        h3 { font-size: 1.15em; }
        h4 { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "Noto Serif CJK SC", serif; font-size: 1em; font-weight: normal; }
        main p { text-indent: 2em; margin: 0.4em 0; }
        p.missing { background: #fff3cd; }
        figure.chart { margin: 1em 0; text-align: center; break-inside: avoid; }
        figure.chart img { width: 100%; height: auto; }
        section.banner { border: 3px solid #b00020; color: #b00020; padding: 8px 16px; margin: 16px 0; }
        section.banner h2 { margin: 0; }
        nav.contents ol { list-style: none; }
        nav.contents a { color: inherit; }
        section.budget-table { break-before: page; }
        section.form h3 { text-align: center; font-size: 1.25em; }
        section.form h4 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 16px 0 6px; }
        @media print {
          header.cover, nav.contents, section.part { break-after: page; }
          section.part:last-of-type { break-after: auto; }
          a { text-decoration: none; }
        }
        """;
}
