using System.Globalization;
using System.Text;
using System.Text.Json;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>A self-evaluation (<see cref="ScoreSheet"/>) as JSON or as a text table.</summary>
public static class ScoreReport
{
    public static readonly IReadOnlyList<string> Headers = ["部分", "指标", "目标值", "实际值", "分值", "完成率（%）", "计分方式", "得分", "偏差原因"];

    public static void WriteJson(ScoreSheet sheet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var report = new
        {
            sheet.Title,
            sheet.Method,
            Rounding = ScoreSheet.Rounding,
            sheet.Total,
            sheet.Grade,
            sheet.Groups,
            Lines = sheet.Lines.Select(l => new
            {
                l.Group,
                l.Path,
                l.Target,
                l.Actual,
                l.ActualSource,
                Weight = CompletionRule.Round(l.Weight),
                Completion = l.Completion.Percent,
                l.Completion.Method,
                l.Score,
                l.Reason,
                Deviation = l.IsDeviation,
            }),
            Deviations = sheet.Deviations.Select(l => new { l.Path, Completion = l.Completion.Percent, l.Reason }),
            sheet.Findings,
        };
        JsonSerializer.Serialize(stream, report, JsonOptions.Default);
        stream.Write("\n"u8);
    }

    public static void WriteText(ScoreSheet sheet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(stream);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{sheet.Title} 绩效自评\n\n");
        text.Append(string.Join('\t', Headers)).Append('\n');
        foreach (var line in sheet.Lines)
        {
            text.Append(string.Join('\t', Cells(line))).Append('\n');
        }

        text.Append('\n');
        foreach (var group in sheet.Groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"{group.Name}：{Number(group.Score)} / {Number(group.Weight)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"总分：{Number(sheet.Total)}　等级：{sheet.Grade}\n");
        text.Append(CultureInfo.InvariantCulture, $"计分办法：{sheet.Method}\n");
        text.Append(CultureInfo.InvariantCulture, $"计算口径：{ScoreSheet.Rounding}\n");
        var deviations = sheet.Deviations.ToList();
        if (deviations.Count > 0)
        {
            text.Append("\n偏差及原因：\n");
            foreach (var line in deviations)
            {
                var completion = line.Completion.Percent is { } p ? Number(p) + "%" : "无法计算";
                text.Append(CultureInfo.InvariantCulture, $"- {line.Path}：完成率 {completion}；{(line.Reason.Length > 0 ? line.Reason : "【未写原因】")}\n");
            }
        }

        if (sheet.Findings.Count > 0)
        {
            text.Append("\n发现：\n");
            foreach (var finding in sheet.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{finding.Severity.Label()}] {finding.RuleId} {finding.Message}\n");
            }
        }

        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The cells of one line, in the order of <see cref="Headers"/>.</summary>
    public static IReadOnlyList<string> Cells(ScoreLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return
        [
            line.Group, line.Path, line.Target, line.ActualSource.Length > 0 ? $"{line.Actual}（{line.ActualSource}）" : line.Actual, Number(line.Weight),
            line.Completion.Percent is { } p ? Number(p) : "", line.Completion.Method, Number(line.Score), line.Reason,
        ];
    }

    /// <summary>Two decimals, as every figure of the sheet is rounded.</summary>
    public static string Number(decimal value) => CompletionRule.Round(value).ToString("0.00", CultureInfo.InvariantCulture);
}
