using DeptBudget.Core.Checks;
using DeptBudget.Formats.Checks;

namespace DeptBudget.Cli.Commands;

/// <summary>Writes a findings report in the format the user asked for; the exit code says whether errors were found.</summary>
internal static class FindingsOutput
{
    public static int Write(CheckedDocument document, IReadOnlyList<Finding> findings, CheckFormat format, string output, TextWriter stdout)
    {
        OutputFile.Write(output, stdout, stream =>
        {
            switch (format)
            {
                case CheckFormat.Json:
                    FindingReport.WriteJson(document, findings, stream);
                    break;
                case CheckFormat.Xlsx:
                    FindingXlsx.Write(findings, stream, document.Skipped);
                    break;
                case CheckFormat.Html:
                    FindingHtml.Write(document, findings, stream);
                    break;
                default:
                    FindingReport.WriteText(document, findings, stream);
                    break;
            }
        });
        return findings.Any(f => f.Severity == Severity.Error) ? CheckCommand.ErrorsFound : CliApp.Ok;
    }
}
