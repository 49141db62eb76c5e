using System.Globalization;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>
/// The errors and warnings of one import. Errors are collected (up to <see cref="MaxErrors"/>) so that
/// the user sees them together; <see cref="ThrowIfAny"/> then stops the import before anything is written.
/// </summary>
internal sealed class ImportProblems(string file)
{
    public const int MaxErrors = 100;

    private readonly List<string> errors = [];
    private readonly List<string> warnings = [];

    /// <summary>The file name as messages show it.</summary>
    public string File { get; } = file;

    public IReadOnlyList<string> Warnings => warnings;

    public bool HasErrors => errors.Count > 0;

    public void Error(SourcePlace? place, string detail)
    {
        errors.Add(Line(place, detail));
        if (errors.Count >= MaxErrors)
        {
            throw Failure(truncated: true);
        }
    }

    public void Warning(SourcePlace? place, string detail) => warnings.Add(Line(place, detail));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw Failure(truncated: false);
        }
    }

    /// <summary>A single error about the whole file (not a workbook, too large …), thrown at once.</summary>
    public InputException Fatal(string detail) => new($"{File}：{detail}未写出任何文件。");

    private string Line(SourcePlace? place, string detail) => $"{(place ?? new SourcePlace(null)).Describe(File)}：{detail}";

    private InputException Failure(bool truncated)
    {
        var count = errors.Count.ToString(CultureInfo.InvariantCulture);
        var head = truncated
            ? $"导入失败，未写出任何文件。{File} 中错误过多，以下列出前 {count} 处，请改正后重新导入："
            : $"导入失败，未写出任何文件。{File} 中有 {count} 处错误，请改正后重新导入：";
        return new InputException(head + Environment.NewLine + string.Join(Environment.NewLine, errors.Select((e, i) =>
            string.Create(CultureInfo.InvariantCulture, $"  {i + 1}. {e}"))));
    }
}
