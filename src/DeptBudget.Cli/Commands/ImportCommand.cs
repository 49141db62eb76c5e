using System.CommandLine;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// deptbudget import FILE.xlsx|FILE.tsv --out dataset.json [--into existing.json]: reads a filled entry
/// workbook or pasted expenditure lines, validates, and writes the dataset JSON only if there is no error.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "填好的 .xlsx 工作簿，或从 Excel 粘贴的支出明细 .tsv 文件。" };
        var output = new Option<string>("--out") { Description = "要写出的数据集 JSON 文件（有错误时不写出）。", Required = true };
        var into = new Option<string?>("--into") { Description = "仅用于 .tsv：把支出明细追加到这个已有的数据集 JSON。" };
        var dataDir = DataDirectory.Option();
        var command = new Command("import", "导入填报工作簿或 TSV 支出明细，校验后写出数据集 JSON。") { file, output, into, dataDir };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var outPath = parsed.GetValue(output)!;
            var result = EntryImport.ImportToJson(path, outPath, new ClassificationCatalog(DataDirectory.Resolve(parsed.GetValue(dataDir))).ForYear, parsed.GetValue(into));
            foreach (var warning in result.Warnings)
            {
                stderr.WriteLine($"警告：{warning}");
            }

            var d = result.Dataset;
            stdout.WriteLine(
                $"已导入 {Path.GetFileName(path)}：{d.Year} 年，{d.Units.Count} 个单位，{d.Revenues.Count} 条收入，{d.Expenditures.Count} 条支出明细，"
                + $"{d.Projects.Count} 个项目；{result.Warnings.Count} 条警告。已写出 {outPath}。");
            return CliApp.Ok;
        });
        return command;
    }
}
