using System.CommandLine;
using DeptBudget.Core.Classifications;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Validation;
using DeptBudget.Formats;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget tables: derive every standard table of a profile from a dataset and write them.</summary>
internal static class TablesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var datasets = new Argument<string[]>("dataset") { Description = "数据集 .json；给出多个时汇总为一个地区（见 --region）", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<string>("--profile") { Description = "式样 id（henan-2022、hubei-2023）或式样文件 .json", DefaultValueFactory = _ => ShippedProfiles.DefaultId };
        var unit = new Option<string?>("--unit") { Description = "只生成这个单位的表（单位编码）；默认为部门汇总" };
        var region = new Option<string?>("--region") { Description = "多个数据集汇总时的地区名称，如“新乡市”" };
        var format = new Option<TableFormat>("--format") { Description = "json | csv | xlsx | html | txt", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；文本格式可用 - 表示标准输出", Required = true };
        var dataDir = DataDirectory.Option();
        var command = new Command("tables", "由数据集生成式样中的全部标准表。") { datasets, profile, unit, region, format, output, dataDir };
        command.SetAction(parsed =>
        {
            var dataset = Load(parsed.GetValue(datasets)!, parsed.GetValue(region));
            var chosen = ShippedProfiles.Get(parsed.GetValue(profile)!);
            if (chosen.Year != dataset.Year)
            {
                stderr.WriteLine($"注意：式样 {chosen.Id} 是 {chosen.Year} 年的，数据集是 {dataset.Year} 年的。");
            }

            var classifications = new ClassificationCatalog(DataDirectory.Resolve(parsed.GetValue(dataDir))).ForYear(dataset.Year);
            Validate(dataset, classifications, parsed.GetValue(datasets)!, stderr);
            var unitCode = parsed.GetValue(unit);
            if (unitCode is not null && dataset.FindUnit(unitCode) is null)
            {
                throw new InputException($"--unit：单位 {unitCode} 不在数据集中；数据集中的单位有 {string.Join("、", dataset.Units.Select(u => $"{u.Code} {u.Name}"))}。");
            }

            var tables = TableDeriver.Derive(dataset, classifications, chosen, unitCode);
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => TableRenderer.Render(tables, parsed.GetValue(format), stream));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Warnings are printed and the tables derived; errors refuse the dataset (nothing is written).</summary>
    internal static void Validate(BudgetDataset dataset, ClassificationSet classifications, string[] paths, TextWriter stderr)
    {
        var issues = DatasetValidator.Validate(dataset, classifications);
        var source = string.Join("、", paths.Select(Path.GetFileName));
        foreach (var warning in issues.Where(i => i.Severity == IssueSeverity.Warning))
        {
            stderr.WriteLine($"警告：{source}：{warning.Message}");
        }

        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InputException($"{source} 有 {errors.Count} 处错误，未生成表格：\n" + string.Join("\n", errors.Select(e => e.Message)));
        }
    }

    internal static BudgetDataset Load(string[] paths, string? region)
    {
        var datasets = paths.Select(Read).ToList();
        if (datasets.Count == 1)
        {
            return datasets[0];
        }

        var name = region ?? throw new InputException("给出了多个数据集：请用 --region 写出汇总的地区名称。");
        try
        {
            return RegionConsolidation.Merge(datasets, "region", name);
        }
        catch (ArgumentException ex)
        {
            throw new InputException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    private static BudgetDataset Read(string path) => File.Exists(path)
        ? DatasetJson.ReadFile(path)
        : throw new InputException($"数据集文件 {path} 不存在。");
}
