using DeptBudget.Core.Targets;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Targets.Xlsx;

/// <summary>Reads back a workbook written by <see cref="FormXlsx"/>: one form per sheet, the template named in its header.</summary>
public static class FormXlsxReader
{
    /// <param name="template">The template of a form's 式样 id; by default the shipped ones.</param>
    public static IReadOnlyList<PerformanceForm> Read(string path, Func<string, FormTemplate>? template = null) =>
        ReadSheets(path, template).Select(s => s.Form).ToList();

    /// <summary>The forms with the name of the sheet each was read from (findings name the sheet).</summary>
    public static IReadOnlyList<(string Sheet, PerformanceForm Form)> ReadSheets(string path, Func<string, FormTemplate>? template = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        var problems = new ImportProblems(file);
        using var workbook = XlsxWorkbook.Open(path, problems);
        var forms = workbook.Names.Select(name => (name, FormSheetReader.Read(new FormSheetCells(file, workbook.Read(name)), template ?? ShippedTargetData.Template))).ToList();
        return forms.Count > 0 ? forms : throw new InputException($"{file}：工作簿中没有工作表。");
    }
}
