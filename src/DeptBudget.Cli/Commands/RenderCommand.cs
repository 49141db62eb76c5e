using System.CommandLine;
using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Writing;
using DeptBudget.Formats;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Narrative;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// deptbudget render: the whole disclosure document (cover, contents, narrative, glossary, every table, the performance part) as docx, PDF,
/// HTML, or the tables as xlsx. The dataset is checked as check checks it; errors put a “未通过审核” banner in the
/// document, or with --strict refuse it.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("dataset") { Description = "数据集 .json" };
        var profile = new Option<string?>("--profile") { Description = "式样 id（henan-2022、hubei-2023）；默认为数据集的 profile，再默认 henan-2022" };
        var format = new Option<RenderFormat>("--format") { Description = "docx | pdf | html | xlsx", Required = true };
        var output = new Option<string>("--out") { Description = "输出文件", Required = true };
        var rules = new Option<string[]>("--rules") { Description = "审核人自己的规则文件 .rules，可给多个；与内置规则一起运行", AllowMultipleArgumentsPerToken = false };
        var strict = new Option<bool>("--strict") { Description = "审核有错误时不生成文档（默认生成并在首页标注“未通过审核”）" };
        var date = new Option<string?>("--date") { Description = "封面日期 yyyy-MM-dd；默认为今天" };
        var dataDir = DataDirectory.Option();
        var command = new Command("render", "生成部门预算公开文档：封面、目录、概况、情况说明、名词解释、全部表格和绩效目标表。") { dataset, profile, format, output, rules, strict, date, dataDir };
        command.SetAction(parsed =>
        {
            var input = DatasetInput.Load([parsed.GetValue(dataset)!], null, parsed.GetValue(dataDir), null, stderr);
            var chosen = ShippedProfiles.ForDataset(input.ProfileId(parsed.GetValue(profile)));
            var template = ShippedDocumentTemplates.Get(chosen.Id);
            var checkedTables = input.CheckedTables(chosen, null);
            var keyFigures = checkedTables.Single(t => t.Id == StandardTables.KeyFigures);
            var tables = checkedTables.Where(t => t.Id != StandardTables.KeyFigures).ToList();
            var document = DocumentBuilder.Build(template, input.Dataset, tables, keyFigures, CoverDay(parsed.GetValue(date)), []);
            var narrative = NarrativeReview.Check(DocumentText.Write(document), keyFigures, tables: checkedTables);
            var check = DatasetCheck.Run(input, chosen.RulesProfile(), checkedTables, narrative, parsed.GetValue(rules) ?? [], noBuiltIn: false);
            foreach (var finding in document.WritingFindings)
            {
                stderr.WriteLine($"警告：{finding.Message}");
            }

            if (check.HasErrors)
            {
                var errors = check.Findings.Where(f => f.Severity == Severity.Error).ToList();
                foreach (var error in errors)
                {
                    stderr.WriteLine($"错误：{error.Message}");
                }

                if (parsed.GetValue(strict))
                {
                    stderr.WriteLine($"--strict：审核发现 {errors.Count} 处错误，未生成文档。");
                    return CheckCommand.ErrorsFound;
                }

                document = document with { Banner = errors };
            }

            OutputFile.Write(parsed.GetValue(output)!, stdout, stream => Write(document, tables, parsed.GetValue(format), stream));
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(DisclosureDocument document, IReadOnlyList<Table> tables, RenderFormat format, Stream stream)
    {
        switch (format)
        {
            case RenderFormat.Html:
                DocumentHtml.Write(document, stream);
                break;
            case RenderFormat.Xlsx:
                TableRenderer.Render(tables, TableFormat.Xlsx, stream);
                break;
            case RenderFormat.Pdf:
                using (var docx = new MemoryStream())
                {
                    DocumentDocx.Write(document, docx);
                    stream.Write(DocumentPdf.FromDocx(docx.ToArray()));
                }

                break;
            default:
                DocumentDocx.Write(document, stream);
                break;
        }
    }

    private static DateOnly CoverDay(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InputException($"--date：“{text}”不是 yyyy-MM-dd 格式的日期，如 2022-04-18。");
    }
}

/// <summary>Output formats of deptbudget render.</summary>
internal enum RenderFormat
{
    Docx,
    Pdf,
    Html,
    Xlsx,
}
