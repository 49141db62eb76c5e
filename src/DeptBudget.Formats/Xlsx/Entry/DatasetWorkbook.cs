using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// The entry workbook (填报工作簿): the xlsx a finance officer fills and <see cref="EntryImport"/> reads
/// back. See docs/DATASET.md for its sheets and rules.
/// </summary>
public static class DatasetWorkbook
{
    /// <summary>Writes a blank workbook for a year: instructions, headers, drop-downs from the year's lists.</summary>
    /// <param name="profile">The layout the department publishes in, filled in as 公开式样.</param>
    public static void WriteTemplate(ClassificationSet classifications, string path, string? profile = null) =>
        AtomicFile.Write(path, temp => EntryWorkbookWriter.Write(temp, classifications, classifications.Year, null, profile));

    /// <summary>Writes the workbook filled from a dataset, so that importing it gives the dataset back.</summary>
    public static void Write(BudgetDataset dataset, ClassificationSet classifications, string path) =>
        AtomicFile.Write(path, temp => EntryWorkbookWriter.Write(temp, classifications, dataset.Year, dataset));
}
