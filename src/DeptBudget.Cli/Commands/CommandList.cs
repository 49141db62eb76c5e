using System.CommandLine;

namespace DeptBudget.Cli.Commands;

/// <summary>Every subcommand, one file each.</summary>
internal static class CommandList
{
    public static IEnumerable<Command> All(TextWriter stdout, TextWriter stderr) =>
    [
        VersionCommand.Create(stdout),
        TablesCommand.Create(stdout, stderr),
        TemplateCommand.Create(stdout),
        ImportCommand.Create(stdout, stderr),
        CodesCommand.Create(stdout, stderr),
        CheckCommand.Create(stdout, stderr),
        RenderCommand.Create(stdout, stderr),
        TargetsCommand.Create(stdout, stderr),
    ];
}
