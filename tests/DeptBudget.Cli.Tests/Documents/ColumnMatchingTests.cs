using DeptBudget.Core.Documents.Recognition;
using DeptBudget.Core.Tables;
using DeptBudget.Core.Tables.Derivation;
using DeptBudget.Formats.Checks;
using DeptBudget.Formats.Classifications;
using DeptBudget.Formats.Documents;
using DeptBudget.Formats.Json;
using DeptBudget.Formats.Profiles;
using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>
/// A sample's tables rendered as text (deptbudget tables --format txt), one table's columns then reordered, reworded,
/// added to or removed, read back: each column lands on the profile column its header names.
/// </summary>
public sealed class ColumnMatchingTests : IDisposable
{
    private const string HenanExpenditure = "2022年部门支出预算表";
    private const string HubeiExpenditure = "江城区教育局2023年部门支出总表";
    private const string HubeiIncome = "江城区教育局2023年部门收入总表";

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("deptbudget-columns-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Henan_SwappedColumns_AreReadIntoTheirKeys()
    {
        // 工资福利支出 and 对个人和家庭的补助 change places; the group row (人员经费 …) stays as printed.
        ReadAsDerived(Henan, HenanExpenditure, "expenditure-summary", row => row.Count > 7 && row[7] == "人员经费" ? row : Swap(row, 7, 8));
    }

    [Fact]
    public void Henan_HeaderWithSynonyms_IsRead()
    {
        ReadAsDerived(Henan, HenanExpenditure, "expenditure-summary", row => Rename(row, ("对个人和家庭的补助", "对个人和家庭补助支出"), ("公用经费", "日常公用经费"), ("基本支出", "基本经费")));
    }

    [Fact]
    public void Henan_ExtraColumn_IsAProblemNamingIt_AndNotRead()
    {
        var read = Read(Henan, HenanExpenditure, "expenditure-summary", row => Insert(row, 5, row[0] == "科目编码" ? "其他资金" : CellText.IsNumber(row[5]) ? "9.99" : ""));

        AssertAsDerived(read, Derived(Henan, "expenditure-summary"));
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("其他资金", "expenditure-summary", false), (problem.ColumnLabel, problem.TableId, problem.IsNotice));
        Assert.Contains("不是此表的列", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Henan_MissingColumn_LeavesItsCellsEmpty()
    {
        var derived = Derived(Henan, "expenditure-summary");
        var read = Read(Henan, HenanExpenditure, "expenditure-summary", row => Remove(row, 8));

        var key = derived.Leaves.Single(l => l.Label == "对个人和家庭的补助").Key!;
        Assert.Contains(derived.Rows, r => r[key] is not null);
        Assert.All(read.Table.Rows, r => Assert.Null(r[key]));
        AssertAsDerived(read, derived, except: key);
        var problem = Assert.Single(read.Problems);
        Assert.True(problem.IsNotice);
        Assert.Contains("对个人和家庭的补助", problem.ColumnLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void Hubei_SwappedColumns_AreReadIntoTheirKeys()
    {
        ReadAsDerived(Hubei, HubeiExpenditure, "expenditure-summary", row => Swap(row, 3, 4));
    }

    [Fact]
    public void Hubei_HeaderWithSynonyms_InAnotherOrder_IsRead()
    {
        ReadAsDerived(Hubei, HubeiIncome, "income-summary", row => Rename(Swap(row, 3, 4), ("上年结转", "上年结转结余"), ("一般公共预算拨款收入", "一般公共预算"), ("事业单位经营收入", "事业单位经营")));
    }

    [Fact]
    public void Hubei_ExtraColumn_IsAProblemNamingIt_AndNotRead()
    {
        var read = Read(Hubei, HubeiExpenditure, "expenditure-summary", row => Insert(row, 3, row[0] == "科目编码" ? "其他资金" : "1.00"));

        AssertAsDerived(read, Derived(Hubei, "expenditure-summary"));
        var problem = Assert.Single(read.Problems);
        Assert.Equal(("其他资金", false), (problem.ColumnLabel, problem.IsNotice));
    }

    [Fact]
    public void Hubei_MissingColumn_LeavesItsCellsEmpty()
    {
        var derived = Derived(Hubei, "expenditure-summary");
        var read = Read(Hubei, HubeiExpenditure, "expenditure-summary", row => Remove(row, 4));

        var key = derived.Leaves.Single(l => l.Label == "项目支出").Key!;
        Assert.All(read.Table.Rows, r => Assert.Null(r[key]));
        AssertAsDerived(read, derived, except: key);
        Assert.True(Assert.Single(read.Problems).IsNotice);
    }

    private static Sample Henan => new("xinxiang-2022.json", 2022, "henan-2022");

    private static Sample Hubei => new("hubei-2023-jiangcheng.json", 2023, "hubei-2023");

    /// <summary>The edited table reads as derived, with no problem at all.</summary>
    private void ReadAsDerived(Sample sample, string title, string tableId, Func<List<string>, List<string>> edit)
    {
        var read = Read(sample, title, tableId, edit);
        AssertAsDerived(read, Derived(sample, tableId));
        Assert.Empty(read.Problems);
    }

    /// <summary>The table as read, and the problems found in it (the rendered henan 01表 has its own, about class names).</summary>
    private (Table Table, List<RecognitionProblem> Problems) Read(Sample sample, string title, string tableId, Func<List<string>, List<string>> edit)
    {
        var rendered = Path.Combine(work.FullName, "tables.txt");
        var (code, _, error) = CliRunner.Run("tables", RepoPaths.Sample(sample.File), "--profile", sample.Profile, "--format", "txt", "--out", rendered);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(rendered).ToList();
        var start = lines.IndexOf($"## {title}");
        Assert.True(start >= 0, title);
        for (var i = start + 1; i < lines.Count && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                lines[i] = string.Join('\t', edit(lines[i].Split('\t').ToList()));
            }
        }

        var path = Path.Combine(work.FullName, "document.txt");
        File.WriteAllLines(path, lines);
        var recognized = DocumentCheck.Run(SourceDocuments.Read(path), sample.Profile, ShippedRules.All, []).Recognized;
        Assert.Equal(sample.Profile, recognized.Profile);
        return (recognized.Tables.Single(t => t.Table.Id == tableId).Table, recognized.Problems.Where(p => p.TableId == tableId).ToList());
    }

    private static Table Derived(Sample sample, string tableId) =>
        TableDeriver.Derive(DatasetJson.ReadFile(RepoPaths.Sample(sample.File)), ShippedClassifications.ForYear(sample.Year), ShippedProfiles.Get(sample.Profile)).Single(t => t.Id == tableId);

    private static void AssertAsDerived((Table Table, List<RecognitionProblem> Problems) read, Table derived, string? except = null)
    {
        Assert.Equal(derived.Rows.Select(r => r.Key), read.Table.Rows.Select(r => r.Key));
        var differences = derived.Rows.SelectMany(row => row.Cells.Where(c => c.Key != except && read.Table.FindRow(row.Key)?[c.Key] != c.Value)
            .Select(c => $"{row.Key} / {c.Key}: derived {c.Value}, read {read.Table.FindRow(row.Key)?[c.Key]}")).ToList();
        Assert.Empty(differences);
    }

    private static List<string> Swap(List<string> row, int a, int b)
    {
        var swapped = row.ToList();
        while (swapped.Count <= Math.Max(a, b))
        {
            swapped.Add("");
        }

        (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
        return swapped;
    }

    private static List<string> Rename(List<string> row, params (string From, string To)[] names) =>
        row.Select(c => names.FirstOrDefault(n => n.From == c).To ?? c).ToList();

    private static List<string> Insert(List<string> row, int at, string cell)
    {
        var inserted = row.ToList();
        inserted.Insert(Math.Min(at, inserted.Count), cell);
        return inserted;
    }

    private static List<string> Remove(List<string> row, int at)
    {
        var removed = row.ToList();
        if (at < removed.Count)
        {
            removed.RemoveAt(at);
        }

        return removed;
    }

    private sealed record Sample(string File, int Year, string Profile);
}
