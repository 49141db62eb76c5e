namespace DeptBudget.Cli.Commands;

/// <summary>Writes an output all-or-nothing: to a temporary file moved into place, or to standard output for "-".</summary>
internal static class OutputFile
{
    public static void Write(string path, TextWriter stdout, Action<Stream> write)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            write(buffer);
            stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF'));
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
