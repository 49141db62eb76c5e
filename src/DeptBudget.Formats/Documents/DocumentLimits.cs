using System.Globalization;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// What a document reader accepts, the same bounds as the xlsx import: a published budget document is a few MB at
/// most, so anything larger is refused before it can exhaust the machine.
/// </summary>
internal static class DocumentLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const long MaxUnpackedBytes = 300L * 1024 * 1024;
    public const int MaxPages = 1000;

    public static string Megabytes(long bytes) => (bytes / 1024m / 1024m).ToString("0.0", CultureInfo.InvariantCulture);
}
