using System.CommandLine;
using DeptBudget.Core.Model;

namespace DeptBudget.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("version", "显示程序版本和数据格式版本。");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetName().Version;
            stdout.WriteLine($"deptbudget {version}，数据格式 {BudgetDataset.CurrentFormatVersion}");
            return 0;
        });
        return command;
    }
}
