using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Library;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Cli.Commands;

/// <summary>deptbudget targets library: the indicator library, to pick indicators from when filling a form.</summary>
internal static class TargetsLibraryCommand
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout)
    {
        var format = new Option<LibraryFormat>("--format") { Description = "text | json", DefaultValueFactory = _ => LibraryFormat.Text };
        var output = new Option<string>("--out") { Description = "输出文件；默认或 - 为标准输出", DefaultValueFactory = _ => "-" };
        var command = new Command("library", "列出指标库：名称、一级/二级、单位、方向、公式和定义；targets fill --indicator 从中选用。") { format, output };
        command.SetAction(parsed =>
        {
            var library = LibraryData.Library;
            OutputFile.Write(parsed.GetValue(output)!, stdout, stream =>
            {
                if (parsed.GetValue(format) == LibraryFormat.Json)
                {
                    WriteJson(library, stream);
                }
                else
                {
                    stream.Write(Encoding.UTF8.GetBytes(Text(library)));
                }
            });
            return CliApp.Ok;
        });
        return command;
    }

    private static string Text(IndicatorLibrary library)
    {
        var text = new StringBuilder();
        text.Append("指标库：").Append(library.Entries.Count).Append(" 个指标。\n");
        foreach (var entry in library.Entries)
        {
            text.Append('\n').Append(entry.Name).Append(entry.Synonyms.Count > 0 ? $"（又称 {string.Join("、", entry.Synonyms)}）" : "").Append('\n')
                .Append("  一级/二级：").Append(entry.Level1).Append(" / ").Append(entry.Level2)
                .Append(library.Placements.AllowedLevel2(entry).Count > 1 ? $"（二级也可为 {string.Join("、", library.Placements.AllowedLevel2(entry).Skip(1))}）" : "").Append('\n')
                .Append("  单位：").Append(entry.Unit).Append("；方向：").Append(Direction(entry.Direction)).Append('\n')
                .Append("  公式：").Append(entry.Formula.Text).Append('\n')
                .Append("  预算数据给出：").Append(entry.KeyFigureInputs.Count == 0 ? "无" : string.Join("；", entry.KeyFigureInputs.Select(i => $"{i.Key}（主要数据 {i.Value}）"))).Append('\n')
                .Append("  定义：").Append(entry.Definition).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteJson(IndicatorLibrary library, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var entry in library.Entries)
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            Strings(json, "synonyms", entry.Synonyms);
            json.WriteString("level1", entry.Level1);
            json.WriteString("level2", entry.Level2);
            Strings(json, "allowedLevel2", library.Placements.AllowedLevel2(entry));
            json.WriteString("unit", entry.Unit);
            json.WriteString("direction", entry.Direction == Core.Targets.Direction.LowerIsBetter ? "lower" : "higher");
            json.WriteString("formula", entry.Formula.Text);
            Strings(json, "inputs", entry.Formula.Inputs);
            json.WriteStartObject("fromBudget");
            foreach (var (input, figure) in entry.KeyFigureInputs)
            {
                json.WriteString(input, figure);
            }

            json.WriteEndObject();
            json.WriteString("definition", entry.Definition);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Direction(Direction direction) => direction == Core.Targets.Direction.LowerIsBetter ? "越低越好" : "越高越好";
}

/// <summary>Output formats of deptbudget targets library.</summary>
internal enum LibraryFormat
{
    Text,
    Json,
}
