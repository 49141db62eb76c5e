using System.CommandLine;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Filling;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets fill: performance-target forms filled from the budget dataset, as JSON.</summary>
internal static class TargetsFillCommand
{
    public static Command Create(TextWriter stdout)
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集 .json" };
        var templates = new Option<string[]>("--template") { Description = "式样 id 或式样文件 .json，可给多个（如部门整体表和项目表各一个）", Required = true, AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string>("--profile") { Description = "公开表式样 id（henan-2022、hubei-2023），决定项目支出表", DefaultValueFactory = _ => ShippedProfiles.DefaultId };
        var output = new Option<string>("--out") { Description = "输出 .json", Required = true };
        var dataDir = DataDirectory.Option();
        var command = new Command("fill", "用预算数据填写绩效目标表：表头、资金情况、项目及金额、成本指标；其余指标留空待填。") { dataset, templates, profile, output, dataDir };
        command.SetAction(parsed =>
        {
            // Warnings go to stdout: the forms are always written to the --out file.
            var input = DatasetInput.Load([parsed.GetValue(dataset)!], null, parsed.GetValue(dataDir), null, stdout);
            var tables = input.CheckedTables(ShippedProfiles.Get(parsed.GetValue(profile)!), null);
            var keyFigures = tables.Single(t => t.Id == StandardTables.KeyFigures);
            var forms = parsed.GetValue(templates)!
                .SelectMany(id => FormFiller.Fill(ShippedTargetData.Template(id), input.Dataset, keyFigures, tables))
                .ToList();
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(FormJson.Write(forms))));
            return CliApp.Ok;
        });
        return command;
    }
}
