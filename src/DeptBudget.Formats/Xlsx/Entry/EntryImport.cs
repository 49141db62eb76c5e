using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;
using DeptBudget.Core.Validation;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The outcome of an import that succeeded: the dataset and the warnings to show (unknown codes …).</summary>
public sealed record ImportResult(BudgetDataset Dataset, IReadOnlyList<string> Warnings);

/// <summary>
/// Imports a filled entry workbook (.xlsx) or pasted expenditure lines (.tsv) into a validated dataset.
/// All or nothing: any error throws <see cref="InputException"/> listing every error by file, sheet, row
/// and column, and nothing is written.
/// </summary>
public static class EntryImport
{
    /// <param name="classificationsForYear">The code lists for the dataset's year (called once the year is read).</param>
    /// <param name="intoPath">For .tsv only: an existing dataset JSON the lines are added to.</param>
    public static ImportResult Import(string path, Func<int, ClassificationSet> classificationsForYear, string? intoPath = null)
    {
        var problems = new ImportProblems(Path.GetFileName(path));
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (intoPath is not null && extension is not (".TSV" or ".TXT"))
        {
            throw new InputException("--into 只用于 .tsv 文件（把粘贴的支出明细追加到已有数据）。导入 .xlsx 工作簿时请去掉 --into。");
        }

        var into = intoPath is null ? null : DatasetJson.ReadFile(intoPath);
        var (dataset, map) = extension switch
        {
            ".XLSX" => WorkbookImporter.Read(path, problems),
            ".TSV" or ".TXT" => TsvImporter.Read(path, problems, into),
            ".XLS" or ".ET" or ".CSV" or ".ODS" => throw problems.Fatal(
                $"不支持 {extension.ToLowerInvariant()} 文件。请在 Excel/WPS 中另存为 .xlsx 工作簿，或把支出明细另存为 .tsv（制表符分隔、UTF-8）。"),
            _ => throw problems.Fatal("只能导入 .xlsx 工作簿或 .tsv 文本文件。"),
        };

        var classifications = classificationsForYear(dataset.Year);
        Report(DatasetValidator.Validate(dataset, classifications), map, problems, intoPath is null ? null : Path.GetFileName(intoPath));
        problems.ThrowIfAny();
        return new ImportResult(dataset, problems.Warnings);
    }

    /// <summary>Imports and writes the dataset JSON to <paramref name="outPath"/> (atomically, only on success).</summary>
    public static ImportResult ImportToJson(string path, string outPath, Func<int, ClassificationSet> classificationsForYear, string? intoPath = null)
    {
        var result = Import(path, classificationsForYear, intoPath);
        AtomicFile.WriteAllText(outPath, DatasetJson.Write(result.Dataset));
        return result;
    }

    private static void Report(IReadOnlyList<ValidationIssue> issues, SourceMap map, ImportProblems problems, string? intoName)
    {
        foreach (var issue in issues)
        {
            var place = map.Locate(issue.Location);
            var related = issue.RelatedIndex is { } r
                ? map.RowOf(issue.Location.Collection, r) is { } row
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"（另一行：第 {row} 行）")
                    : $"（另一行：{intoName ?? problems.File} 中{(issue.Location with { Index = r }).Describe()}）"
                : "";
            var (where, detail) = place is null && intoName is not null
                ? ((SourcePlace?)null, $"已有数据 {intoName} 中{issue.Message}")
                : (place, issue.Detail + related);
            if (issue.Severity == IssueSeverity.Error)
            {
                problems.Error(where, detail);
            }
            else
            {
                problems.Warning(where, detail);
            }
        }
    }
}
