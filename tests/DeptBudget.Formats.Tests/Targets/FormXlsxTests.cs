using System.Text.Json.Nodes;
using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;
using DeptBudget.Formats.Targets.Xlsx;
using DeptBudget.Formats.Tests.Checks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Formats.Tests.Targets;

public sealed class FormXlsxTests
{
    public static TheoryData<string> Seeds => new() { SeedForms.Hubei, SeedForms.Henan, SeedForms.Zhengzhou };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seeds_forms_read_back_from_xlsx_equal_to_what_was_written(string seed)
    {
        var forms = SeedForms.Read(seed);

        var back = RoundTrip(forms);

        Assert.Equal(WithoutPlaces(forms), WithoutPlaces(back));
    }

    [Theory]
    [InlineData(SampleTables.Hubei, "hubei-department")]
    [InlineData(SampleTables.Hubei, "hubei-project")]
    [InlineData(SampleTables.Henan, "henan-2022-department")]
    [InlineData(SampleTables.Henan, "henan-2022-project-summary")]
    public void A_filled_form_reads_back_equal(string profile, string templateId)
    {
        var forms = FormFillerTests.Fill(profile, templateId);

        Assert.Equal(WithoutPlaces(forms), WithoutPlaces(RoundTrip(forms)));
    }

    [Fact]
    public void Places_read_back_are_the_sheets_rows()
    {
        var back = RoundTrip(SeedForms.Read(SeedForms.Hubei))[0];
        var first = back.Annual!.Indicators[0];

        Assert.Equal("年度绩效指标", first.Source.Table);
        Assert.Equal(1, first.Source.Row);
        Assert.True(first.Source.Line > back.Money!.Income[0].Source.Line);
    }

    [Fact]
    public void Indicator_levels_are_merged_down_their_group()
    {
        var path = Write(SeedForms.Read(SeedForms.Hubei));
        using var document = SpreadsheetDocument.Open(path, false);
        var merges = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

        Assert.Contains(merges, m => m.StartsWith('B') && m.Split(':') is [var from, var to] && from[1..] != to[1..]);
    }

    [Fact]
    public void A_text_where_an_amount_belongs_is_refused_naming_sheet_row_and_column()
    {
        var path = Write(FormFillerTests.Fill(SampleTables.Hubei, "hubei-department"));
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var cell = sheet.Descendants<Cell>().First(c => c.CellReference == "C8");
            cell.DataType = CellValues.InlineString;
            cell.CellValue = null;
            cell.InlineString = new InlineString(new Text("一千"));
        }

        var error = Assert.Throws<InputException>(() => FormXlsxReader.Read(path));

        Assert.Contains("第 8 行第 3 列（C8）", error.Message, StringComparison.Ordinal);
        Assert.Contains("“一千”不是数字", error.Message, StringComparison.Ordinal);
        Assert.Contains("工作表“1 部门整体绩效目标申报表”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_without_a_template_id_is_refused()
    {
        var path = Write(FormFillerTests.Fill(SampleTables.Hubei, "hubei-department"));
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().First(c => c.CellReference == "B2").Remove();
        }

        var error = Assert.Throws<InputException>(() => FormXlsxReader.Read(path));

        Assert.Contains("没有“式样”", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<PerformanceForm> RoundTrip(IReadOnlyList<PerformanceForm> forms) => FormXlsxReader.Read(Write(forms));

    private static string Write(IReadOnlyList<PerformanceForm> forms)
    {
        var path = Path.Combine(Path.GetTempPath(), $"form-{Guid.NewGuid():N}.xlsx");
        using var file = File.Create(path);
        FormXlsx.Write(forms.Select(f => (f, ShippedTargetData.Template(f.TemplateId))).ToList(), file);
        return path;
    }

    /// <summary>The forms as JSON without their places: the xlsx places them on its own rows.</summary>
    private static string WithoutPlaces(IReadOnlyList<PerformanceForm> forms)
    {
        var json = JsonNode.Parse(FormJson.Write(forms))!;
        Strip(json);
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Drops places and writes every number without trailing zeros (0.00 and 0 are one amount).</summary>
    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<decimal>(out var number) && value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                value.ReplaceWith(JsonValue.Create(number / 1.000000000000000000000000000000000m));
                break;
            case JsonObject obj:
                obj.Remove("source");
                obj.ToList().ForEach(p => Strip(p.Value));
                break;
            case JsonArray array:
                array.ToList().ForEach(Strip);
                break;
        }
    }
}
