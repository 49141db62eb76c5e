using DeptBudget.Core.Classifications;
using DeptBudget.Core.Consolidation;
using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Validation;
using DeptBudget.Formats;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// The dataset a command works on, read once: one file or a region of several, the year's code lists,
/// and the validation issues. Warnings are printed; errors refuse the dataset (nothing is written).
/// </summary>
internal sealed record DatasetInput(BudgetDataset Dataset, ClassificationSet Classifications, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>The layout to use: --profile when given, else the dataset's own, else the default.</summary>
    public string ProfileId(string? given) => given ?? Dataset.Profile ?? ShippedProfiles.DefaultId;

    public static DatasetInput Load(string[] paths, string? region, string? dataDir, string? unitCode, TextWriter stderr)
    {
        var dataset = Read(paths, region);
        var classifications = new ClassificationCatalog(DataDirectory.Resolve(dataDir)).ForYear(dataset.Year);
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

        if (unitCode is not null && dataset.FindUnit(unitCode) is null)
        {
            throw new InputException($"--unit：单位 {unitCode} 不在数据集中；数据集中的单位有 {string.Join("、", dataset.Units.Select(u => $"{u.Code} {u.Name}"))}。");
        }

        return new DatasetInput(dataset, classifications, issues);
    }

    /// <summary>The tables check runs over (<see cref="Formats.Checks.CheckedTables"/>), scoped to the unit, every id prefixed.</summary>
    public IReadOnlyList<Table> CheckedTables(Profile profile, string? unitCode, string prefix = "") =>
        Formats.Checks.CheckedTables.Of(Dataset, Classifications, profile, unitCode, prefix);

    private static BudgetDataset Read(string[] paths, string? region)
    {
        var datasets = paths.Select(ReadFile).ToList();
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

    private static BudgetDataset ReadFile(string path) => File.Exists(path)
        ? DatasetJson.ReadFile(path)
        : throw new InputException($"数据集文件 {path} 不存在。");
}
