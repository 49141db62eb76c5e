using DeptBudget.Core.Tables;

namespace DeptBudget.Formats.Tables;

/// <summary>The one entry point the CLI and the web use to render tables in any <see cref="TableFormat"/>.</summary>
public static class TableRenderer
{
    public static void Render(IReadOnlyList<Table> tables, TableFormat format, Stream output)
    {
        switch (format)
        {
            case TableFormat.Json:
                TablesJson.Write(tables, output);
                break;
            case TableFormat.Csv:
                TablesCsv.Write(tables, output);
                break;
            case TableFormat.Xlsx:
                TablesXlsx.Write(tables, output);
                break;
            case TableFormat.Html:
                TablesHtml.Write(tables, output);
                break;
            case TableFormat.Txt:
                TablesText.Write(tables, output);
                break;
        }
    }

    /// <summary>The usual file extension, without the dot.</summary>
    public static string Extension(TableFormat format) => format switch
    {
        TableFormat.Json => "json",
        TableFormat.Csv => "csv",
        TableFormat.Xlsx => "xlsx",
        TableFormat.Html => "html",
        TableFormat.Txt => "txt",
    };

    /// <summary>The media type, for downloads.</summary>
    public static string MediaType(TableFormat format) => format switch
    {
        TableFormat.Json => "application/json",
        TableFormat.Csv => "text/csv; charset=utf-8",
        TableFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        TableFormat.Html => "text/html; charset=utf-8",
        TableFormat.Txt => "text/plain; charset=utf-8",
    };
}
