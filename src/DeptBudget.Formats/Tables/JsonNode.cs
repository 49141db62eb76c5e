using System.Text.Json;

namespace DeptBudget.Formats.Tables;

/// <summary>A JSON element with its path, so a reading error can say where it is ("tables[0].rows[3].label").</summary>
internal readonly record struct JsonNode(JsonElement Element, string Path)
{
    public JsonNode Required(string name) =>
        Optional(name) ?? throw Error($"缺少字段 \"{name}\"");

    public JsonNode? Optional(string name)
    {
        Expect(JsonValueKind.Object, "对象");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonNode(value, Child(name))
            : null;
    }

    public IEnumerable<JsonNode> Items()
    {
        Expect(JsonValueKind.Array, "数组");
        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonNode(item, $"{Path}[{index++}]");
        }
    }

    public IEnumerable<(string Name, JsonNode Value)> Properties()
    {
        Expect(JsonValueKind.Object, "对象");
        foreach (var property in Element.EnumerateObject())
        {
            yield return (property.Name, new JsonNode(property.Value, Child(property.Name)));
        }
    }

    public string String()
    {
        Expect(JsonValueKind.String, "字符串");
        return Element.GetString()!;
    }

    public int Int()
    {
        Expect(JsonValueKind.Number, "整数");
        return Element.TryGetInt32(out var value) ? value : throw Error("应为整数");
    }

    public bool Bool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error("应为 true 或 false"),
    };

    public decimal? Decimal()
    {
        if (Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(JsonValueKind.Number, "数字或 null");
        return Element.TryGetDecimal(out var value) ? value : throw Error("数字超出范围");
    }

    public IReadOnlyList<string> Strings() => Items().Select(item => item.String()).ToList();

    public InputException Error(string what) => new($"表格 JSON：{(Path.Length == 0 ? "根" : Path)}：{what}。");

    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private void Expect(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw Error($"应为{what}");
        }
    }
}
