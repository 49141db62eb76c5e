namespace DeptBudget.Formats.Documents;

/// <summary>
/// A document that cannot be read at all (empty, binary garbage, encrypted, scanned without a text layer, too large).
/// The message is in Chinese, names the file and says what to do; the CLI prints it and exits with code 2.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DocumentReadException()
    {
    }
}
