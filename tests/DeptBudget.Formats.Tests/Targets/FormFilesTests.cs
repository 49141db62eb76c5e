using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Tests.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>
/// A form is read from whatever file a department has: seed 003's form as Word (made by LibreOffice from its text) gives
/// the indicators and the review findings its text gives, each finding pointing into that file. (As PDF, LibreOffice
/// prints its tables without ruling lines and one long 说明 cell's last line falls below its row: it is read as a row of
/// its own, which the review reports as an explanation without indicator — a row the text form cannot tell from seed
/// 002's real ones.)
/// </summary>
public sealed class FormFilesTests : IDisposable
{
    private static readonly string TextPath = RepoPaths.File("tests", "DeptBudget.Formats.Tests", "Targets", "Seeds", "003-zhengzhou-2020.txt");
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("deptbudget-form-files-");

    [Fact]
    public void Seed003_AsWord_GivesTheTextsIndicatorsAndFindings()
    {
        var html = Path.Combine(directory.FullName, "003.html");
        File.WriteAllText(html, SeedDocument.Parse(File.ReadAllText(TextPath)).Html());
        var path = LibreOffice.Convert(html, "docx", Path.Combine(directory.FullName, "docx"), inputFilter: LibreOffice.HtmlAsWriter).Single();

        var text = FormFiles.Read(TextPath, null);
        var document = FormFiles.Read(path, null);

        Assert.Equal(Indicators(text), Indicators(document));
        Assert.Equal(Findings(text), Findings(document));
        var placed = TargetReview.Run(document.Forms, ShippedTargetData.Vocabulary, document.PositionsOfForm);
        Assert.All(placed, f => Assert.True(f.Location.Line is > 0, f.Message));
    }

    [Fact]
    public void ADocumentWithoutAForm_SaysSoAndNamesTheTemplates()
    {
        var path = Path.Combine(directory.FullName, "note.txt");
        File.WriteAllText(path, "这不是绩效目标表。\n");

        var error = Assert.Throws<InputException>(() => FormFiles.Read(path, null));

        Assert.Contains("hubei-project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsFormJson_TellsFormsFromADataset_ByTheirTopLevelFields()
    {
        var form = RepoPaths.File("samples", "targets", "service-hall-form.json");
        var withBom = Path.Combine(directory.FullName, "form-bom.json");
        File.WriteAllBytes(withBom, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(form)]);
        var listed = Path.Combine(directory.FullName, "forms.json");
        File.WriteAllText(listed, "[" + File.ReadAllText(form) + "]");

        Assert.True(FormFiles.IsFormJson(form));
        Assert.True(FormFiles.IsFormJson(withBom));
        Assert.True(FormFiles.IsFormJson(listed));
        Assert.False(FormFiles.IsFormJson(RepoPaths.Sample("xinxiang-2022.json")));
        Assert.False(FormFiles.IsFormJson(Path.Combine(directory.FullName, "none.json")));
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static List<string> Indicators(FormFile file) =>
        [.. file.Forms.SelectMany(f => f.Form.AllIndicators).Select(i => $"{i.Level1}/{i.Level2}/{i.Level3}={i.Target.Text}")];

    private static List<string> Findings(FormFile file) =>
        [.. TargetReview.Run(file.Forms, ShippedTargetData.Vocabulary).Select(f => $"{f.RuleId}|{f.Location.Section}|{f.Location.RowKey}|{f.Location.RowLabel}").Order(StringComparer.Ordinal)];
}
