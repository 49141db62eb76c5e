using DeptBudget.Formats;

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
            if (buffer.Length >= 2 && buffer.GetBuffer() is [(byte)'P', (byte)'K', ..])
            {
                throw new InputException("xlsx 是二进制文件，不能写到标准输出；请用 --out 指定文件，如 --out 结果.xlsx。");
            }

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
