using SkiaSharp;

namespace DeptBudget.Formats.Documents.Writing.Charts;

/// <summary>
/// The CJK font charts are drawn with: Noto Sans CJK SC (Debian fonts-noto-cjk), else any installed font that has
/// Chinese characters; without one the labels would be empty boxes, so rendering stops with a message (exit code 2)
/// saying what to install.
/// </summary>
internal static class ChartFont
{
    private const string Preferred = "Noto Sans CJK SC";

    private static readonly Lazy<string> Family = new(Find);

    public static string Name => Family.Value;

    private static string Find()
    {
        using var preferred = SKFontManager.Default.MatchFamily(Preferred);
        if (preferred is not null && preferred.FamilyName == Preferred)
        {
            return Preferred;
        }

        using var any = SKFontManager.Default.MatchCharacter('预');
        return any?.FamilyName ?? throw new InputException(
            "绘制图表需要中文字体，但本机没有安装：请安装 fonts-noto-cjk（Debian/Ubuntu: apt-get install fonts-noto-cjk）后重试；"
            + "或在式样的 document.tsv 中写 charts off 不画图表。");
    }
}
