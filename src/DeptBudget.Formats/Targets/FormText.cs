using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Core.Targets;

namespace DeptBudget.Formats.Targets;

/// <summary>One line of a form's text rendering: its 1-based number and its tab-separated cells, trimmed.</summary>
internal sealed record FormLine(int Number, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(c => c.Length == 0);

    public string First => Cells.Count > 0 ? Cells[0] : "";

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    /// <summary>The first non-empty cell after <paramref name="index"/>.</summary>
    public string After(int index) => Cells.Skip(index + 1).FirstOrDefault(c => c.Length > 0) ?? "";

    public int IndexOf(string text) => Cells.ToList().FindIndex(c => c.Contains(text, StringComparison.Ordinal));

    public bool Contains(string text) => IndexOf(text) >= 0;
}

/// <summary>The text of a form as the auditor reads documents: lines of tab-separated cells; merged cells come out empty or repeated.</summary>
internal sealed partial class FormText
{
    public FormText(IReadOnlyList<FormLine> lines) => Lines = lines;

    public IReadOnlyList<FormLine> Lines { get; }

    public static FormText Parse(string text) => new(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
        .Select((line, i) => new FormLine(i + 1, line.Split('\t').Select(c => c.Trim()).ToList()))
        .ToList());

    /// <summary>
    /// The lines from the heading containing <paramref name="start"/> (or from the top) to the next "## " heading. A
    /// heading with nothing under it — a table of contents' entry, printed as a heading in some renderings — starts no form.
    /// </summary>
    public FormText Part(string? start)
    {
        if (start is null)
        {
            return this;
        }

        for (var from = 0; from < Lines.Count; from++)
        {
            if (!Lines[from].First.StartsWith('#') || !Lines[from].First.Contains(start, StringComparison.Ordinal))
            {
                continue;
            }

            var to = Lines.Skip(from + 1).ToList().FindIndex(l => l.First.StartsWith("## ", StringComparison.Ordinal));
            var part = Lines.Skip(from).Take(to < 0 ? int.MaxValue : to + 1).ToList();
            if (part.Skip(1).Any(l => !l.IsBlank))
            {
                return new FormText(part);
            }
        }

        return new FormText([]);
    }

    /// <summary>
    /// Each form titled <paramref name="title"/>: from a line whose first cell holds the title to the next line that holds
    /// any form's title (<paramref name="titles"/>), kept when it has every one of <paramref name="markers"/> — so a
    /// document with one project form per project gives each its own part, and a contents entry or a sentence naming
    /// the form gives none. Empty when the text has no such line.
    /// </summary>
    public IReadOnlyList<FormText> Forms(string title, IReadOnlyCollection<string> titles, IReadOnlyList<string> markers)
    {
        bool Titled(FormLine line, string t) => line.First.Contains(t, StringComparison.Ordinal) && line.First.Length <= t.Length + 40;
        var starts = Enumerable.Range(0, Lines.Count).Where(i => titles.Any(t => Titled(Lines[i], t))).Append(Lines.Count).ToList();
        var parts = new List<FormText>();
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            if (!Titled(Lines[starts[k]], title))
            {
                continue;
            }

            var part = Lines.Skip(starts[k]).Take(starts[k + 1] - starts[k]).ToList();
            var text = string.Join('\n', part.Select(l => string.Join('\t', l.Cells)));
            if (markers.All(m => text.Contains(m, StringComparison.Ordinal)))
            {
                parts.Add(new FormText(part));
            }
        }

        return parts;
    }

    /// <summary>The index of the first line whose first cell starts with <paramref name="heading"/>, at or after <paramref name="from"/>; -1 if none.</summary>
    public int Find(string? heading, int from = 0)
    {
        if (heading is null)
        {
            return -1;
        }

        for (var i = Math.Max(from, 0); i < Lines.Count; i++)
        {
            if (Lines[i].First.StartsWith(heading, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The lines of a section: from its heading to the next of <paramref name="ends"/> (or the end).</summary>
    public IReadOnlyList<FormLine> Section(string? heading, params string?[] ends)
    {
        var start = Find(heading);
        if (start < 0)
        {
            return [];
        }

        var stops = ends.Select(e => Find(e, start + 1)).Where(i => i > start).DefaultIfEmpty(Lines.Count).Min();
        return Lines.Skip(start).Take(stops - start).ToList();
    }

    /// <summary>The first year printed in the text ("2020 年度", "2022年度"), if any.</summary>
    public int? Year(string marker)
    {
        foreach (var line in Lines)
        {
            var match = YearPattern().Match(string.Join(" ", line.Cells));
            if (match.Success && line.Cells.Any(c => c.Contains(marker, StringComparison.Ordinal)))
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    public static CellSource Source(string table, int row, FormLine line, int column = 1) =>
        new() { Table = table, Row = row, Column = column, Line = line.Number };

    /// <summary>A money cell: "1,352.27", "1089.41"; null when empty or not a number.</summary>
    public static decimal? Money(string cell)
    {
        var text = cell.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A share cell: "96%" → 96.</summary>
    public static decimal? Percent(string cell) => cell.EndsWith('%') ? Money(cell[..^1]) : null;

    /// <summary>The items of a cell written as HTML paragraphs or numbered lines, without their numbers.</summary>
    public static IReadOnlyList<string> Items(string cell)
    {
        var parts = cell.Contains("<p>", StringComparison.Ordinal)
            ? Paragraph().Matches(cell).Select(m => m.Groups[1].Value)
            : NumberedItem().Split(cell);
        return parts.Select(p => ItemNumber().Replace(p.Trim(), "").Trim()).Where(p => p.Length > 0).ToList();
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度")]
    private static partial Regex YearPattern();

    [GeneratedRegex("<p>(.*?)</p>")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+(?=\d+[\.、．]\s*)")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?:目标|任务)?\d+\s*[\.、．:：]\s*")]
    private static partial Regex ItemNumber();
}
