using System.CommandLine;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget template [--profile ID] --out PATH.xlsx: a blank entry workbook (填报工作簿) for a profile's year.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var profile = new Option<string>("--profile")
        {
            Description = $"公开格式（决定年度和科目表），默认 {ShippedProfiles.DefaultId}。",
            DefaultValueFactory = _ => ShippedProfiles.DefaultId,
        };
        var output = new Option<string>("--out") { Description = "要生成的 .xlsx 文件。", Required = true };
        var dataDir = DataDirectory.Option();
        var command = new Command("template", "生成空白的部门预算填报工作簿（含填报说明、下拉列表和本年科目表）。") { profile, output, dataDir };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(output)!;
            var chosen = ShippedProfiles.Get(parsed.GetValue(profile)!);
            var year = chosen.Year;
            DatasetWorkbook.WriteTemplate(new ClassificationCatalog(DataDirectory.Resolve(parsed.GetValue(dataDir))).ForYear(year), path, chosen.Id);
            stdout.WriteLine($"已生成 {year} 年部门预算填报工作簿：{path}");
            return CliApp.Ok;
        });
        return command;
    }
}
