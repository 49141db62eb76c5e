using System.Text;
using DeptBudget.Formats.Tables;

namespace DeptBudget.Formats.Tests.Tables;

public class TableRendererTests
{
    [Theory]
    [InlineData(TableFormat.Json, "{\n  \"tables\": [")]
    [InlineData(TableFormat.Csv, "\uFEFF预算01表,2022年部门收支预算表\r\n")]
    [InlineData(TableFormat.Html, "<!DOCTYPE html>\n")]
    [InlineData(TableFormat.Txt, "预算01表\n\n## 2022年部门收支预算表\n")]
    public void Render_TextFormats_WriteUtf8(TableFormat format, string start)
    {
        var bytes = Render(format, new MemoryStream());

        Assert.StartsWith(start, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Xlsx_WritesAZipPackageEvenToAStreamThatCannotSeek()
    {
        var bytes = Render(TableFormat.Xlsx, new ForwardOnlyStream());

        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public void Render_Json_ReadsBackAsTheSameTables()
    {
        var read = TablesJson.Read(Encoding.UTF8.GetString(Render(TableFormat.Json, new MemoryStream())));

        Assert.Equal(TestTables.All.Select(t => t.Id), read.Select(t => t.Id));
    }

    [Theory]
    [InlineData(TableFormat.Json, "json")]
    [InlineData(TableFormat.Xlsx, "xlsx")]
    [InlineData(TableFormat.Txt, "txt")]
    public void Extension_NamesTheUsualFileExtension(TableFormat format, string extension) =>
        Assert.Equal(extension, TableRenderer.Extension(format));

    private static byte[] Render(TableFormat format, MemoryStream output)
    {
        TableRenderer.Render(TestTables.All, format, output);
        return output.ToArray();
    }

    /// <summary>A memory stream that refuses to seek, like standard output or an HTTP response.</summary>
    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }
    }
}
