using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Formats.Json;

namespace DeptBudget.Formats.Targets;

/// <summary>Actuals (实际完成情况) as JSON; the schema is in docs/TARGETS-SELF-EVALUATION.md.</summary>
public static class ActualsJson
{
    public static Actuals Read(string json, string fileName) => JsonInput.Read<Actuals>(json, fileName, "实际完成情况");

    public static Actuals ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Read(File.ReadAllText(path), path) : throw new InputException($"文件 {path} 不存在。");
    }
}
