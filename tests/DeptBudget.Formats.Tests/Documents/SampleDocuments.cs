using DeptBudget.Core.Checks;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Writing;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>The documents of the samples (and of datasets changed from them), built as deptbudget render builds them.</summary>
internal static class SampleDocuments
{
    public const string Xinxiang = "xinxiang-2022.json";
    public const string Hubei = "hubei-2023-jiangcheng.json";

    public static BudgetDataset Dataset(string sample) => DatasetJson.ReadFile(RepoPaths.Sample(sample));

    public static string ProfileOf(string sample) => sample == Hubei ? "hubei-2023" : "henan-2022";

    public static DisclosureDocument Build(string sample, Func<BudgetDataset, BudgetDataset>? change = null, IReadOnlyList<Finding>? errors = null)
    {
        var dataset = Dataset(sample);
        return Build(change is null ? dataset : change(dataset), ProfileOf(sample), errors);
    }

    public static DisclosureDocument Build(BudgetDataset dataset, string profile, IReadOnlyList<Finding>? errors = null)
    {
        var (tables, keyFigures) = Tables(dataset, profile);
        var document = DocumentBuilder.Build(ShippedDocumentTemplates.Get(profile), dataset, tables, keyFigures, new DateOnly(dataset.Year, 4, 1), errors ?? []);
        Figures.AddOrUpdate(document, keyFigures);
        return document;
    }

    /// <summary>The key figures a document built here was written from.</summary>
    public static Table KeyFigures(this DisclosureDocument document) =>
        Figures.TryGetValue(document, out var table) ? table : throw new ArgumentException("not built by SampleDocuments");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DisclosureDocument, Table> Figures = new();

    public static (IReadOnlyList<Table> Tables, Table KeyFigures) Tables(BudgetDataset dataset, string profile)
    {
        var tables = TableDeriver.Derive(dataset, ShippedClassifications.ForYear(dataset.Year), ShippedProfiles.Get(profile));
        return (tables, Core.Tables.Figures.KeyFigures.Derive(tables, dataset));
    }
}
