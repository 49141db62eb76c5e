using DeptBudget.Testing;

namespace DeptBudget.Cli.Tests.Documents;

/// <summary>The final-accounts profile on the command line: for 决算 documents; a budget dataset is derived with it, not checked.</summary>
public class FinalAccountsCommandTests
{
    [Fact]
    public void CheckingADatasetWithTheFinalAccountsProfile_IsRefusedWithTheBudgetProfilesNamed()
    {
        var (code, _, error) = CliRunner.Run("check", RepoPaths.Sample("xinxiang-2022.json"), "--profile", "final-accounts-2024", "--format", "text");

        Assert.Equal(2, code);
        Assert.Contains("式样 final-accounts-2024 是部门决算式样", error, StringComparison.Ordinal);
        Assert.Contains("henan-2022、hubei-2023", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADatasetsTables_InTheFinalAccountsLayout_LeaveTheYearEndBalancesBlank()
    {
        var (code, output, _) = CliRunner.Run("tables", RepoPaths.Sample("hubei-2023-jiangcheng.json"), "--profile", "final-accounts-2024", "--format", "txt", "--out", "-");

        Assert.Equal(0, code);
        Assert.Contains("收入支出决算总表", output, StringComparison.Ordinal);
        Assert.Contains("年末结转和结余\t\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePutuoPdf_IsChecked_ItsNarrativesTwoErrorsReported()
    {
        var (_, output, _) = CliRunner.Run("check", RepoPaths.Shared("data", "samples", "putuo-finance-bureau-2024-final-accounts.pdf"), "--format", "text");

        Assert.Contains("式样 final-accounts-2024（文件标题“2024年度部门决算”表明是决算文件", output, StringComparison.Ordinal);
        Assert.Contains("错误 2 处", output, StringComparison.Ordinal);
        Assert.Contains("[错误] narrative-amount#1", output, StringComparison.Ordinal);
        Assert.Contains("[错误] narrative-share#1", output, StringComparison.Ordinal);
    }
}
