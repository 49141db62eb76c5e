using DeptBudget.Core.Targets;
using DeptBudget.Formats.Targets;

namespace DeptBudget.Formats.Tests.Targets;

public class FormJsonTests
{
    [Theory]
    [InlineData(SeedForms.Hubei)]
    [InlineData(SeedForms.Zhengzhou)]
    [InlineData(SeedForms.Henan)]
    public void WriteReadWrite_GivesTheSameJson(string seed)
    {
        var json = FormJson.Write(SeedForms.Read(seed));

        var again = FormJson.Read(json, "form.json");

        Assert.Equal(json, FormJson.Write(again));
    }

    [Fact]
    public void Read_KeepsParsedTargets()
    {
        var forms = FormJson.Read(FormJson.Write(SeedForms.Read(SeedForms.Hubei)), "form.json");

        var compound = Assert.IsType<CompoundTarget>(forms[0].Annual!.Indicators.Single(i => i.Level2 == "核心业务产出 3").Target);
        Assert.Equal([166m, 2756m], compound.Parts.Select(p => p.Value));
    }

    [Fact]
    public void Deadline_RoundTrips()
    {
        var form = SeedForms.Read(SeedForms.Zhengzhou)[0];
        var first = form.AllIndicators.First();
        var changed = form with
        {
            Annual = form.Annual! with { Indicators = [first with { Target = TargetParser.Parse("2023年12月底前完成") }, .. form.Annual.Indicators.Skip(1)] },
        };

        var json = FormJson.Write([changed]);
        var again = FormJson.Read(json, "form.json");

        Assert.Contains("\"kind\": \"deadline\"", json, StringComparison.Ordinal);
        var deadline = Assert.IsType<DeadlineTarget>(again[0].Annual!.Indicators[0].Target);
        Assert.Equal((2023, 12, (int?)null), (deadline.Year, deadline.Month, deadline.Day));
    }

    [Fact]
    public void Write_LeavesOutComputedProperties()
    {
        var json = FormJson.Write(SeedForms.Read(SeedForms.Zhengzhou));

        Assert.DoesNotContain("\"path\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"allIndicators\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTargetKind_NamesFileAndPlace()
    {
        const string json = """{"templateId":"x","kind":"project","title":"t","annual":{"indicators":[{"target":{"kind":"guess","text":"1"},"source":{"table":"a"}}],"source":{"table":"a"}}}""";

        var error = Assert.Throws<InputException>(() => FormJson.Read(json, "bad.json"));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("guess", error.Message, StringComparison.Ordinal);
    }
}
