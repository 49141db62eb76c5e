namespace DeptBudget.Formats.Checks;

/// <summary>The columns of a findings table in xlsx and HTML.</summary>
internal static class FindingColumns
{
    public static readonly string[] Headers = ["编号", "规则", "严重程度", "位置", "填列数", "应为", "差额", "说明"];
}
