using System.CommandLine;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget tables: derive every standard table of a profile from a dataset and write them.</summary>
internal static class TablesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var datasets = new Argument<string[]>("dataset") { Description = "数据集 .json；给出多个时汇总为一个地区（见 --region）", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<string?>("--profile") { Description = "式样 id（henan-2022、hubei-2023）或式样文件 .json；默认为数据集的 profile，再默认 henan-2022" };
        var unit = new Option<string?>("--unit") { Description = "只生成这个单位的表（单位编码）；默认为部门汇总" };
        var region = new Option<string?>("--region") { Description = "多个数据集汇总时的地区名称，如“新乡市”" };
        var format = new Option<TableFormat>("--format") { Description = "json | csv | xlsx | html | txt", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；文本格式可用 - 表示标准输出", Required = true };
        var dataDir = DataDirectory.Option();
        var command = new Command("tables", "由数据集生成式样中的全部标准表。") { datasets, profile, unit, region, format, output, dataDir };
        command.SetAction(parsed =>
        {
            var unitCode = parsed.GetValue(unit);
            var input = DatasetInput.Load(parsed.GetValue(datasets)!, parsed.GetValue(region), parsed.GetValue(dataDir), unitCode, stderr);
            var chosen = ShippedProfiles.Get(input.ProfileId(parsed.GetValue(profile)));
            if (chosen.Year != input.Dataset.Year)
            {
                stderr.WriteLine($"注意：式样 {chosen.Id} 是 {chosen.Year} 年的，数据集是 {input.Dataset.Year} 年的。");
            }

            var tables = TableDeriver.Derive(input.Dataset, input.Classifications, chosen, unitCode);
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => TableRenderer.Render(tables, parsed.GetValue(format), stream));
            return CliApp.Ok;
        });
        return command;
    }
}
