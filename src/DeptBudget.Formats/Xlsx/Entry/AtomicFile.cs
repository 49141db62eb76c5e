namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>Writes a file completely or not at all: into a temporary file beside it, then moved into place.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<string> writeTo)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new InputException($"{path}：目录 {directory} 不存在。请先创建该目录，或换一个输出路径。");
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTo(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteAllText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
}
