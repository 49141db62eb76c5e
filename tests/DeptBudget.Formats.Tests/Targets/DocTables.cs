using System.Globalization;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Targets;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Targets;

/// <summary>The worked examples of docs/TARGETS-SELF-EVALUATION.md: their section of the page, its Markdown tables, and the sample they score.</summary>
internal static class DocTables
{
    /// <summary>The rows (cells trimmed) of the first table in <paramref name="page"/> whose header starts with <paramref name="header"/>.</summary>
    public static List<string[]> Rows(string page, string header)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no table “{header}” on the page");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The page from the heading <paramref name="from"/> up to the heading <paramref name="to"/>.</summary>
    public static string Section(string from, string to)
    {
        var text = File.ReadAllText(RepoPaths.File("docs", "TARGETS-SELF-EVALUATION.md"));
        var start = text.IndexOf(from, StringComparison.Ordinal);
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }

    /// <summary>A sample form (samples/targets/NAME-form.json) scored with its actuals by the method chosen for it.</summary>
    public static ScoreSheet Score(string sample)
    {
        var form = FormJson.Read(File.ReadAllText(RepoPaths.Sample($"targets/{sample}-form.json")), $"{sample}-form.json").Single();
        var actuals = ActualsJson.ReadFile(RepoPaths.Sample($"targets/{sample}-actuals.json"));
        return SelfEvaluation.Score(form, actuals, ScoringData.Methods.For(form, actuals.Project), ShippedTargetData.Vocabulary.Directions, LibraryData.Library);
    }
}
