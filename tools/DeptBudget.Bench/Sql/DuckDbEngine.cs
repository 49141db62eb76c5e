using System.Data.Common;
using DuckDB.NET.Data;

namespace DeptBudget.Bench.Sql;

/// <summary>DuckDB in memory (DuckDB.NET), loaded with its Appender.</summary>
public sealed class DuckDbEngine : SqlEngine
{
    private readonly DuckDBConnection connection = InMemory.DuckDb();

    public override string Name => "DuckDB";

    public override SqlDialect Dialect => SqlDialect.DuckDb;

    protected override DbConnection Connection => connection;

    protected override void LoadRows(FlatRegion region)
    {
        using (var units = connection.CreateAppender("units"))
        {
            for (var i = 0; i < region.UnitCodes.Length; i++)
            {
                units.CreateRow().AppendValue(i).AppendValue(region.UnitCodes[i]).AppendValue(region.UnitBodies[i]).EndRow();
            }
        }

        using (var projects = connection.CreateAppender("projects"))
        {
            for (var i = 0; i < region.ProjectCodes.Length; i++)
            {
                projects.CreateRow().AppendValue(i).AppendValue(region.ProjectCodes[i]).AppendValue(region.ProjectCategories[i]).EndRow();
            }
        }

        using (var map = connection.CreateAppender("econ_map"))
        {
            foreach (var (economic, body, government) in region.EconomicMap)
            {
                map.CreateRow().AppendValue(economic).AppendValue(body).AppendValue(government).EndRow();
            }
        }

        var e = region.Expenditures;
        using (var expenditures = connection.CreateAppender("expenditures"))
        {
            for (var i = 0; i < e.Count; i++)
            {
                expenditures.CreateRow()
                    .AppendValue(e.Unit[i]).AppendValue(e.Function[i]).AppendValue(e.Economic[i]).AppendValue(e.Kind[i])
                    .AppendValue(e.Source[i]).AppendValue(e.CarryOver[i])
                    .AppendValue(e.Project[i] < 0 ? null : e.Project[i])
                    .AppendValue(e.Body[i] < 0 ? null : e.Body[i])
                    .AppendValue(e.Amount[i])
                    .EndRow();
            }
        }

        var r = region.Revenues;
        using var revenues = connection.CreateAppender("revenues");
        for (var i = 0; i < r.Count; i++)
        {
            revenues.CreateRow().AppendValue(r.Unit[i]).AppendValue(r.Source[i]).AppendValue(r.CarryOver[i]).AppendValue(r.Amount[i]).EndRow();
        }
    }
}
