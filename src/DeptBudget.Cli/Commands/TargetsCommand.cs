using System.CommandLine;
using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets: read performance-target forms from their text and review them.</summary>
internal static class TargetsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("targets", "绩效目标表：读取、审核、填写、生成申报表，绩效监控与自评打分，指标库。");
        command.Subcommands.Add(Read(stdout));
        command.Subcommands.Add(Check(stdout));
        command.Subcommands.Add(TargetsScoreCommand.Create(stdout));
        command.Subcommands.Add(TargetsActualsTemplateCommand.Create(stdout));
        command.Subcommands.Add(TargetsFillCommand.Create(stdout, stderr));
        command.Subcommands.Add(TargetsLibraryCommand.Create(stdout));
        command.Subcommands.Add(TargetsRenderCommand.Create(stdout));
        return command;
    }

    private static Option<string?> TemplateOption() => new("--template") { Description = "式样 id（hubei-department、zhengzhou-2020、henan-2022-department、henan-2022-project-summary、hubei-project）或式样文件 .json；默认按表中文字识别" };

    private static Command Read(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表：文本 .txt（制表符分隔的表格行）、.docx、.pdf 或 .xlsx" };
        var template = TemplateOption();
        var output = new Option<string>("--out") { Description = "输出 .json；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var command = new Command("read", "读取申报表（文本、Word、PDF 或 Excel），写成 JSON。") { file, template, output };
        command.SetAction(parsed =>
        {
            var forms = Load(parsed.GetValue(file)!, parsed.GetValue(template)).Forms.Select(f => f.Form).ToList();
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(FormJson.Write(forms))));
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Check(TextWriter stdout)
    {
        var file = new Argument<string>("form") { Description = "申报表 .json（targets read 的结果）、文本 .txt、.docx、.pdf 或 .xlsx" };
        var template = TemplateOption();
        var format = new Option<CheckFormat>("--format") { Description = "json | text | xlsx | html", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var command = new Command("check", "审核绩效目标：完整性、可衡量性、比较符号方向、表内金额、前后一致。") { file, template, format, output };
        command.SetAction(parsed => Review(Load(parsed.GetValue(file)!, parsed.GetValue(template)), parsed.GetValue(format), parsed.GetValue(output)!, stdout));
        return command;
    }

    /// <summary>Reviews the forms and writes the findings as check does; the exit code says whether errors were found.</summary>
    internal static int Review(FormFile file, CheckFormat format, string output, TextWriter stdout)
    {
        var findings = TargetReview.Run(file.Forms, ShippedTargetData.Vocabulary, file.PositionsOfForm);
        var first = file.Forms[0].Form;
        var document = new CheckedDocument(first.Header.Department, first.Header.Year ?? 0, string.Join("+", file.Forms.Select(f => f.Template.Id)), null, TargetReview.RuleIds.Count);
        return FindingsOutput.Write(document, findings, format, output, stdout);
    }

    /// <summary>Forms from a .json written by targets read, a form workbook, a text rendering or a document; each with its template.</summary>
    internal static FormFile Load(string path, string? templateId)
    {
        var file = FormFiles.Read(path, templateId);
        return file.Forms.Count > 0 ? file : throw new InputException($"{path}：没有读到绩效目标表。");
    }
}
