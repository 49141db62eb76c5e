using System.Globalization;
using System.Text.RegularExpressions;

namespace DeptBudget.Core.Targets;

/// <summary>
/// Reads a target as written (DOMAIN §6.1) into operator, number and unit, several such parts, words, or a clear
/// "could not read".
/// </summary>
public static partial class TargetParser
{
    private static readonly string[] UnitsAlone = ["TB", "GB", "MB", "G", "M", "%", "万元", "元", "个", "人", "次", "条", "天", "日", "小时", "分钟", "秒"];

    public static Target Parse(string? text)
    {
        var original = text ?? "";
        var normalized = TargetText.Normalize(original);
        if (normalized.Length == 0)
        {
            return new MissingTarget { Text = original };
        }

        if (Deadline().Match(normalized) is { Success: true } deadline)
        {
            return new DeadlineTarget
            {
                Text = original,
                Year = deadline.Groups["year"].Success ? int.Parse(deadline.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                Month = deadline.Groups["month"].Success ? int.Parse(deadline.Groups["month"].Value, CultureInfo.InvariantCulture) : 12,
                Day = deadline.Groups["day"].Success ? int.Parse(deadline.Groups["day"].Value, CultureInfo.InvariantCulture) : null,
            };
        }

        if (!normalized.Any(char.IsAsciiDigit))
        {
            var compact = normalized.Replace(" ", "", StringComparison.Ordinal);
            return UnitsAlone.Contains(compact, StringComparer.OrdinalIgnoreCase)
                ? new UnreadableTarget { Text = original, Reason = $"只有单位“{compact}”，没有数值" }
                : new QualitativeTarget { Text = original };
        }

        var parts = new List<QuantitativeTarget>();
        foreach (var piece in Separator().Split(normalized).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (ReadPart(piece) is { } part)
            {
                parts.Add(part with { Text = piece });
                continue;
            }

            var reason = piece.Any(char.IsAsciiDigit)
                ? $"读不出“{piece}”的比较符号、数值和单位"
                : $"“{piece}”没有数值";
            return new UnreadableTarget { Text = original, Reason = reason };
        }

        return parts.Count == 1
            ? parts[0] with { Text = original }
            : new CompoundTarget { Text = original, Parts = parts };
    }

    private static QuantitativeTarget? ReadPart(string piece)
    {
        var match = Part().Match(piece);
        if (!match.Success)
        {
            return null;
        }

        var value = 1m;
        foreach (var factor in match.Groups["number"].Value.Split('*'))
        {
            value *= decimal.Parse(factor.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (match.Groups["sign"].Success)
        {
            value = -value;
        }

        var comparison = OperatorWords.Read(match.Groups["op"].Value);
        if (comparison == Comparison.None)
        {
            comparison = OperatorWords.ReadSuffix(match.Groups["suffix"].Value);
        }

        return new QuantitativeTarget
        {
            Text = piece,
            Operator = comparison,
            Value = value,
            Unit = match.Groups["unit"].Value.Trim(),
            Label = match.Groups["label"].Value.Trim(),
        };
    }

    /// <summary>"2023年12月底前完成", "6月30日前", "2024年底前上线": a year and month (or 年底), an optional day, then 前 and a verb.</summary>
    [GeneratedRegex(@"^(?:(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2})\s*月\s*(?:(?<day>\d{1,2})\s*日|底|末|份)?|(?<year>\d{4})\s*年\s*(?:底|末))\s*(?:前|之前|以前|内)\s*(?:全部|按时|按期)?\s*(?:完成|完工|到位|上线|验收|办结|交付|实施|建成|拨付)?\s*$")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"[,，;；、]")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<label>[^\d≥≤=<>≈]*?)\s*(?<op>≥|≤|=|>|<|≈|约|大于等于|不低于|不少于|至少|不超过|不高于|不多于|小于等于|大于|高于|超过|多于|小于|低于|少于|等于|达到)?\s*(?<sign>-)?(?<number>\d+(?:\.\d+)?(?:\s*\*\s*\d+(?:\.\d+)?)?)\s*(?<unit>[^\d\s≥≤=<>]{0,4}?)\s*(?<suffix>及以上|以上|及以下|以下|以内)?$")]
    private static partial Regex Part();
}
