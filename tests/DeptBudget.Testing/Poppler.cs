using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DeptBudget.Testing;

/// <summary>
/// poppler-utils (pdftotext, pdffonts) as an independent reader of the PDFs we write. A missing tool fails the test
/// with the command that installs it.
/// </summary>
public static partial class Poppler
{
    public const string InstallHint = "apt-get update && apt-get install -y poppler-utils";

    /// <summary>The text layer of a PDF as pdftotext reads it (UTF-8, reading order).</summary>
    public static string Text(string pdfPath) => Run("pdftotext", "-enc", "UTF-8", pdfPath, "-");

    /// <summary>The text with all white space removed: lines wrap and spacing differs between Chinese and digits.</summary>
    public static string Compact(string text) => Whitespace().Replace(text, "");

    /// <summary>pdffonts' table: one line per font with its type and whether it is embedded.</summary>
    public static IReadOnlyList<string> Fonts(string pdfPath) =>
        Run("pdffonts", pdfPath).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }

        if (process is null)
        {
            Assert.Fail($"{tool} is not installed. Install it with: {InstallHint}");
            throw new UnreachableException();
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed on {arguments[^1]}: {error.Result}");
            return output.Result;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
