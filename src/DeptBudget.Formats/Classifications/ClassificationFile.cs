using DeptBudget.Core.Classifications;

namespace DeptBudget.Formats.Classifications;

/// <summary>Reads one list of a given kind from a .csv or .xlsx file, checking it whole.</summary>
public static class ClassificationFile
{
    /// <summary>
    /// Reads and checks a list. <paramref name="year"/>, when given, holds the year's other lists:
    /// a mapping is then checked against its code lists.
    /// </summary>
    /// <exception cref="InputException">The file cannot be used; the message says where and why.</exception>
    public static LoadedList Read(string path, ClassificationListKind kind, ClassificationSet? year = null) =>
        Read(TableFile.Read(path), kind, year);

    public static LoadedList Read(Stream stream, string fileName, ClassificationListKind kind, ClassificationSet? year = null) =>
        Read(TableFile.Read(stream, fileName), kind, year);

    private static LoadedList Read(RawTable table, ClassificationListKind kind, ClassificationSet? year) => kind switch
    {
        ClassificationListKind.Functions or ClassificationListKind.EconomicDepartment or ClassificationListKind.EconomicGovernment
            => CodeListReader.Read(table, kind),
        ClassificationListKind.EconomicMapping => EconomicMappingReader.Read(table, year?.DepartmentEconomic, year?.GovernmentEconomic),
        ClassificationListKind.RevenueSources => RevenueSourceReader.Read(table),
    };
}
