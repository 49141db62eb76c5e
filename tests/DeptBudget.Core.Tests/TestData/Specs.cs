using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables;

namespace DeptBudget.Core.Tests.TestData;

/// <summary>Small table specs for derivation tests.</summary>
internal static class Specs
{
    public static ColumnSpec Value(string key, LineFilter? filter = null, string? measure = null, bool additive = true) =>
        new() { Key = key, Label = key, Filter = filter, Measure = measure, Additive = additive };

    public static ColumnSpec Label() => new() { Key = "label", Label = "项目", Kind = ColumnKind.Label };

    public static TableSpec Table(params PartSpec[] parts) => new()
    {
        Id = StandardTables.ExpenditureSummary,
        Number = "表1",
        Title = "{year}年{department}测试表",
        Parts = parts,
    };

    public static PartSpec Part(IReadOnlyList<RowBlockSpec> rows, params ColumnSpec[] columns) => new() { Rows = rows, Columns = [Label(), .. columns] };

    public static RowBlockSpec Block(RowBlockType type) => new() { Type = type };

    public static Profile Profile(params TableSpec[] tables) => new() { Id = "test", Name = "测试式样", Year = 2022, Tables = tables };

    public static LineFilter Kinds(params ExpenditureKind[] kinds) => new() { Kinds = kinds };
}
