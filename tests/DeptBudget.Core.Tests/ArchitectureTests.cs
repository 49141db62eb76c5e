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

        var used = MemberReferences();

        Assert.Contains("System.Decimal.op_Addition", used);
        Assert.DoesNotContain(used, member => forbidden.Any(type => member.StartsWith(type + ".", StringComparison.Ordinal)) && !CompilerGenerated.Contains(member));
    }

    /// <summary>Iterators read the managed thread id; that is not the environment.</summary>
    private static readonly string[] CompilerGenerated = ["System.Environment.get_CurrentManagedThreadId"];

    private static HashSet<string> MemberReferences()
    {
        using var stream = File.OpenRead(CorePath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                var type = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                members.Add($"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}.{reader.GetString(member.Name)}");
            }
        }

        return members;
    }
}
