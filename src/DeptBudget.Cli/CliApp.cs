using System.CommandLine;
using DeptBudget.Cli.Commands;
using DeptBudget.Formats;

namespace DeptBudget.Cli;

/// <summary>The deptbudget command line. Exit codes: 0 done, 1 findings of severity error, 2 bad input, 3 a fault of the program.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("DeptBudget：部门预算、预算公开与绩效目标。");
        foreach (var command in CommandList.All(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && args.Length > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"错误：{error.Message}");
            }

            stderr.WriteLine("用 deptbudget --help 查看用法。");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"错误：{ex.Message}");
            return BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"程序内部错误（请把这段信息报告给维护者）：{ex}");
            return InternalError;
        }
    }
}
