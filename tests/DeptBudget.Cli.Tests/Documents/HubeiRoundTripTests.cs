using DeptBudget.Core.Checks;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// A Hubei-layout document: the Jiangcheng sample's tables rendered as text (deptbudget tables --format txt) with a few
/// narrative lines, read back. Every figure recognised is the derived one, and nothing is an error.
/// </summary>
public sealed class HubeiRoundTripTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-hubei-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void RenderedTables_ReadBack_AsDerived()
    {
        var result = DocumentCheck.Run(SourceDocuments.Read(Document()), null, ShippedRules.All, []);
        var derived = TableDeriver.Derive(DatasetJson.ReadFile(RepoPaths.Sample("hubei-2023-jiangcheng.json")), ShippedClassifications.ForYear(2023), ShippedProfiles.Get("hubei-2023"));

        Assert.Equal("hubei-2023", result.Recognized.Profile);
        Assert.Equal(derived.Select(t => t.Id), result.Recognized.Tables.Select(t => t.Table.Id));
        var differences = new List<string>();
        foreach (var table in derived)
        {
            var read = result.Recognized.Tables.Single(t => t.Table.Id == table.Id).Table;
            Assert.Equal(table.Rows.Select(r => r.Key), read.Rows.Select(r => r.Key));
            foreach (var row in table.Rows)
            {
                differences.AddRange(row.Cells.Where(c => read.FindRow(row.Key)?[c.Key] != c.Value)
                    .Select(c => $"{table.Id} / {row.Key} / {c.Key}: derived {c.Value}, read {read.FindRow(row.Key)?[c.Key]}"));
            }
        }

        Assert.Empty(differences);
        Assert.Empty(result.Recognized.Problems);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    private string Document()
    {
        var tables = Path.Combine(work.FullName, "tables.txt");
        var (code, _, error) = CliRunner.Run("tables", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--profile", "hubei-2023", "--format", "txt", "--out", tables);
        Assert.True(code == 0, error);
        var path = Path.Combine(work.FullName, "jiangcheng.txt");
        File.WriteAllText(path, "# 江城区教育局2023年部门预算\n\n## 一、收入支出预算总体情况说明\n\n江城区教育局2023年收入总计 606.20 万元，支出总计 606.20 万元。\n\n" + File.ReadAllText(tables));
        return path;
    }
}
