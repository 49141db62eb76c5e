using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Writes codes as the drop-downs show them: "2010301 行政运行" (the bare code when the list lacks it).</summary>
internal sealed class CodeNames(ClassificationSet lists)
{
    public ClassificationSet Lists => lists;

    public string Function(FunctionCode code) => Named(code.ToString(), lists.Functions);

    public string Economic(EconomicCode code) => Named(code.ToString(), lists.DepartmentEconomic);

    public static string Named(string code, CodeList list) => list.NameOf(code) is { } name ? $"{code} {name}" : code;
}
