using System.CommandLine;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets score: mid-year monitoring and the year-end self-evaluation score of a form.</summary>
internal static class TargetsScoreCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表 .json（targets read 的结果）或文本 .txt" };
        var actuals = new Option<string>("--actuals") { Description = "实际完成情况 .json（预算执行、各指标 1–7 月和全年实际值、偏差原因）", Required = true };
        var format = new Option<ScoreFormat>("--format") { Description = "json | text | xlsx", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var command = new Command("score", "绩效监控与自评：完成率、双监控预警、按财预〔2020〕10号计分和等级。") { file, actuals, format, output };
        command.SetAction(parsed =>
        {
            var data = ActualsJson.ReadFile(parsed.GetValue(actuals)!);
            var form = Form(parsed.GetValue(file)!, data.Project);
            ScoreSheet sheet;
            try
            {
                sheet = SelfEvaluation.Score(form, data, LibraryData.Scoring, ShippedTargetData.Vocabulary.Directions, LibraryData.Library);
            }
            catch (ArgumentException ex)
            {
                throw new InputException($"{parsed.GetValue(actuals)}：{ex.Message}", ex);
            }

            OutputFile.Write(parsed.GetValue(output)!, stdout, stream =>
            {
                switch (parsed.GetValue(format))
                {
                    case ScoreFormat.Json:
                        ScoreReport.WriteJson(sheet, stream);
                        break;
                    case ScoreFormat.Xlsx:
                        ScoreXlsx.Write(sheet, stream);
                        break;
                    default:
                        ScoreReport.WriteText(sheet, stream);
                        break;
                }
            });
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The form the actuals are for: the one holding the named project, else the first.</summary>
    private static PerformanceForm Form(string path, string project)
    {
        var forms = TargetsCommand.Load(path, null).Select(f => f.Form).ToList();
        return forms.FirstOrDefault(f => project.Length == 0 || f.Projects.Any(p => p.Name == project || p.Code == project)) ?? forms[0];
    }
}

internal enum ScoreFormat
{
    Json,
    Text,
    Xlsx,
}
