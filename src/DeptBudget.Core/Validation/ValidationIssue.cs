namespace DeptBudget.Core.Validation;

/// <summary>How serious a finding is: an error stops an import, a warning is shown and the data kept.</summary>
public enum IssueSeverity
{
    /// <summary>错误.</summary>
    Error,

    /// <summary>警告.</summary>
    Warning,
}

/// <summary>
/// Where a finding is: a collection of the dataset by its JSON name ("expenditures"), the zero-based
/// index of the line (null for the collection or object as a whole) and the field (JSON name, dotted
/// for nested fields such as "thisYear.reception"; null for the whole line).
/// </summary>
public sealed record IssueLocation(string Collection, int? Index = null, string? Field = null)
{
    /// <summary>The place in words, e.g. "支出明细第 5 行" (lines counted from 1).</summary>
    public string Describe()
    {
        var label = DatasetCollections.LabelOf(Collection);
        return Index is { } index
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label}第 {index + 1} 行")
            : label;
    }
}

/// <summary>One finding of <see cref="DatasetValidator"/>.</summary>
/// <param name="Detail">What is wrong and what to do, in Chinese, without the place.</param>
/// <param name="RelatedIndex">
/// The other line of the same collection the finding involves (the first of two duplicates), so that a
/// reader of a file can name it by its own row number.
/// </param>
public sealed record ValidationIssue(IssueSeverity Severity, IssueLocation Location, string Detail, int? RelatedIndex = null)
{
    /// <summary>The place and the detail: “支出明细第 5 行：功能分类科目 2010399 不在 2022 年科目表中。”.</summary>
    public string Message => RelatedIndex is { } related
        ? $"{Location.Describe()}：{Detail}（另一行：{(Location with { Index = related, Field = null }).Describe()}）"
        : $"{Location.Describe()}：{Detail}";

    public override string ToString() => $"{(Severity == IssueSeverity.Error ? "错误" : "警告")}：{Message}";
}
