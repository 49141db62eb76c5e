namespace DeptBudget.Core.Model;

/// <summary>支出功能分类科目: 类 (3 digits), 款 (5 digits) or 项 (7 digits).</summary>
public readonly record struct FunctionCode : IComparable<FunctionCode>
{
    public FunctionCode(int value)
    {
        if (value is < 100 or > 9_999_999 || DigitCount(value) is not (3 or 5 or 7))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A function code has 3, 5 or 7 digits.");
        }

        Value = value;
    }

    public int Value { get; }

    public CodeLevel Level => DigitCount(Value) switch
    {
        3 => CodeLevel.Class,
        5 => CodeLevel.Section,
        _ => CodeLevel.Item,
    };

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public FunctionCode Class => new(Level switch { CodeLevel.Class => Value, CodeLevel.Section => Value / 100, _ => Value / 10_000 });

    /// <summary>The 款 this code belongs to; a 类 has none.</summary>
    public FunctionCode? Section => Level switch
    {
        CodeLevel.Class => null,
        CodeLevel.Section => this,
        _ => new FunctionCode(Value / 100),
    };

    public FunctionCode? Parent => Level switch
    {
        CodeLevel.Class => null,
        _ => new FunctionCode(Value / 100),
    };

    public static bool TryParse(string? text, out FunctionCode code)
    {
        code = default;
        if (!CodeText.TryParseDigits(text, out var value, out var digits) || digits is not (3 or 5 or 7) || value < 100)
        {
            return false;
        }

        code = new FunctionCode(value);
        return true;
    }

    public static FunctionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"“{text}”不是支出功能分类科目编码（应为 3、5 或 7 位数字）。");

    /// <summary>Splits a code into its 类, 款 and 项 parts as tables print them ("201", "03", "01").</summary>
    public (string Class, string? Section, string? Item) Parts()
    {
        var text = ToString();
        return Level switch
        {
            CodeLevel.Class => (text, null, null),
            CodeLevel.Section => (text[..3], text[3..5], null),
            _ => (text[..3], text[3..5], text[5..7]),
        };
    }

    public int CompareTo(FunctionCode other) => string.CompareOrdinal(ToString(), other.ToString());

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static int DigitCount(int value) => value switch
    {
        < 10 => 1,
        < 100 => 2,
        < 1_000 => 3,
        < 10_000 => 4,
        < 100_000 => 5,
        < 1_000_000 => 6,
        < 10_000_000 => 7,
        _ => 8,
    };
}

/// <summary>支出经济分类科目 (department view 3xx or government view 5xx): 类 (3 digits) or 款 (5 digits).</summary>
public readonly record struct EconomicCode : IComparable<EconomicCode>
{
    public EconomicCode(int value)
    {
        if (FunctionCode.DigitCount(value) is not (3 or 5))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An economic code has 3 or 5 digits.");
        }

        Value = value;
    }

    public int Value { get; }

    public CodeLevel Level => Value < 1000 ? CodeLevel.Class : CodeLevel.Section;

    /// <summary>The 类 (first three digits).</summary>
    public EconomicCode Class => Level == CodeLevel.Class ? this : new EconomicCode(Value / 100);

    public static bool TryParse(string? text, out EconomicCode code)
    {
        code = default;
        if (!CodeText.TryParseDigits(text, out var value, out var digits) || digits is not (3 or 5) || value < 100)
        {
            return false;
        }

        code = new EconomicCode(value);
        return true;
    }

    public static EconomicCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"“{text}”不是支出经济分类科目编码（应为 3 或 5 位数字）。");

    public int CompareTo(EconomicCode other) => string.CompareOrdinal(ToString(), other.ToString());

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>类 / 款 / 项.</summary>
public enum CodeLevel
{
    Class = 1,
    Section = 2,
    Item = 3,
}

internal static class CodeText
{
    /// <summary>Reads digits, ignoring spaces and the separators tables put between 类, 款 and 项.</summary>
    public static bool TryParseDigits(string? text, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var raw in text)
        {
            var c = raw is >= '０' and <= '９' ? (char)(raw - '０' + '0') : raw;
            if (c is >= '0' and <= '9')
            {
                if (digits == 9)
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                digits++;
            }
            else if (c is not (' ' or '\u3000' or '|' or '-' or '.' or '\t'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
