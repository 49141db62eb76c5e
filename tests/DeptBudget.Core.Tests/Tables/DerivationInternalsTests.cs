using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tests.TestData;
using DeptBudget.Tests.Builders;
using static DeptBudget.Core.Tests.TestData.Specs;

namespace DeptBudget.Core.Tests.Tables;

/// <summary>The derivation's fast paths give exactly what the plain ones give.</summary>
public class DerivationInternalsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChunkedFactsBuild_GivesTheSameFactsAsOnePass(bool allUnits)
    {
        var dataset = ManyLines();
        var units = dataset.Units;
        var unitIndex = units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var projects = dataset.Projects.ToList();
        var projectIndex = projects.Select((p, i) => (p.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var builder = new ExpenditureFactsBuilder(dataset, TestClassifications.Build(), units, unitIndex, projects, projectIndex);

        var one = builder.Build(parallel: false, allUnits: false);
        var chunked = builder.Build(parallel: true, allUnits, linesPerChunk: 7);

        Assert.Equal(one.ClassValues, chunked.ClassValues);
        Assert.Equal(one.ClassSlot, chunked.ClassSlot);
        Assert.Equal(one.Amount, chunked.Amount);
        Assert.Equal(one.Unit, chunked.Unit);
        Assert.Equal(one.Function, chunked.Function);
        Assert.Equal(one.Economic, chunked.Economic);
        Assert.Equal(one.Government, chunked.Government);
        Assert.Equal(one.Pair, chunked.Pair);
        Assert.Equal(one.Project, chunked.Project);
        Assert.Equal(one.FunctionCodes, chunked.FunctionCodes);
        Assert.Equal(one.EconomicCodes, chunked.EconomicCodes);
        Assert.Equal(one.GovernmentCodes, chunked.GovernmentCodes);
        Assert.Equal(one.PairCodes, chunked.PairCodes);
        Assert.Equal(dataset.Expenditures.Count(e => e.Unit != "999001"), one.Count);
    }

    [Fact]
    public void PartsSummedLineByLine_EqualPartsFoldedFromTheCube()
    {
        var dataset = ManyLines();
        var folded = LineFactsBuilder.Build(dataset, TestClassifications.Build(), null);
        var byLine = LineFactsBuilder.Build(dataset, TestClassifications.Build(), null, cubeLimit: 0);
        LineFilter basic = Kinds(ExpenditureKind.Personnel, ExpenditureKind.Operating);
        LineFilter project = Kinds(ExpenditureKind.Project);
        var fixedRows = new RowBlockSpec
        {
            Type = RowBlockType.Fixed,
            Rows = [new FixedRowSpec { Label = "基本", Filter = basic }, new FixedRowSpec { Label = "结转", Filter = new LineFilter { CarryOver = true } }],
        };
        RowBlockSpec[] blocks =
        [
            Block(RowBlockType.Total), fixedRows, Block(RowBlockType.Function), new RowBlockSpec { Type = RowBlockType.Function, ByUnit = true },
            Block(RowBlockType.FunctionClasses), Block(RowBlockType.Economic), new RowBlockSpec { Type = RowBlockType.Economic, Scheme = "government" },
            Block(RowBlockType.EconomicPair), Block(RowBlockType.Projects), Block(RowBlockType.Units),
        ];
        var spec = Table(blocks.Select(b => Part([b], Value("total"), Value("basic", basic), Value("project", project), Value("wages", new LineFilter { EconomicClasses = ["301"] }))).ToArray());

        var expected = TableDeriver.Derive(byLine, spec);
        var actual = TableDeriver.Derive(folded, spec);

        Assert.True(byLine.Expenditures.Cube.ByFunction is null && byLine.Expenditures.Cube.ByEconomic is null && byLine.Expenditures.Cube.ByPair is null);
        Assert.NotNull(folded.Expenditures.Cube.ByFunction);
        Assert.Equal(expected.Rows.Select(r => r.Key), actual.Rows.Select(r => r.Key));
        Assert.Equal(expected.Rows.SelectMany(r => r.Cells), actual.Rows.SelectMany(r => r.Cells));
        Assert.Contains(actual.Rows, r => r["basic"] is not null);
    }

    [Theory]
    [InlineData(AmountUnit.TenThousandYuan)]
    [InlineData(AmountUnit.Yuan)]
    public void Hundredths_EqualTheDecimalRoute(AmountUnit unit)
    {
        var random = new Random(5);
        decimal[] edges = [0m, -0m, 0.005m, -0.005m, 0.004999m, 1.235m, -1.245m, 50m, 50.00m, 149.995m, 12345678901234567.89m, -9_999_999_999_999m, 79_228_162_514_264_337_593_543_950_335m, 0.0000000000000000000000000001m];
        var amounts = edges.Concat(Enumerable.Range(0, 20_000).Select(_ => new decimal(random.Next(), random.Next(0, 50), 0, random.Next(2) == 0, (byte)random.Next(0, 9))));

        foreach (var amount in amounts)
        {
            long expected;
            try
            {
                expected = (long)Math.Round(unit.ToTenThousandYuan(amount) * 100m, MidpointRounding.AwayFromZero);
            }
            catch (OverflowException)
            {
                Assert.Throws<OverflowException>(() => Amounts.Hundredths(unit, amount));
                continue;
            }

            Assert.Equal(expected, Amounts.Hundredths(unit, amount));
        }
    }

    [Fact]
    public void ToCell_IsTheFigureWithTwoDecimals()
    {
        foreach (var hundredths in new[] { 1L, -1L, 10L, 100L, 36880L, -123400L, long.MaxValue, long.MinValue + 1, 4_294_967_296L })
        {
            var cell = RowFactory.ToCell(hundredths)!.Value;

            Assert.Equal((hundredths / 100m) + 0.00m, cell);
            Assert.Equal(((hundredths / 100m) + 0.00m).ToString(System.Globalization.CultureInfo.InvariantCulture), cell.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Null(RowFactory.ToCell(0));
    }

    [Fact]
    public void RowMap_BehavesLikeADictionaryFilledKeyByKey()
    {
        var keys = new RowKeys(["a", "b", "a", "c"]);
        var values = new int[keys.Count];
        var expected = new Dictionary<string, int>();
        int[] given = [1, 2, 3, 4];
        for (var i = 0; i < given.Length; i++)
        {
            values[keys.Positions[i]] = given[i];
            expected[new[] { "a", "b", "a", "c" }[i]] = given[i];
        }

        var map = new RowMap<int>(keys, values);

        Assert.Equal(expected, map);
        Assert.Equal(expected.Keys, map.Keys);
        Assert.Equal(expected.Values, map.Values);
        Assert.Equal(3, map["a"]);
        Assert.True(map.TryGetValue("c", out var c) && c == 4);
        Assert.False(map.ContainsKey("d"));
        Assert.Throws<KeyNotFoundException>(() => map["d"]);
    }

    /// <summary>Three units with lines in runs and interleaved, projects, bodies, carry-over, and lines of a unit out of scope.</summary>
    private static BudgetDataset ManyLines()
    {
        var builder = new DatasetBuilder().Unit("100001").Unit("100002", UnitKind.Institution).Unit("100003", UnitKind.CivilServantManagedInstitution)
            .Project("P1", "100001", Model.ProjectCategory.SpecificPurpose).Project("P2", "100002", Model.ProjectCategory.OtherOperating);
        string[] functions = ["2010301", "2010302", "2010350", "2050101", "2080501", "2080505"];
        string[] economics = ["30101", "30108", "30201", "30227", "30302", "31002"];
        var random = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var unit = i % 50 < 25 ? "100001" : $"10000{1 + random.Next(3)}";
            var kind = (ExpenditureKind)random.Next(3);
            builder.Expense(
                i % 97 == 0 ? "999001" : unit, functions[random.Next(functions.Length)], economics[random.Next(economics.Length)], kind,
                random.Next(1, 100_000) / 100m, (FundingSource)random.Next(4), kind == ExpenditureKind.Project ? (random.Next(3) == 0 ? "P9" : unit == "100002" ? "P2" : "P1") : null,
                random.Next(10) == 0, random.Next(5) == 0 ? BodyKind.Institution : null);
        }

        return builder.Build();
    }
}
