using System.Globalization;
using System.Text;

namespace DeptBudget.Bench.Measuring;

/// <summary>How the reports write counts, times, ratios and memory (invariant culture).</summary>
public static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(Invariant));

    public static string N(long value) => value.ToString("N0", Invariant);

    public static string Ms(TimeSpan time) => time.TotalMilliseconds switch
    {
        < 10 => time.TotalMilliseconds.ToString("0.00 'ms'", Invariant),
        < 100 => time.TotalMilliseconds.ToString("0.0 'ms'", Invariant),
        _ => time.TotalMilliseconds.ToString("N0", Invariant) + " ms",
    };

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00 's'", Invariant);

    public static string Ratio(TimeSpan sql, TimeSpan engine) => (sql / engine).ToString("0.0", Invariant) + "×";

    public static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", Invariant) + " MiB";

    public static string Gib(long bytes) => (bytes / 1024.0 / 1024.0 / 1024.0).ToString("0.0", Invariant) + " GiB";
}
