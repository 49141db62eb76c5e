using System.Diagnostics;

namespace DeptBudget.Testing;

/// <summary>
/// Runs LibreOffice headless to convert a file (xlsx → csv, docx → pdf …) as a second, independent reader of what we
/// write. Each run gets its own HOME, so runs do not share or lock a user profile. A missing LibreOffice fails the
/// test with the command that installs it: CI installs it, it is never skipped.
/// </summary>
public static class LibreOffice
{
    public const string InstallHint =
        "apt-get update && apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk";

    /// <summary>The CSV export filter: comma, double quote, UTF-8, raw values (not as shown), every sheet to its own file.</summary>
    public const string CsvEverySheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /// <summary>Opens an HTML file as a Writer document (not Writer/Web), so that it converts to .docx and PDF.</summary>
    public const string HtmlAsWriter = "HTML (StarWriter)";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Converts <paramref name="inputPath"/> with <c>--convert-to <paramref name="target"/></c> into
    /// <paramref name="outputDirectory"/> and returns the files it created there, sorted by name.
    /// </summary>
    /// <param name="inputFilter">How LibreOffice should open the input, e.g. <see cref="HtmlAsWriter"/>; null lets it choose.</param>
    public static IReadOnlyList<string> Convert(string inputPath, string target, string outputDirectory, TimeSpan? timeout = null, string? inputFilter = null)
    {
        var executable = FindExecutable();
        Directory.CreateDirectory(outputDirectory);
        var before = Directory.GetFiles(outputDirectory).ToHashSet();
        var home = Directory.CreateTempSubdirectory("deptbudget-lo-home-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--norestore", "--convert-to", target, "--outdir", outputDirectory, inputPath })
            {
                start.ArgumentList.Add(argument);
            }

            if (inputFilter is not null)
            {
                start.ArgumentList.Insert(2, $"--infilter={inputFilter}");
            }

            start.Environment["HOME"] = home.FullName;
            var (exitCode, output) = Run(start, timeout ?? DefaultTimeout);
            var created = Directory.GetFiles(outputDirectory).Where(f => !before.Contains(f)).Order(StringComparer.Ordinal).ToList();
            if (exitCode != 0 || created.Count == 0)
            {
                Assert.Fail($"LibreOffice could not convert {inputPath} to {target} (exit code {exitCode}):\n{output}");
            }

            return created;
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    /// <summary>The path of libreoffice (or soffice) on PATH; fails the test with the install command when absent.</summary>
    public static string FindExecutable()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        foreach (var name in new[] { "libreoffice", "soffice" })
        {
            foreach (var directory in directories.Where(d => d.Length > 0))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail($"LibreOffice is not installed (no libreoffice or soffice on PATH). Install it with: {InstallHint}");
        throw new UnreachableException();
    }

    private static (int ExitCode, string Output) Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"LibreOffice did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
