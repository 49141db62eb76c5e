using System.CommandLine;
using DeptBudget.Core.Targets;
using DeptBudget.Formats;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Targets.Writing;
using DeptBudget.Formats.Targets.Xlsx;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets render: forms in their template's layout as xlsx, docx, PDF or HTML.</summary>
internal static class TargetsRenderCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表 .json（targets read / fill 的结果）、.xlsx（targets render 的结果）或文本 .txt" };
        var format = new Option<FormFormat>("--format") { Description = "xlsx | docx | pdf | html", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件", Required = true };
        var command = new Command("render", "按式样版式生成绩效目标表：xlsx、docx、PDF 或 HTML。") { file, format, output };
        command.SetAction(parsed =>
        {
            var forms = Load(parsed.GetValue(file)!).Select(f => (f, ShippedTargetData.Template(f.TemplateId))).ToList();
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => Write(forms, parsed.GetValue(format), stream));
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(IReadOnlyList<(PerformanceForm, FormTemplate)> forms, FormFormat format, Stream stream)
    {
        switch (format)
        {
            case FormFormat.Xlsx:
                FormXlsx.Write(forms, stream);
                break;
            case FormFormat.Html:
                FormHtml.Write(forms, stream);
                break;
            case FormFormat.Pdf:
                using (var docx = new MemoryStream())
                {
                    FormDocx.Write(forms, docx);
                    stream.Write(DocumentPdf.FromDocx(docx.ToArray()));
                }

                break;
            default:
                FormDocx.Write(forms, stream);
                break;
        }
    }

    private static IReadOnlyList<PerformanceForm> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"文件 {path} 不存在。");
        }

        var forms = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => FormXlsxReader.Read(path),
            ".json" => FormJson.Read(File.ReadAllText(path), path),
            _ => FormTextReader.Read(File.ReadAllText(path)),
        };
        return forms.Count > 0 ? forms : throw new InputException($"{path}：没有读到绩效目标表。");
    }
}

/// <summary>Output formats of deptbudget targets render.</summary>
internal enum FormFormat
{
    Docx,
    Pdf,
    Html,
    Xlsx,
}
