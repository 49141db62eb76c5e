using System.Net;
using System.Text;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// A seed's text rendering as test material: its headings, paragraphs and tab-separated tables, written as an HTML
/// file (h1–h4, p, table) that LibreOffice turns into .docx and PDF, and the text each format must give back.
/// </summary>
internal sealed class SeedDocument
{
    private SeedDocument(IReadOnlyList<SeedPart> parts) => Parts = parts;

    public IReadOnlyList<SeedPart> Parts { get; }

    public static SeedDocument Load(string name) =>
        Parse(File.ReadAllText(RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Documents", "Seeds", name)));

    public static SeedDocument Parse(string text)
    {
        var parts = new List<SeedPart>();
        var paragraph = new List<string>();
        var table = new List<string[]>();

        void End()
        {
            if (paragraph.Count > 0)
            {
                parts.Add(new SeedPart(0, Strip(string.Concat(paragraph)), null));
                paragraph.Clear();
            }

            if (table.Count > 0)
            {
                parts.Add(new SeedPart(0, null, [.. table]));
                table.Clear();
            }
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.TrimEnd();

            // As in the text reader: a table split by blank lines only (a page break in a copy) stays one table.
            if (line.Length == 0 && table.Count > 0 && lines.Skip(i).FirstOrDefault(l => l.Trim().Length > 0) is { } next
                && next.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                if (paragraph.Count > 0)
                {
                    End();
                }

                table.Add(raw.Split('\t'));
                continue;
            }

            if (table.Count > 0 || line.Length == 0)
            {
                End();
            }

            if (line.Length == 0)
            {
                continue;
            }

            var hashes = line.Length - line.TrimStart('#').Length;
            var bold = line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && line.Length > 4;
            if (hashes > 0 || bold)
            {
                End();
                parts.Add(new SeedPart(Math.Clamp(hashes, 1, 4), Strip(line.TrimStart('#')), null));
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        End();
        return new SeedDocument(parts);
    }

    /// <summary>The document as HTML; tables in a small font with borders, so that LibreOffice keeps a cell on one line.</summary>
    public string Html()
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>seed</title></head><body>\n");
        foreach (var part in Parts)
        {
            if (part.Rows is { } rows)
            {
                html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"1\">\n");
                var width = rows.Max(r => r.Length);
                foreach (var row in rows)
                {
                    // A row with fewer cells would get its own cell widths in Writer: pad it to the table's grid.
                    html.Append("<tr>");
                    foreach (var cell in row.Concat(Enumerable.Repeat(string.Empty, width - row.Length)))
                    {
                        html.Append("<td><font size=\"1\">").Append(WebUtility.HtmlEncode(cell)).Append("</font></td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
            else if (part.Level > 0)
            {
                html.Append($"<h{part.Level}>").Append(WebUtility.HtmlEncode(part.Text)).Append($"</h{part.Level}>\n");
            }
            else
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(part.Text)).Append("</p>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Strip(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
}

/// <summary>A heading (level 1–4), a paragraph (level 0) or a table (<see cref="Rows"/>) of a seed.</summary>
internal sealed record SeedPart(int Level, string? Text, IReadOnlyList<string[]>? Rows);
