using DeptBudget.Core.Documents;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Documents;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>The Putuo finance bureau's published 2024 final accounts (PDF), read and checked once for the tests that share it.</summary>
internal static class PutuoDocument
{
    public static SourceDocument Pdf { get; } = SourceDocuments.Read(RepoPaths.Shared("data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf"));

    public static DocumentCheckResult Checked { get; } = DocumentCheck.Run(Pdf, null, ShippedRules.All, []);
}
