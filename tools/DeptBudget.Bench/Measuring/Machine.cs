using System.Globalization;
using System.Runtime.InteropServices;

namespace DeptBudget.Bench.Measuring;

/// <summary>What the figures were measured on.</summary>
public sealed record Machine(int Processors, string Cpu, long MemoryBytes, string Runtime, string Os, string Date)
{
    public static Machine Current() => new(
        Environment.ProcessorCount,
        ProcInfo("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        long.TryParse(ProcInfo("/proc/meminfo", "MemTotal")?.Split(' ')[0], CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The value of the first "key: value" line of a /proc file, or null where there is none.</summary>
    private static string? ProcInfo(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
