using DeptBudget.Core.Documents;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Targets.Xlsx;

namespace DeptBudget.Formats.Targets;

/// <summary>Performance-target forms read from one file, each with its template and where its lines are in the file.</summary>
public sealed record FormFile(IReadOnlyList<(PerformanceForm Form, FormTemplate Template)> Forms, Func<int, Func<int, SourcePosition>?> PositionsOfForm);

/// <summary>
/// Forms from any file a user has: the JSON targets read writes, a workbook targets render writes (a form per sheet), a
/// text rendering, or a document (.docx, PDF, any other workbook) read as the auditor reads documents.
/// </summary>
public static class FormFiles
{
    public static FormFile Read(string path, string? templateId)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException($"文件 {path} 不存在。");
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Unplaced(FormJson.Read(File.ReadAllText(path), path), templateId);
        }

        if (Workbook(path, templateId) is { } workbook)
        {
            return workbook;
        }

        var source = SourceDocuments.Read(path);
        if (source.Format == SourceFormat.Text)
        {
            return Unplaced(FormTextReader.Read(File.ReadAllText(path), templateId), templateId);
        }

        var read = DocumentForms.Read(source, templateId);
        return read.Forms.Count > 0
            ? new FormFile(read.Forms, _ => read.Position)
            : throw new InputException($"{path}：没有读到绩效目标表（没有一个式样的标志文字全都出现）。请用 --template 指定式样：{string.Join("、", ShippedTargetData.Templates.Select(t => t.Id))}。");
    }

    /// <summary>The forms of a workbook written by targets render, findings naming sheet and row; null for any other file.</summary>
    public static FormFile? Workbook(string path, string? templateId = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var sheets = FormXlsxReader.ReadSheets(path);
            return new FormFile(
                [.. sheets.Select(s => (s.Form, ShippedTargetData.Template(templateId ?? s.Form.TemplateId)))],
                i => line => new SourcePosition(line, Sheet: sheets[i].Sheet));
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static FormFile Unplaced(IReadOnlyList<PerformanceForm> forms, string? templateId) =>
        new([.. forms.Select(f => (f, ShippedTargetData.Template(templateId ?? f.TemplateId)))], _ => null);
}
