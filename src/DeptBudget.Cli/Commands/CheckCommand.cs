using System.CommandLine;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Narrative;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget check: derive the tables of a dataset and run the built-in rules and the reviewer's rule files over them.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when findings of severity error were found.</summary>
    public const int ErrorsFound = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集 .json，或要审核的公开文件（.txt、.md 等）" };
        var profile = new Option<string>("--profile") { Description = "式样 id（henan-2022、hubei-2023）或式样文件 .json；审核公开文件时默认为 auto（按表号识别）" };
        var unit = new Option<string?>("--unit") { Description = "只审核这个单位的表（单位编码）；默认为部门汇总" };
        var rules = new Option<string[]>("--rules") { Description = "审核人自己的规则文件 .rules，可给多个；与内置规则一起运行", AllowMultipleArgumentsPerToken = false };
        var noBuiltIn = new Option<bool>("--no-builtin") { Description = "不运行内置规则，只运行 --rules 给出的规则" };
        var format = new Option<CheckFormat>("--format") { Description = "json | text | xlsx | html", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var lastYear = new Option<string?>("--last-year") { Description = "上年数据集 .json：其表和主要数据以 last: 为前缀参与跨年审核" };
        var lastYearProfile = new Option<string?>("--last-year-profile") { Description = "上年数据集的式样；默认与 --profile 相同" };
        var dataDir = DataDirectory.Option();
        var narrativeFile = new Option<string?>("--narrative") { Description = "情况说明文本 .txt 或 .md（UTF-8）：核对其中的金额、占比、增减额、增减百分比和增减用词" };
        var command = new Command("check", "审核：由数据集生成标准表，按内置规则和审核人的规则逐条检查。") { dataset, profile, unit, rules, noBuiltIn, format, output, lastYear, lastYearProfile, narrativeFile, dataDir };
        command.SetAction(parsed =>
        {
            if (!parsed.GetValue(dataset)!.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentCheckAction.Run(parsed.GetValue(dataset)!, parsed.GetValue(profile), parsed.GetValue(rules) ?? [], parsed.GetValue(format), parsed.GetValue(output)!, stdout);
            }

            if (FormFiles.IsFormJson(parsed.GetValue(dataset)!))
            {
                return TargetsCommand.Review(TargetsCommand.Load(parsed.GetValue(dataset)!, null), parsed.GetValue(format), parsed.GetValue(output)!, stdout);
            }

            var unitCode = parsed.GetValue(unit);
            var input = DatasetInput.Load([parsed.GetValue(dataset)!], null, parsed.GetValue(dataDir), unitCode, stderr);
            var data = input.Dataset;
            var chosen = ShippedProfiles.ForDataset(input.ProfileId(parsed.GetValue(profile)));
            var tables = input.CheckedTables(chosen, unitCode).ToList();
            if (parsed.GetValue(lastYear) is { } lastPath)
            {
                var last = DatasetInput.Load([lastPath], null, parsed.GetValue(dataDir), unitCode, stderr);
                tables.AddRange(last.CheckedTables(ShippedProfiles.Get(parsed.GetValue(lastYearProfile) ?? last.Dataset.Profile ?? chosen.Id), unitCode, CheckRun.LastYearPrefix));
            }

            var narrative = NarrativeReview.Read(parsed.GetValue(narrativeFile), tables.FirstOrDefault(t => t.Id == StandardTables.KeyFigures), DatasetStaffing(data, unitCode), tables);
            var check = DatasetCheck.Run(input, chosen.RulesProfile(), tables, narrative, parsed.GetValue(rules) ?? [], parsed.GetValue(noBuiltIn));
            var (findings, skipped, all) = (check.Findings, check.Skipped, check.Rules);
            var document = new CheckedDocument(data.Department.Name, data.Year, chosen.Id, unitCode, all.Count(r => r.AppliesTo(chosen.RulesProfile()))) { Skipped = skipped };
            return FindingsOutput.Write(document, findings, parsed.GetValue(format), parsed.GetValue(output)!, stdout);
        });
        return command;
    }

    /// <summary>The staffing the narrative's counts are checked against: the unit's when one is checked, else the department's, else its units' sum.</summary>
    private static Staffing? DatasetStaffing(BudgetDataset data, string? unitCode)
    {
        if (unitCode is not null)
        {
            return data.FindUnit(unitCode)?.Staffing;
        }

        var units = data.Units.Select(u => u.Staffing).OfType<Staffing>().ToList();
        return data.Department.Staffing ?? (units.Count > 0 ? Staffing.Sum(units) : null);
    }
}

/// <summary>Output formats of deptbudget check.</summary>
internal enum CheckFormat
{
    Json,
    Text,
    Xlsx,
    Html,
}
