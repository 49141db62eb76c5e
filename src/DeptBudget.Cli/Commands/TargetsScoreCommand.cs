using System.CommandLine;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Targets.Xlsx;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets score: mid-year monitoring and the year-end self-evaluation score of a form.</summary>
internal static class TargetsScoreCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表 .json（targets read 的结果）或文本 .txt" };
        var actuals = new Option<string>("--actuals") { Description = "实际完成情况 .json 或 .xlsx（targets actuals-template 生成的模板）：预算执行、各指标 1–7 月和全年实际值、偏差原因", Required = true };
        var dataset = new Option<string?>("--dataset") { Description = "预算数据集 .json（可选）：实际完成情况未给出的指标库输入取自其主要数据" };
        var profile = new Option<string?>("--profile") { Description = "与 --dataset 同用：公开表式样 id（henan-2022、hubei-2023）；默认为数据集的 profile，再默认 henan-2022" };
        var scoring = new Option<string?>("--scoring") { Description = "计分办法文件 .json（可选，格式同 data/targets/scoring.json）；默认按表的种类选用内置办法" };
        var format = new Option<ScoreFormat>("--format") { Description = "json | text | xlsx", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var dataDir = DataDirectory.Option();
        var command = new Command("score", "绩效监控与自评：完成率、双监控预警、按财预〔2020〕10号计分和等级（部门整体表按部门整体办法）。") { file, actuals, dataset, profile, scoring, format, output, dataDir };
        command.SetAction(parsed =>
        {
            var actualsPath = parsed.GetValue(actuals)!;
            var formPath = parsed.GetValue(file)!;
            var (form, data) = Read(formPath, actualsPath);
            var keyFigures = parsed.GetValue(dataset) is { } datasetPath
                ? KeyFigures(datasetPath, parsed.GetValue(profile), parsed.GetValue(dataDir), stdout)
                : null;
            ScoreSheet sheet;
            try
            {
                var method = parsed.GetValue(scoring) is { } scoringPath ? ScoringData.ReadFile(scoringPath) : ScoringData.Methods.For(form, data.Project);
                sheet = SelfEvaluation.Score(form, data, method, ShippedTargetData.Vocabulary.Directions, LibraryData.Library, keyFigures);
            }
            catch (ArgumentException ex)
            {
                throw new InputException($"{actualsPath}：{ex.Message}", ex);
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

    /// <summary>The actuals (JSON or the xlsx workbook) and the form they are for.</summary>
    private static (PerformanceForm Form, Actuals Actuals) Read(string formPath, string actualsPath)
    {
        if (!actualsPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var json = ActualsJson.ReadFile(actualsPath);
            return (Form(formPath, json.Project), json);
        }

        if (!File.Exists(actualsPath))
        {
            throw new InputException($"文件 {actualsPath} 不存在。");
        }

        PerformanceForm? chosen = null;
        var read = ActualsXlsxReader.Read(actualsPath, project =>
        {
            chosen = Form(formPath, project);
            return IndicatorSelection.Of(chosen, project);
        });
        return (chosen!, read);
    }

    /// <summary>The form the actuals are for: the one holding the named project, else the first.</summary>
    internal static PerformanceForm Form(string path, string project)
    {
        var forms = TargetsCommand.Load(path, null).Forms.Select(f => f.Form).ToList();
        return forms.FirstOrDefault(f => project.Length == 0 || f.Projects.Any(p => p.Name == project || p.Code == project)) ?? forms[0];
    }

    /// <summary>The budget's key figures (主要数据), which give the indicator library inputs the actuals do not.</summary>
    private static Table KeyFigures(string path, string? profileId, string? dataDir, TextWriter stdout)
    {
        var input = DatasetInput.Load([path], null, dataDir, null, stdout);
        return input.CheckedTables(ShippedProfiles.Get(input.ProfileId(profileId)), null).Single(t => t.Id == StandardTables.KeyFigures);
    }
}

internal enum ScoreFormat
{
    Json,
    Text,
    Xlsx,
}
