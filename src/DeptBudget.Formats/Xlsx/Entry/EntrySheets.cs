using DeptBudget.Formats.Xlsx.Entry.Sheets;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The table sheets of the entry workbook, in workbook order (after 填报说明 and 部门信息).</summary>
internal sealed class EntrySheets(IEnumerable<(string Code, string Name)> functionClasses)
{
    public EntrySheets()
        : this([])
    {
    }

    public DutiesSheet Duties { get; } = new();

    public UnitsSheet Units { get; } = new();

    public RevenuesSheet Revenues { get; } = new();

    public ExpendituresSheet Expenditures { get; } = new();

    public ProjectsSheet Projects { get; } = new();

    public ThreePublicSheet ThreePublic { get; } = new();

    public ProcurementSheet Procurement { get; } = new();

    public PurchasedServicesSheet PurchasedServices { get; } = new();

    public VehiclesSheet Vehicles { get; } = new();

    public SpecialTransfersSheet SpecialTransfers { get; } = new();

    public LastYearSheet LastYear { get; } = new(functionClasses);

    public IReadOnlyList<ITableSheet> Tables =>
        [Duties, Units, Revenues, Expenditures, Projects, ThreePublic, Procurement, PurchasedServices, Vehicles, SpecialTransfers, LastYear];

    /// <summary>Every sheet an import needs, by name.</summary>
    public IReadOnlyList<string> RequiredNames => [DepartmentSheet.Name, .. Tables.Select(t => t.Name)];
}
