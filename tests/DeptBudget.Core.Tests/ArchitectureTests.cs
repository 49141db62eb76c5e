using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeptBudget.Core.Tests;

/// <summary>The core stays pure: no file formats, databases, console, file system, clock or environment.</summary>
public class ArchitectureTests
{
    private static readonly string CorePath = typeof(Model.BudgetDataset).Assembly.Location;

    [Fact]
    public void Core_ReferencesNothingButTheBaseLibrary()
    {
        var references = typeof(Model.BudgetDataset).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard", $"DeptBudget.Core references {name}"));
    }

    [Fact]
    public void Core_UsesNoTypeThatReachesOutsideTheProcessState()
    {
        string[] forbidden =
        [
            "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.StreamReader", "System.IO.StreamWriter",
            "System.Console", "System.Environment", "System.DateTime", "System.DateTimeOffset", "System.Net.Http.HttpClient",
        ];

        var used = TypeReferences();

        Assert.NotEmpty(used);
        Assert.Contains("System.Decimal", used);
        Assert.DoesNotContain(used, forbidden.Contains);
    }

    private static HashSet<string> TypeReferences()
    {
        using var stream = File.OpenRead(CorePath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences
            .Select(h => reader.GetTypeReference(h))
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .ToHashSet(StringComparer.Ordinal);
    }
}
