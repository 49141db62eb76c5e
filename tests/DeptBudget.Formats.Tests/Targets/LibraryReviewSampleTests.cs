using DeptBudget.Core.Targets.Review;
using DeptBudget.Formats.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The library's rules find nothing on the sample forms, which are written as the library says.</summary>
public class LibraryReviewSampleTests
{
    public static TheoryData<string> SampleForms() => [.. Directory.GetFiles(RepoPaths.Sample("targets"), "*-form.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SampleForms))]
    public void SampleForm_HasNoLibraryFinding(string file)
    {
        var path = RepoPaths.Sample(Path.Combine("targets", file));
        var forms = FormJson.Read(File.ReadAllText(path), path).Select(f => (f, ShippedTargetData.Template(f.TemplateId)));

        var findings = TargetReview.Run(forms, ShippedTargetData.Vocabulary);

        Assert.DoesNotContain(findings, f => f.RuleId is "target-placement" or "target-relation" or "target-formula-mismatch");
    }
}
