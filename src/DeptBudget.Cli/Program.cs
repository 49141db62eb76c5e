return DeptBudget.Cli.CliApp.Run(args, Console.Out, Console.Error);
