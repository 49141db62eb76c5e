using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>Puts the five lists of a year together into a <see cref="ClassificationSet"/>.</summary>
internal static class ClassificationSetAssembler
{
    public static ClassificationSet Assemble(int year, Func<ClassificationListKind, LoadedList> list, string provenance) => new()
    {
        Year = year,
        Functions = ((LoadedCodeList)list(ClassificationListKind.Functions)).Codes,
        DepartmentEconomic = ((LoadedCodeList)list(ClassificationListKind.EconomicDepartment)).Codes,
        GovernmentEconomic = ((LoadedCodeList)list(ClassificationListKind.EconomicGovernment)).Codes,
        Mapping = ((LoadedMapping)list(ClassificationListKind.EconomicMapping)).ToMapping(),
        RevenueSources = ((LoadedRevenueSources)list(ClassificationListKind.RevenueSources)).Names,
        Provenance = provenance,
    };
}
