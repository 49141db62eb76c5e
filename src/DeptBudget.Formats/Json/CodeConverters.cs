using System.Text.Json;
using System.Text.Json.Serialization;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Json;

/// <summary>Writes codes as strings ("2010301") and reads them from strings or numbers.</summary>
internal sealed class FunctionCodeConverter : JsonConverter<FunctionCode>
{
    public override FunctionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = ReadText(ref reader);
        return FunctionCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"“{text}”不是支出功能分类科目编码（应为 3、5 或 7 位数字）。");
    }

    public override void Write(Utf8JsonWriter writer, FunctionCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    internal static string ReadText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.Number => reader.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new JsonException("科目编码应为字符串。"),
    };
}

internal sealed class EconomicCodeConverter : JsonConverter<EconomicCode>
{
    public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = FunctionCodeConverter.ReadText(ref reader);
        return EconomicCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"“{text}”不是支出经济分类科目编码（应为 3 或 5 位数字）。");
    }

    public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
