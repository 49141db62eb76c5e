using DeptBudget.Core.Checks.Language;
using DeptBudget.Formats;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget check on a published document: read it, recognise its tables and check it as it is.</summary>
internal static class DocumentCheckAction
{
    public static int Run(string path, string? profile, string[] ruleFiles, CheckFormat format, string output, TextWriter stdout)
    {
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
        var document = new CheckedDocument(recognized.Department ?? "", recognized.Year ?? 0, recognized.Profile, null, result.Rules)
        {
            Skipped = result.Skipped,
            Source = result,
        };
        var findings = result.Findings;
        return FindingsOutput.Write(document, findings, format, output, stdout);
    }
}
