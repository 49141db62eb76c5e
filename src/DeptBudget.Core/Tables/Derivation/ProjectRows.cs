using DeptBudget.Core.Model;
using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>项目 rows, optionally under a heading row per unit.</summary>
internal sealed class ProjectRows(LineFacts facts, PartSums sums, RowFactory rows)
{
    private static readonly RowKeys TextKeys = new(["category", "unitCode", "unitName", "projectCode"]);

    public IEnumerable<TableRow> Build(RowBlockSpec block)
    {
        var withData = Enumerable.Range(0, sums.Project.Slots).Where(sums.Project.Any).ToList();
        if (!block.GroupByUnit)
        {
            return withData.Select(ProjectRow);
        }

        var byUnit = withData.GroupBy(i => facts.Projects[i].Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<TableRow>();
        foreach (var unit in facts.Units)
        {
            if (!byUnit.TryGetValue(unit.Code, out var own))
            {
                continue;
            }

            var texts = UnitTexts.Of(unit.Code, unit.Name);
            result.Add(rows.Make($"unit:{unit.Code}", unit.Code, unit.Name, 1, RowRole.Subtotal, Accumulator.Sum(own.Select(sums.Project.Row), sums.Width), texts, RowCodeKind.Unit));
            result.AddRange(own.Select(ProjectRow));
        }

        return result;
    }

    public static string CategoryLabel(ProjectCategory category) => category switch
    {
        ProjectCategory.Personnel => "人员类",
        ProjectCategory.PublicOperating => "公用经费",
        ProjectCategory.OtherOperating => "其他运转类",
        ProjectCategory.SpecificPurpose => "特定目标类",
    };

    private TableRow ProjectRow(int index)
    {
        var project = facts.Projects[index];
        var unit = facts.UnitByCode.GetValueOrDefault(project.Unit);
        var texts = new RowMap<string>(TextKeys, [CategoryLabel(project.Category), project.Unit, unit?.Name ?? project.Unit, project.Code]);
        return rows.Make($"p:{project.Code}", project.Code, project.Name, 2, RowRole.Detail, sums.Project.Row(index), texts, RowCodeKind.Project);
    }
}
