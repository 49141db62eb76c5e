using DeptBudget.Bench.Synthetic;
using DeptBudget.Core.Model;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Writing;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;

namespace DeptBudget.Bench.Audit;

/// <summary>A document the audit bench checks: what it is and where it was written or found.</summary>
public sealed record AuditDocument(string Name, string Path, bool Clean);

/// <summary>
/// The documents the audit is timed on: the published seed 002 text and the Putuo PDF when ../shared is beside the
/// repository, and documents rendered here (not timed): the Xinxiang sample as Word and PDF, and PDFs of two synthetic
/// departments, one of about 50 pages and one of about 200. Rendered documents come from clean data, so an error found in them is a false error.
/// </summary>
public static class AuditDocuments
{
    /// <summary>Expenditure lines of the synthetic departments (4 units each): about 50 and about 200 pages.</summary>
    public static readonly int[] SyntheticLines = [700, 8_000];

    public static IReadOnlyList<AuditDocument> Prepare(DirectoryInfo work, TextWriter progress)
    {
        var root = RepositoryRoot();
        var documents = new List<AuditDocument>();
        var shared = System.IO.Path.Combine(root, "..", "shared");
        var seed = Directory.Exists(System.IO.Path.Combine(shared, "seeds"))
            ? Directory.GetFiles(System.IO.Path.Combine(shared, "seeds"), "002_*.txt").FirstOrDefault()
            : null;
        if (seed is not null)
        {
            documents.Add(new AuditDocument("seed 002 as published (text)", seed, Clean: false));
        }

        var xinxiang = DatasetJson.ReadFile(System.IO.Path.Combine(root, "samples", "xinxiang-2022.json"));
        progress.WriteLine("audit: rendering the Xinxiang sample as text and PDF …");
        var xinxiangDocument = Build(xinxiang, ShippedClassifications.ForYear(xinxiang.Year));
        documents.Add(WriteDocx(work, "xinxiang-2022.docx", "Xinxiang sample rendered (Word)", xinxiangDocument));
        documents.Add(WritePdf(work, "xinxiang-2022.pdf", "Xinxiang sample rendered (PDF)", xinxiangDocument));

        foreach (var lines in SyntheticLines)
        {
            progress.WriteLine($"audit: rendering a synthetic department of {lines} lines as PDF …");
            var synthetic = SyntheticRegion.Generate(new RegionScale("audit", 1, 4, lines)).Departments[0];
            documents.Add(WritePdf(work, $"synthetic-{lines}.pdf", $"synthetic department, {lines:N0} lines (PDF)", Build(synthetic, BenchClassifications.Year2022)));
        }

        var putuo = System.IO.Path.Combine(shared, "data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf");
        if (File.Exists(putuo))
        {
            documents.Add(new AuditDocument("Putuo final accounts as published (PDF)", putuo, Clean: false));
        }

        return documents;
    }

    private static DisclosureDocument Build(BudgetDataset dataset, Core.Classifications.ClassificationSet classifications)
    {
        var profile = ShippedProfiles.Get(ShippedProfiles.DefaultId);
        var tables = TableDeriver.Derive(dataset, classifications, profile);
        var keyFigures = KeyFigures.Derive(tables, dataset);
        return DocumentBuilder.Build(ShippedDocumentTemplates.Get(profile.Id), dataset, tables, keyFigures, new DateOnly(dataset.Year, 4, 1), []);
    }

    private static AuditDocument WriteDocx(DirectoryInfo work, string file, string name, DisclosureDocument document)
    {
        var path = System.IO.Path.Combine(work.FullName, file);
        using (var stream = File.Create(path))
        {
            DocumentDocx.Write(document, stream);
        }

        return new AuditDocument(name, path, Clean: true);
    }

    private static AuditDocument WritePdf(DirectoryInfo work, string file, string name, DisclosureDocument document)
    {
        using var docx = new MemoryStream();
        DocumentDocx.Write(document, docx);
        var path = System.IO.Path.Combine(work.FullName, file);
        File.WriteAllBytes(path, DocumentPdf.FromDocx(docx.ToArray()));
        return new AuditDocument(name, path, Clean: true);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "DeptBudget.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run the bench from inside the repository (DeptBudget.slnx not found above the current directory)");
    }
}
