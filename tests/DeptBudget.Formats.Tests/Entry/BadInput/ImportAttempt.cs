using DeptBudget.Formats.Xlsx.Entry;
using DeptBudget.Tests.Builders;

namespace DeptBudget.Formats.Tests.Entry.BadInput;

/// <summary>Imports to a JSON path and checks the all-or-nothing rule: on failure no output file exists.</summary>
internal static class ImportAttempt
{
    /// <summary>Expects a failure; returns its message after checking that nothing was written.</summary>
    public static string Fails(TempDir dir, string path, string? into = null)
    {
        var output = dir.File("dataset.json");
        var ex = Assert.Throws<InputException>(() => EntryImport.ImportToJson(path, output, _ => TestClassifications.Build(), into));
        Assert.False(File.Exists(output), "no output file may be written when the import fails");
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
        return ex.Message;
    }

    /// <summary>Expects success; returns the result after checking that the output was written.</summary>
    public static ImportResult Succeeds(TempDir dir, string path, string? into = null)
    {
        var output = dir.File("dataset.json");
        var result = EntryImport.ImportToJson(path, output, _ => TestClassifications.Build(), into);
        Assert.True(File.Exists(output));
        return result;
    }
}
