using System.Diagnostics;

namespace DeptBudget.Bench.Measuring;

/// <summary>Stopwatch timing helpers: a full garbage collection before each measurement, medians of runs.</summary>
public static class Timing
{
    /// <summary>Collects garbage left by earlier steps so that a measurement does not pay for it.</summary>
    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> runs)
    {
        if (runs.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = runs.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static long Median(IReadOnlyList<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>The process's working set now (VmRSS), in bytes.</summary>
    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>The process's peak working set so far (VmHWM), in bytes.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
