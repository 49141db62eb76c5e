using System.CommandLine;
using System.Globalization;
using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Formats;
using DeptBudget.Formats.Classifications;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget codes load | list: the classification lists (科目表) of a budget year.</summary>
internal static class CodesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("codes", "科目表：加载和查看支出功能分类、支出经济分类、经济分类对照表和收入来源名称。");
        command.Subcommands.Add(Load(stdout, stderr));
        command.Subcommands.Add(List(stdout, stderr));
        return command;
    }

    private static Command Load(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "要加载的 .csv（UTF-8）或 .xlsx 文件" };
        var (year, list, dataDir) = (YearOption(), ListOption(), DataDirectory.Option());
        var command = new Command("load", "检查一个科目表文件（有任何错误则整个不加载），并保存为该年度的科目表。") { file, year, list, dataDir };
        command.SetAction(parsed =>
        {
            var budgetYear = CheckYear(parsed.GetValue(year));
            var kind = ClassificationListKinds.Parse(parsed.GetValue(list)!);
            var catalog = new ClassificationCatalog(DataDirectory.Resolve(parsed.GetValue(dataDir)));
            var context = kind == ClassificationListKind.EconomicMapping ? catalog.ForYear(budgetYear) : null;
            var loaded = ClassificationFile.Read(parsed.GetValue(file)!, kind, context);
            var path = catalog.Save(budgetYear, loaded);
            stdout.WriteLine($"已加载 {budgetYear} 年{loaded.Summary}。");
            stdout.WriteLine($"保存在 {path}");
            if (kind == ClassificationListKind.EconomicDepartment)
            {
                WarnUnmapped(catalog.ForYear(budgetYear), stderr);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var (year, list, dataDir) = (YearOption(), ListOption(), DataDirectory.Option());
        var command = new Command("list", "列出某年度在用的一个科目表（制表符分隔）。") { year, list, dataDir };
        command.SetAction(parsed =>
        {
            var kind = ClassificationListKinds.Parse(parsed.GetValue(list)!);
            var set = new ClassificationCatalog(DataDirectory.Resolve(parsed.GetValue(dataDir))).ForYear(CheckYear(parsed.GetValue(year)));
            stderr.WriteLine($"来源：{set.Provenance}");
            foreach (var line in Lines(set, kind))
            {
                stdout.WriteLine(line);
            }

            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The list as tab-separated lines; the mapping is shown per department 款 as it applies.</summary>
    private static IEnumerable<string> Lines(ClassificationSet set, ClassificationListKind kind) => kind switch
    {
        ClassificationListKind.Functions => set.Functions.Entries.Select(e => $"{e.Code}\t{e.Name}"),
        ClassificationListKind.EconomicDepartment => set.DepartmentEconomic.Entries.Select(e => $"{e.Code}\t{e.Name}"),
        ClassificationListKind.EconomicGovernment => set.GovernmentEconomic.Entries.Select(e => $"{e.Code}\t{e.Name}"),
        ClassificationListKind.EconomicMapping =>
            from entry in set.DepartmentEconomic.Entries.Where(e => e.Level == 2)
            from body in Enum.GetValues<BodyKind>()
            select $"{entry.Code}\t{BodyKindText.Id(body)}\t{set.Mapping.Map(EconomicCode.Parse(entry.Code), body)?.ToString() ?? "-"}",
        ClassificationListKind.RevenueSources =>
            Enum.GetValues<FundingSource>().Select(s => $"{RevenueSourceIds.Id(s)}\t{set.RevenueSources[s]}"),
    };

    private static void WarnUnmapped(ClassificationSet set, TextWriter stderr)
    {
        foreach (var entry in set.DepartmentEconomic.Entries.Where(e => e.Level == 2))
        {
            foreach (var body in Enum.GetValues<BodyKind>().Where(b => set.Mapping.Map(EconomicCode.Parse(entry.Code), b) is null))
            {
                stderr.WriteLine($"注意：{entry.Code} {entry.Name} 在对照表中没有{BodyKindText.ChineseName(body)}的政府经济分类；请加载 {set.Year} 年的 economic-mapping。");
            }
        }
    }

    private static Option<int> YearOption() => new("--year") { Description = "预算年度，如 2024", Required = true };

    private static Option<string> ListOption()
    {
        var option = new Option<string>("--list") { Description = "科目表", Required = true };
        option.AcceptOnlyFromAmong([.. ClassificationListKinds.All.Select(k => k.Id())]);
        return option;
    }

    private static int CheckYear(int year) => year is >= 2000 and <= 2100
        ? year
        : throw new InputException($"预算年度“{year.ToString(CultureInfo.InvariantCulture)}”不对；应为 2000 到 2100 之间的年份。");
}
