using System.Text.Json;
using System.Text.RegularExpressions;

namespace DeptBudget.Formats.Json;

/// <summary>Deserialises a user's JSON file; any failure becomes an <see cref="InputException"/> naming the file, line and column.</summary>
internal static partial class JsonInput
{
    /// <param name="what">What the file holds, for the message ("数据集", "式样").</param>
    public static T Read<T>(string json, string fileName, string what)
        where T : class
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, JsonOptions.Default);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {ex.BytePositionInLine + 1} 列" : "";
            throw new InputException($"{fileName}：{where}无法读取{what}：{Describe(ex)}", ex);
        }

        return value ?? throw new InputException($"{fileName}：文件为空。");
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = InChinese(cut > 0 ? message[..cut] : message);
        return ex.Path is { Length: > 0 } path ? $"{text}（位置 {path}）" : text;
    }

    /// <summary>The serializer's usual complaints in the users' language; anything else as it is.</summary>
    private static string InChinese(string message)
    {
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            return $"不认识的字段“{unknown.Groups[1].Value}”（字段名区分大小写，见文件格式说明）";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"缺少必填字段 {missing.Groups[1].Value.Replace("'", "", StringComparison.Ordinal).Replace(", ", "、", StringComparison.Ordinal).TrimEnd('.')}";
        }

        if (WrongToken().Match(message) is { Success: true } token)
        {
            var written = TokenName(token.Groups["written"].Value);
            return token.Groups["expected"].Value switch
            {
                "number" => $"这里应是数字（不加引号，如 12.50），写的是{written}",
                "string" => $"这里应是文字（加双引号），写的是{written}",
                _ => $"这里的值类型不对，写的是{written}",
            };
        }

        if (NotConvertible().Match(message) is { Success: true } convert)
        {
            return convert.Groups[1].Value switch
            {
                "System.Decimal" or "System.Double" or "System.Nullable`1[System.Decimal]" => "这里应是数字（如 12.50），不是文字或空串",
                "System.Int32" or "System.Nullable`1[System.Int32]" => "这里应是整数（如 2024）",
                "System.String" => "这里应是文字（加双引号）",
                "System.Boolean" => "这里应是 true 或 false",
                var type when type.Contains("Collections", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) => "这里应是列表（[ … ]）",
                _ => "这里的值不是允许的写法（可选值见文件格式说明）",
            };
        }

        return Syntax.FirstOrDefault(p => message.Contains(p.English, StringComparison.Ordinal)).Chinese ?? message;
    }

    /// <summary>The reader's syntax complaints: what a hand edit usually broke.</summary>
    private static readonly (string English, string Chinese)[] Syntax =
    [
        ("Expected depth to be zero at the end of the JSON payload", "文件在此处中断：有没有闭合的 { 或 ["),
        ("reached end of data", "文件在此处中断：后面缺了内容"),
        ("is an invalid start of a value", "这里不是合法的 JSON 值（多了逗号，少了引号，或用了中文引号？）"),
        ("is invalid after a value", "这里少了逗号，或括号不配对"),
        ("is an invalid start of a property name", "这里应是加双引号的字段名（多了逗号？）"),
        ("is invalid after a property name", "字段名后应是冒号"),
        ("is invalid within a number", "数字写法有误（不能有千分位逗号或单位）"),
        ("The input does not contain any JSON tokens", "文件是空的"),
        ("Expected end of string", "文字没有闭合的双引号"),
        ("trailing comma", "列表或对象末尾多了逗号"),
    ];

    private static string TokenName(string token) => token switch
    {
        "String" => "文字",
        "Number" => "数字",
        "True" or "False" => "true/false",
        "Null" => "null",
        "StartArray" => "列表",
        "StartObject" => "对象",
        _ => token,
    };

    [GeneratedRegex(@"Cannot get the value of a token type '(?<written>\w+)' as a (?<expected>\w+)")]
    private static partial Regex WrongToken();

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"missing required properties including: (.*)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON value could not be converted to ([^.\s]+(?:\.[^.\s]+)*)\.?")]
    private static partial Regex NotConvertible();
}
