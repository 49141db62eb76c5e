using System.Globalization;
using DeptBudget.Core.Checks;
using DeptBudget.Core.Documents;
using DeptBudget.Core.Documents.Recognition;
using DeptBudget.Core.Model;
using DeptBudget.Core.Narrative;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Narrative;
using DeptBudget.Formats.Profiles;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Documents;

/// <summary>What checking a published document gave: what was recognised, the findings and the rules not run.</summary>
public sealed record DocumentCheckResult(RecognizedDocument Recognized, IReadOnlyList<Finding> Findings, IReadOnlyList<SkippedRule> Skipped, int Rules)
{
    /// <summary>The performance-target forms found in the document and reviewed (template ids).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];
}

/// <summary>
/// Checks a published document as it is: recognises its standard tables, runs the built-in rules over them (a rule
/// whose table the document lacks is skipped), checks the narrative against the key figures of the tables, runs the
/// document checks, and reviews the performance-target forms it holds.
/// </summary>
public static class DocumentCheck
{
    public static DocumentCheckResult Run(SourceDocument source, string? profileId, IReadOnlyList<Rule> builtIn, IReadOnlyList<Rule> reviewers)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(builtIn);
        var candidates = (profileId is null ? ShippedProfiles.Ids : [profileId]).Select(id => Templates(ShippedProfiles.Get(id))).ToList();
        var classifications = DocumentRecognizer.YearOf(source) is { } year ? ShippedClassifications.ForYear(ShippedClassifications.YearUsedFor(year)) : null;
        var recognized = DocumentRecognizer.Recognize(source, candidates, profileId is null ? null : candidates[0].Profile.Id, ShippedDocumentVocabulary.Vocabulary, classifications);
        var tables = recognized.Tables.Select(t => t.Table).ToList();
        var findings = new List<Finding>(DocumentChecks.Run(recognized));
        var all = new List<Table>(tables);
        if (tables.Count > 0)
        {
            var keyFigures = KeyFigures.Derive(tables, null, recognized.Kind);
            all.Add(keyFigures);
            var vocabulary = ShippedSubjects.Vocabulary;
            var narrative = NarrativeReader.Read(source);
            var facts = FactReader.Read(narrative, vocabulary, recognized.Kind);
            all.Add(NarrativeTable.From(facts, vocabulary));
            findings.AddRange(NarrativeChecks.Run(facts, vocabulary, keyFigures, functionRows: FunctionRows.Read(tables)).Select(f => Quoted(f, narrative)));
        }

        var ruleProfile = candidates.FirstOrDefault(c => c.Profile.Id == recognized.Profile)?.Profile.RulesProfile() ?? recognized.Profile;
        var result = tables.Count > 0 ? CheckRun.RunOnDocument(all, builtIn, reviewers, ruleProfile) : new CheckResult([], []);
        findings.AddRange(BlankColumnFindings.Group([.. result.Findings.Select(f => InSource(f, recognized))], tables, [.. builtIn, .. reviewers]));
        var read = DocumentForms.Read(source);
        var forms = read.Forms;
        findings.AddRange(forms.Count == 0 ? [] : TargetReview.Run(forms, ShippedTargetData.Vocabulary, read.Position));
        if (forms.Count > 0)
        {
            var header = forms[0].Form.Header;
            recognized = recognized with { Department = recognized.Department ?? header.Department, Year = recognized.Year ?? header.Year };
        }

        var skipped = tables.Count > 0 ? result.Skipped : [new SkippedRule("*", "文件中没有可识别的标准表，表的审核规则都未运行")];
        return new DocumentCheckResult(recognized, findings, skipped, builtIn.Count(r => r.AppliesTo(ruleProfile)) + reviewers.Count)
        {
            Forms = forms.Select(f => f.Template.Id).ToList(),
        };
    }

    /// <summary>A narrative finding with the line (and page, also named in the message) of its sentence and the sentence quoted.</summary>
    private static Finding Quoted(Finding finding, NarrativeDocument narrative)
    {
        var location = finding.Location;
        var sentence = narrative.Sentences.FirstOrDefault(s => (s.SectionHeading ?? "（无标题）") == location.Section && s.Paragraph == location.Paragraph && s.Number == location.Sentence);
        if (sentence is null)
        {
            return finding;
        }

        var page = sentence.Page?.ToString(CultureInfo.InvariantCulture);
        var line = sentence.Line.ToString(CultureInfo.InvariantCulture);
        var at = $"（第 {line} 行）";
        var index = finding.Message.IndexOf(at, StringComparison.Ordinal);
        return finding with
        {
            Location = location with { Line = sentence.Line, Page = page ?? location.Page, Source = sentence.Text },
            Message = page is null || index < 0 ? finding.Message : string.Concat(finding.Message.AsSpan(0, index), $"（第 {page} 页第 {line} 行）", finding.Message.AsSpan(index + at.Length)),
        };
    }

    /// <summary>A rule's finding pointed into the source: the printed number and title, the line (and page) of its row.</summary>
    private static Finding InSource(Finding finding, RecognizedDocument recognized)
    {
        var location = finding.Location;
        if (recognized.Tables.FirstOrDefault(t => t.Table.Id == location.TableId) is not { } table)
        {
            return finding;
        }

        var position = location.RowKey is { } row && table.RowPositions.TryGetValue(row, out var p) ? p : table.Position;
        return finding with
        {
            Location = location with
            {
                TableNumber = table.PrintedNumber ?? location.TableNumber,
                TableTitle = table.PrintedTitle,
                Line = position.Line,
                Page = position.Page?.ToString(CultureInfo.InvariantCulture) ?? position.Sheet,
            },
        };
    }

    /// <summary>The profile's tables derived from no data: their columns and the rows every document prints.</summary>
    private static ProfileTemplates Templates(Core.Profiles.Profile profile)
    {
        var empty = new BudgetDataset { Year = profile.Year, Department = new Department { Code = "000", Name = "" } };
        var classifications = ShippedClassifications.ForYear(ShippedClassifications.YearUsedFor(profile.Year));
        return new ProfileTemplates(profile, TableDeriver.Derive(empty, classifications, profile));
    }
}
