using System.Text.Json;
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

    /// <summary>
    /// Whether a .json file holds forms (targets read, targets fill) rather than a dataset: its (first) form has a
    /// templateId among its top-level fields, a dataset has none. Only the top-level names are read; the values,
    /// however large a dataset is, are skipped without being built.
    /// </summary>
    public static bool IsFormJson(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var bytes = File.ReadAllBytes(path).AsSpan();
            var reader = new Utf8JsonReader(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || (reader.TokenType == JsonTokenType.StartArray && !reader.Read()) || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("templateId"u8))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
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
