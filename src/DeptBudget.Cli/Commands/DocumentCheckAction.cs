using DeptBudget.Core.Checks.Language;
using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// deptbudget check on a published document: read it, recognise its tables and check it as it is. A document that holds
/// performance-target forms and no standard table (a form's xlsx) is reported as the forms' review, as targets check does.
/// </summary>
internal static class DocumentCheckAction
{
    /// <summary>The document check's notice that no budget table was found, which a document of forms only does not need.</summary>
    private const string NoStandardTable = "document-no-standard-table";

    public static int Run(string path, string? profile, string[] ruleFiles, CheckFormat format, string output, TextWriter stdout)
    {
        if (FormFiles.Workbook(path) is { } workbook)
        {
            return TargetsCommand.Review(workbook, format, output, stdout);
        }

        var source = SourceDocuments.Read(path);
        var profileId = profile is null or "auto" ? null : ShippedProfiles.Get(profile).Id;
        DocumentCheckResult result;
        try
        {
            result = DocumentCheck.Run(source, profileId, ShippedRules.All, ruleFiles.SelectMany(ShippedRules.ReadFile).ToList());
        }
        catch (RuleException ex)
        {
            throw new InputException(ex.Describe(), ex);
        }

        var recognized = result.Recognized;
        var formsOnly = recognized.Tables.Count == 0 && result.Forms.Count > 0;
        var document = formsOnly
            ? new CheckedDocument(recognized.Department ?? "", recognized.Year ?? 0, string.Join("+", result.Forms), null, TargetReview.RuleIds.Count)
            : new CheckedDocument(recognized.Department ?? "", recognized.Year ?? 0, recognized.Profile, null, result.Rules) { Skipped = result.Skipped, Source = result };
        var findings = formsOnly ? result.Findings.Where(f => f.RuleId != NoStandardTable).ToList() : result.Findings;
        return FindingsOutput.Write(document, findings, format, output, stdout);
    }
}
