using System.CommandLine;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Targets.Filling;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Formats;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets fill: performance-target forms filled from the budget dataset, as JSON.</summary>
internal static class TargetsFillCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集 .json" };
        var templates = new Option<string[]>("--template") { Description = "式样 id 或式样文件 .json，可给多个（如部门整体表和项目表各一个）", Required = true, AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string?>("--profile") { Description = "公开表式样 id（henan-2022、hubei-2023），决定项目支出表；默认为数据集的 profile，再默认 henan-2022" };
        var indicators = new Option<string[]>("--indicator") { Description = "从指标库选用的指标名称，可给多个（deptbudget targets library 列出指标库）", AllowMultipleArgumentsPerToken = false };
        var indicatorList = new Option<string?>("--indicators") { Description = "指标名称清单文件：每行一个指标名称，# 开头为注释" };
        var output = new Option<string>("--out") { Description = "输出 .json；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var dataDir = DataDirectory.Option();
        var command = new Command("fill", "用预算数据填写绩效目标表：表头、资金情况、项目及金额、成本指标，以及从指标库选用的指标（能由预算算出的给出指标值）；其余留空待填。")
        {
            dataset, templates, profile, indicators, indicatorList, output, dataDir,
        };
        command.SetAction(parsed =>
        {
            var picked = Picked(parsed.GetValue(indicators) ?? [], parsed.GetValue(indicatorList));
            var input = DatasetInput.Load([parsed.GetValue(dataset)!], null, parsed.GetValue(dataDir), null, stderr);
            var tables = input.CheckedTables(ShippedProfiles.Get(input.ProfileId(parsed.GetValue(profile))), null);
            var keyFigures = tables.Single(t => t.Id == StandardTables.KeyFigures);
            var forms = parsed.GetValue(templates)!
                .SelectMany(id => FormFiller.Fill(ShippedTargetData.Template(id), input.Dataset, keyFigures, tables, picked, LibraryData.Library.Placements))
                .ToList();
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(FormJson.Write(forms))));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The library entries named on the command line and in the list file, in that order, each once.</summary>
    private static List<LibraryIndicator> Picked(string[] names, string? listFile)
    {
        var all = names.Select(n => (Name: n, Where: "--indicator")).ToList();
        if (listFile is not null)
        {
            var lines = File.Exists(listFile) ? File.ReadAllLines(listFile) : throw new InputException($"指标清单文件 {listFile} 不存在。");
            all.AddRange(lines.Select((l, i) => (Name: l.Trim(), Where: $"{listFile} 第 {i + 1} 行")).Where(l => l.Name.Length > 0 && !l.Name.StartsWith('#')));
        }

        var library = LibraryData.Library;
        return all.Select(p => library.Match(p.Name)
                ?? throw new InputException($"{p.Where}：指标库中没有“{p.Name}”；可选的指标有 {string.Join("、", library.Entries.Select(e => e.Name))}（deptbudget targets library 列出其定义和公式）。"))
            .Distinct().ToList();
    }
}
