using System.Diagnostics;
using System.Text;

namespace DeptBudget.Formats.Documents.Writing;

/// <summary>
/// The PDF: the .docx converted by LibreOffice (soffice --headless --convert-to pdf), which embeds the fonts and
/// writes a text layer that reads back as the exact Chinese text. LibreOffice runs with its own HOME and a fontconfig
/// file that maps the fonts government documents name (仿宋_GB2312, 宋体, 黑体, 楷体_GB2312, 方正小标宋简体) to the
/// Noto CJK fonts Debian ships (fonts-noto-cjk).
/// </summary>
public static class DocumentPdf
{
    public const string InstallHint = "apt-get install -y libreoffice-writer-nogui fonts-noto-cjk";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly (string Family, string Substitute)[] Aliases =
    [
        ("仿宋_GB2312", "Noto Serif CJK SC"), ("仿宋", "Noto Serif CJK SC"), ("FangSong", "Noto Serif CJK SC"),
        ("楷体_GB2312", "Noto Serif CJK SC"), ("楷体", "Noto Serif CJK SC"), ("KaiTi", "Noto Serif CJK SC"),
        ("宋体", "Noto Serif CJK SC"), ("SimSun", "Noto Serif CJK SC"), ("方正小标宋简体", "Noto Serif CJK SC"),
        ("黑体", "Noto Sans CJK SC"), ("SimHei", "Noto Sans CJK SC"),
    ];

    /// <summary>Converts <paramref name="docx"/> (the bytes of a .docx) to PDF bytes.</summary>
    public static byte[] FromDocx(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var soffice = FindSoffice() ?? throw new InputException($"生成 PDF 需要 LibreOffice，但未找到 soffice 或 libreoffice 命令。请安装：{InstallHint}；或先生成 .docx（--format docx）。");
        var work = Directory.CreateTempSubdirectory("deptbudget-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            File.WriteAllBytes(input, docx);
            var home = Directory.CreateDirectory(Path.Combine(work.FullName, "home"));
            var fontsConf = Path.Combine(work.FullName, "fonts.conf");
            File.WriteAllText(fontsConf, FontConfig(), new UTF8Encoding(false));
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.FullName, input })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = home.FullName;
            start.Environment["FONTCONFIG_FILE"] = fontsConf;
            var output = Run(start);
            var pdf = Path.Combine(work.FullName, "document.pdf");
            return File.Exists(pdf)
                ? File.ReadAllBytes(pdf)
                : throw new InvalidOperationException($"LibreOffice 未能把文档转换为 PDF：{output}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The system's fontconfig setup plus the aliases.</summary>
    public static string FontConfig()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n");
        foreach (var (family, substitute) in Aliases)
        {
            xml.Append("  <alias binding=\"same\"><family>").Append(family).Append("</family><prefer><family>").Append(substitute).Append("</family></prefer></alias>\n");
        }

        return xml.Append("</fontconfig>\n").ToString();
    }

    private static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(d => new[] { Path.Combine(d, "soffice"), Path.Combine(d, "libreoffice") })
            .FirstOrDefault(File.Exists);

    private static string Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 {start.FileName}。");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"LibreOffice 在 {Timeout.TotalSeconds} 秒内未完成 PDF 转换。");
        }

        process.WaitForExit();
        return stdout.Result + stderr.Result;
    }
}
