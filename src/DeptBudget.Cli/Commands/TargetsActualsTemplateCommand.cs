using System.CommandLine;
using DeptBudget.Formats;
using DeptBudget.Formats.Targets.Xlsx;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets actuals-template: the blank actuals workbook of a form, prefilled with its indicators and targets.</summary>
internal static class TargetsActualsTemplateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表 .json（targets read 或 targets fill 的结果）或文本 .txt" };
        var project = new Option<string>("--project") { Description = "项目名称或编码；表中只有一个项目时可省略，省略时部门整体表取年度绩效指标", DefaultValueFactory = _ => "" };
        var output = new Option<string>("--out") { Description = "输出 .xlsx", Required = true };
        var command = new Command("actuals-template", "生成实际完成情况填报模板（.xlsx）：预算执行和各指标的实际值、偏差原因，已填好指标名称和目标值。") { file, project, output };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(project)!;
            var form = TargetsScoreCommand.Form(parsed.GetValue(file)!, name);
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream =>
            {
                try
                {
                    ActualsXlsx.WriteTemplate(form, name, stream);
                }
                catch (ArgumentException ex)
                {
                    throw new InputException($"--project：{ex.Message}", ex);
                }
            });
            return CliApp.Ok;
        });
        return command;
    }
}
