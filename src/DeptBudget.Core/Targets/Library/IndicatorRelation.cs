namespace DeptBudget.Core.Targets.Library;

/// <summary>
/// A relation between two indicators of one form (data/targets/relations.tsv): when the first's target ensures its
/// condition, the second's target must not contradict its own — with 预算执行率 100% no carry-over is left, so
/// 结转结余变动率 cannot grow.
/// </summary>
public sealed record IndicatorRelation(TargetCondition When, TargetCondition Then, string Reason)
{
    /// <summary>Reads the relations: tab-separated condition, consequence and the reason in Chinese.</summary>
    /// <exception cref="FormatException">A row without three columns or a condition that does not read; the message names the file and line.</exception>
    public static IReadOnlyList<IndicatorRelation> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var relations = new List<IndicatorRelation>();
        foreach (var (line, cells) in LibraryTsv.Rows(text))
        {
            if (cells.Length < 3 || cells[2].Length == 0)
            {
                throw LibraryTsv.Error(fileName, line, "应有三列（条件、结论、理由），用制表符分隔。");
            }

            try
            {
                relations.Add(new IndicatorRelation(TargetCondition.Parse(cells[0]), TargetCondition.Parse(cells[1]), cells[2]));
            }
            catch (FormatException ex)
            {
                throw LibraryTsv.Error(fileName, line, ex.Message + "。");
            }
        }

        return relations;
    }
}
