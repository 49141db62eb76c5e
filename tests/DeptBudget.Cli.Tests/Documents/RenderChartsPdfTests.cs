using System.Diagnostics;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>The charts in the PDF that <c>render --format pdf</c> writes (Word through LibreOffice), read back with poppler-utils.</summary>
public static class RenderChartsPdfTests
{
    [Fact]
    public static void Pdf_HasTheChartImages_AndTheExactNarrative()
    {
        var output = Path.Combine(Path.GetTempPath(), $"deptbudget-charts-{Guid.NewGuid():N}.pdf");

        var (code, _, error) = CliRunner.Run("render", RepoPaths.Sample("xinxiang-2022.json"), "--format", "pdf", "--out", output, "--date", "2022-04-18");

        Assert.True(code == 0, error);
        var images = PdfImages(output);
        var text = Poppler.Compact(Poppler.Text(output));
        File.Delete(output);
        Assert.True(images.Count >= 4, string.Join("\n", images));
        Assert.All(images.Take(4), line => Assert.Contains(" image ", line, StringComparison.Ordinal));
        Assert.Contains("基本支出953.86万元，占70.54%；项目支出398.41万元，占29.46%。", text, StringComparison.Ordinal);
        Assert.Contains("人员经费884.87万元，占92.77%；公用经费68.99万元，占7.23%。", text, StringComparison.Ordinal);
    }

    /// <summary><c>pdfimages -list</c>: one line per image after the two header lines.</summary>
    private static List<string> PdfImages(string pdf)
    {
        var start = new ProcessStartInfo("pdfimages") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-list");
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfimages: " + Poppler.InstallHint);
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return lines;
    }
}
