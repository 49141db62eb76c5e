using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Documents.Recognition;

/// <summary>
/// Checks of a published document as a whole (rule ids document-*): tables the contents name but the document lacks,
/// a title printed without its table, an empty table without its note, years that contradict the document's year,
/// class names not of the year's code list, “三公” figures against the basic-expenditure lines, and what could not be
/// read.
/// </summary>
public static class DocumentChecks
{
    public static IReadOnlyList<Finding> Run(RecognizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<Finding>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string rule, Location location, string message, decimal? stated = null, decimal? expected = null, Severity severity = Severity.Warning)
        {
            counts[rule] = counts.GetValueOrDefault(rule) + 1;
            findings.Add(CodeFinding.Create(rule, counts[rule], severity, location, stated, expected, message));
        }

        if (document.Tables.Count == 0)
        {
            // Never a silent "no problem": a document whose tables are not recognised has not been checked.
            Add("document-no-standard-table", new Location(),
                "文件中没有可识别的部门预算标准表（部门收支总表、一般公共预算支出表……），表的审核规则都未运行。若这是部门预算公开文件，请用 --profile 指定式样，或检查表的标题和表头。",
                severity: Severity.Notice);
        }

        if (document.Tables.Count > 0 && document.Tables.All(t => t.Table.IsEmpty))
        {
            Add("document-tables-without-figures", new Location(),
                $"文件中的 {document.Tables.Count} 张标准表都没有数字（空白的式样或模板？），表的审核规则没有可核对的数。", severity: Severity.Notice);
        }

        var found = document.Tables.Select(t => t.Table.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var title in document.TitlesWithoutTable.Where(t => !found.Contains(t.TableId!)))
        {
            Add("document-table-without-data", new Location { TableId = title.TableId, TableTitle = title.Text, Line = title.Position.Line, Source = title.Text },
                $"第 {title.Position.Line} 行《{title.Text}》只印了标题，没有表格和数字。");
        }

        var titled = document.TitlesWithoutTable.Select(t => t.TableId).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in document.Contents.Where(e => e.TableId is { } id && !found.Contains(id) && !titled.Contains(id)))
        {
            Add("document-missing-table", new Location { TableId = entry.TableId, TableTitle = entry.Text, Line = entry.Position.Line, Source = entry.Text },
                $"目录列有“{entry.Text}”，文件中没有此表。");
        }

        foreach (var table in document.Tables.Where(t => t.Table.IsEmpty && t.Note is null))
        {
            Add("document-empty-table", Where(table), $"{Name(table)}没有数字，也没有说明为何为空（如“说明：……故此表无数据”）。");
        }

        if (document.Year is { } year)
        {
            Years(document, year, Add);
        }

        foreach (var problem in document.Problems)
        {
            var table = document.Tables.FirstOrDefault(t => t.Table.Id == problem.TableId);
            Add(problem.RuleId, new Location
            {
                TableId = problem.TableId,
                TableNumber = table?.PrintedNumber,
                TableTitle = problem.TableTitle,
                RowLabel = problem.RowLabel,
                ColumnLabel = problem.ColumnLabel,
                Line = problem.Position.Line,
                Page = PageOf(problem.Position),
                Source = problem.Source,
            }, problem.Message, severity: problem.IsNotice ? Severity.Notice : Severity.Warning);
        }

        ThreePublic(document, Add);
        return findings;
    }

    private static void Years(RecognizedDocument document, int year, Action<string, Location, string, decimal?, decimal?, Severity> add)
    {
        foreach (var table in document.Tables)
        {
            foreach (var printed in DocumentRecognizer.YearPattern().Matches(table.PrintedTitle).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            {
                if (printed != year)
                {
                    add("document-year", Where(table) with { Source = table.PrintedTitle }, $"{Name(table)}标题的年度 {printed} 与文件的年度 {year} 不符。", printed, year, Severity.Warning);
                }
            }

            foreach (var row in table.Table.Rows)
            {
                foreach (var printed in DocumentRecognizer.YearPattern().Matches(row.Label).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
                {
                    if (printed != year && printed != year - 1)
                    {
                        add("document-year", Where(table, row) with { Source = row.Label }, $"{Name(table)}“{row.Label}”行的年度 {printed} 与文件的年度 {year} 不符。", printed, year, Severity.Warning);
                    }
                }
            }
        }
    }

    /// <summary>公务用车运行费 and 公务接待费 of the “三公” table against the 30231 and 30217 lines of the basic-expenditure table.</summary>
    private static void ThreePublic(RecognizedDocument document, Action<string, Location, string, decimal?, decimal?, Severity> add)
    {
        var three = document.Tables.FirstOrDefault(t => t.Table.Id == StandardTables.ThreePublic);
        var basic = document.Tables.FirstOrDefault(t => t.Table.Id == StandardTables.GeneralBudgetBasic);
        if (three?.Table.FindRow("thisYear") is not { } row || basic is null)
        {
            return;
        }

        void Compare(string column, string name, string economic)
        {
            var stated = row[column] ?? 0m;
            var lines = basic.Table.Rows.Where(r => r.Code == economic).ToList();
            var expected = lines.Sum(r => r["total"] ?? 0m);
            if (stated > expected)
            {
                var label = three.Table.Leaves.FirstOrDefault(c => c.Key == column)?.Label;
                add("document-three-public-basic", Where(three, row) with { ColumnKey = column, ColumnLabel = label },
                    string.Create(CultureInfo.InvariantCulture, $"{Name(three)}{name} {stated:0.00}，而{Name(basic)}经济分类 {economic} 只有 {expected:0.00}{(lines.Count == 0 ? "（无此科目）" : "")}，差 {stated - expected:0.00} 须由项目支出安排，请核对。"),
                    stated, expected, Severity.Warning);
            }
        }

        Compare("vehicleOperation", "公务用车运行费", "30231");
        Compare("reception", "公务接待费", "30217");
    }

    private static Location Where(RecognizedTable table, TableRow? row = null) => new()
    {
        TableId = table.Table.Id,
        TableNumber = table.PrintedNumber,
        TableTitle = table.PrintedTitle,
        RowKey = row?.Key,
        RowLabel = row?.Label,
        Line = row is not null && table.RowPositions.TryGetValue(row.Key, out var p) ? p.Line : table.Position.Line,
        Page = PageOf(table.Position),
    };

    private static string Name(RecognizedTable table) => table.PrintedNumber is null ? $"《{table.PrintedTitle}》" : $"{table.PrintedNumber}《{table.PrintedTitle}》";

    private static string? PageOf(SourcePosition position) =>
        position.Page?.ToString(CultureInfo.InvariantCulture) ?? position.Sheet;
}
