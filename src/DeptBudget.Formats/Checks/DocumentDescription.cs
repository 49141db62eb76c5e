using System.Globalization;
using System.Text;
using System.Text.Json;
using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents;

namespace DeptBudget.Formats.Checks;

/// <summary>The <c>document</c> part of a report on a published document: what was recognised and what was not.</summary>
internal static class DocumentDescription
{
    public static void Write(Utf8JsonWriter json, DocumentCheckResult result)
    {
        var recognized = result.Recognized;
        json.WriteString("title", recognized.Title);
        json.WriteString("unitOfAmounts", recognized.Unit);
        json.WriteString("profileReason", recognized.ProfileReason);
        json.WriteStartArray("tables");
        foreach (var table in recognized.Tables)
        {
            json.WriteStartObject();
            json.WriteString("id", table.Table.Id);
            json.WriteString("number", table.PrintedNumber);
            json.WriteString("title", table.PrintedTitle);
            json.WriteNumber("rows", table.Table.Rows.Count);
            json.WriteBoolean("empty", table.Table.IsEmpty);
            Position(json, table.Position);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Titles(json, "titlesWithoutTable", recognized.TitlesWithoutTable);
        Titles(json, "otherTables", recognized.OtherTables);
        Titles(json, "contents", recognized.Contents);
        json.WriteStartArray("problems");
        foreach (var problem in recognized.Problems)
        {
            json.WriteStartObject();
            json.WriteString("message", problem.Message);
            Position(json, problem.Position);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("forms");
        foreach (var form in result.Forms)
        {
            json.WriteStringValue(form);
        }

        json.WriteEndArray();
        json.WriteString("standardTables", recognized.Tables.Count == 0 ? "文件中没有可识别的标准表" : null);
    }

    public static string Summary(DocumentCheckResult result)
    {
        var recognized = result.Recognized;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"文件：{recognized.Title}；式样 {recognized.Profile}（{recognized.ProfileReason}）。\n");
        text.Append(recognized.Tables.Count == 0
            ? "文件中没有可识别的标准表。\n"
            : $"识别的表：{string.Join("、", recognized.Tables.Select(t => $"{t.PrintedNumber}《{t.PrintedTitle}》"))}。\n");
        if (result.Forms.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"绩效目标表：{string.Join("、", result.Forms.CountBy(f => f).Select(g => g.Value == 1 ? g.Key : $"{g.Key} {g.Value} 张"))}，已一并审核。\n");
        }

        if (recognized.Problems.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"未能读取 {recognized.Problems.Count} 处（见审核发现）。\n");
        }

        return text.ToString();
    }

    private static void Titles(Utf8JsonWriter json, string name, IReadOnlyList<Core.Documents.Recognition.PrintedTitle> titles)
    {
        json.WriteStartArray(name);
        foreach (var title in titles)
        {
            json.WriteStartObject();
            json.WriteString("title", title.Text);
            json.WriteString("id", title.TableId);
            Position(json, title.Position);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter json, SourcePosition position)
    {
        json.WriteNumber("line", position.Line);
        if (position.Page is { } page)
        {
            json.WriteNumber("page", page);
        }

        if (position.Sheet is { } sheet)
        {
            json.WriteString("sheet", sheet);
        }
    }
}
