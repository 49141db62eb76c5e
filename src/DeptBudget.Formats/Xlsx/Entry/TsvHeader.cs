using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The '#' lines of a TSV file: #预算年度, #金额单位, #部门 (code, name) and #单位 (code, name, kind).</summary>
internal sealed class TsvHeader(ImportProblems problems)
{
    private readonly List<BudgetUnit> units = [];
    private int? year;
    private AmountUnit? amountUnit;
    private (string Code, string Name)? department;

    /// <summary>The lines the #单位 entries came from that add a unit to the dataset.</summary>
    public List<int> UnitLines { get; } = [];

    public void Add(int line, string[] fields)
    {
        var key = fields[0].Trim().TrimStart('#').Trim();
        string Field(int i) => i < fields.Length ? fields[i].Trim() : "";
        SourcePlace Place(int column) => new(null, line, column, "#" + key);
        switch (key)
        {
            case "预算年度" when int.TryParse(Field(1), System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100:
                year = y;
                break;
            case "金额单位" when EntryLabels.AmountUnits.TryParse(Field(1), out var unit):
                amountUnit = unit;
                break;
            case "部门" when Field(1).Length > 0 && Field(2).Length > 0:
                department = (Field(1), Field(2));
                break;
            case "单位" when Field(1).Length > 0 && Field(2).Length > 0:
                if (!EntryLabels.UnitKinds.TryParse(Field(3), out var kind))
                {
                    problems.Error(Place(3), $"“{Field(3)}”不是单位性质。请填写：{string.Join("、", EntryLabels.UnitKinds.Labels)}。");
                }

                units.Add(new BudgetUnit { Code = Field(1), Name = Field(2), Kind = kind });
                UnitLines.Add(line);
                break;
            case "预算年度" or "金额单位" or "部门" or "单位":
                problems.Error(Place(1), Usage);
                break;
            default:
                problems.Warning(Place(0), $"不认识的说明行“#{key}”，导入时忽略。可用的说明行：#预算年度、#金额单位、#部门、#单位。");
                break;
        }
    }

    /// <summary>A dataset from the header alone (no --into): year, department and units are required.</summary>
    public BudgetDataset NewDataset()
    {
        if (year is null || department is null || units.Count == 0)
        {
            problems.Error(new SourcePlace(null, 1), "单独导入 TSV 时，文件开头须有说明行 #预算年度、#部门 和至少一行 #单位。" + Usage);
        }

        return new BudgetDataset
        {
            Year = year ?? 0,
            AmountUnit = amountUnit ?? AmountUnit.TenThousandYuan,
            Department = new Department { Code = department?.Code ?? "", Name = department?.Name ?? "" },
            Units = units,
        };
    }

    /// <summary>Checks the header against an existing dataset and adds the units it does not have yet.</summary>
    public BudgetDataset Merge(BudgetDataset into)
    {
        if (year is { } y && y != into.Year)
        {
            problems.Error(new SourcePlace(null, 1), $"#预算年度 {y} 与已有数据的年度 {into.Year} 不一致。请改正或删除该说明行。");
        }

        if (amountUnit is { } u && u != into.AmountUnit)
        {
            problems.Error(new SourcePlace(null, 1), $"#金额单位 与已有数据的金额单位（{EntryLabels.AmountUnits.LabelOf(into.AmountUnit)}）不一致。请换算后再导入。");
        }

        if (department is { } d && d.Code != into.Department.Code)
        {
            problems.Error(new SourcePlace(null, 1), $"#部门 {d.Code} 与已有数据的部门 {into.Department.Code} 不一致。请确认导入的是同一部门的数据。");
        }

        var known = into.Units.Select(x => x.Code).ToHashSet(StringComparer.Ordinal);
        var added = new List<BudgetUnit>();
        for (var i = units.Count - 1; i >= 0; i--)
        {
            if (known.Contains(units[i].Code))
            {
                UnitLines.RemoveAt(i);
            }
            else
            {
                added.Insert(0, units[i]);
            }
        }

        return into with { Units = [.. into.Units, .. added] };
    }

    private const string Usage = "格式（各项之间用 Tab 分隔）：#预算年度[Tab]2022；#金额单位[Tab]万元；#部门[Tab]编码[Tab]名称；#单位[Tab]编码[Tab]名称[Tab]单位性质。";
}
