namespace DeptBudget.Formats;

/// <summary>
/// Input a user gave that cannot be used. The message names the file, sheet or table, row and column,
/// and says what to do; the CLI prints it and exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public InputException()
    {
    }
}
