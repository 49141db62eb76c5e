using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>Reads one table of the table JSON contract.</summary>
internal static class TableJsonReader
{
    public static Table Read(JsonNode node)
    {
        var unitNode = node.Required("unit");
        if (!TableJsonNames.TryUnit(unitNode.String(), out var unit))
        {
            throw unitNode.Error("单位应为 \"万元\" 或 \"元\"");
        }

        return new Table
        {
            Id = node.Required("id").String(),
            Number = node.Required("number").String(),
            Title = node.Required("title").String(),
            Subtitles = node.Optional("subtitles")?.Strings() ?? [],
            Unit = unit,
            Columns = node.Required("columns").Items().Select(ReadColumn).ToList(),
            Rows = node.Required("rows").Items().Select(ReadRow).ToList(),
            Notes = node.Optional("notes")?.Strings() ?? [],
            IsEmpty = node.Optional("isEmpty")?.Bool() ?? false,
        };
    }

    private static Column ReadColumn(JsonNode node) => new()
    {
        Key = node.Optional("key")?.String(),
        Label = node.Required("label").String(),
        Kind = Enum(node.Optional("kind"), TableJsonNames.TryKind, ColumnKind.Value),
        TextKey = node.Optional("textKey")?.String(),
        Side = Enum(node.Optional("side"), TableJsonNames.TrySide, TableSide.None),
        Children = node.Optional("children")?.Items().Select(ReadColumn).ToList() ?? [],
    };

    private static TableRow ReadRow(JsonNode node) => new()
    {
        Key = node.Required("key").String(),
        Code = node.Optional("code")?.String(),
        CodeKind = Enum(node.Optional("codeKind"), TableJsonNames.TryCodeKind, RowCodeKind.None),
        Label = node.Required("label").String(),
        Level = node.Optional("level")?.Int() ?? 0,
        Role = Enum(node.Optional("role"), TableJsonNames.TryRole, RowRole.Detail),
        Side = Enum(node.Optional("side"), TableJsonNames.TrySide, TableSide.None),
        Cells = node.Required("cells").Properties().ToDictionary(p => p.Name, p => p.Value.Decimal()),
        Texts = node.Optional("texts")?.Properties().ToDictionary(p => p.Name, p => p.Value.String())
            ?? new Dictionary<string, string>(),
    };

    private delegate bool TryParse<T>(string text, out T value);

    private static T Enum<T>(JsonNode? node, TryParse<T> parse, T fallback)
    {
        if (node is not { } present)
        {
            return fallback;
        }

        return parse(present.String(), out var value) ? value : throw present.Error($"未知的取值 \"{present.String()}\"");
    }
}
