using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// Reads a Word document (.docx) into blocks in body order: heading paragraphs, other paragraphs, tables on their grid.
/// A position's line is the count of body paragraphs and table rows so far; its page comes from the page breaks
/// Word rendered into the file, where it did.
/// </summary>
public static class DocxDocumentReader
{
    public static SourceDocument Read(string path, string fileName)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings { AutoSave = false });
            var main = document.MainDocumentPart ?? throw new InputException($"{fileName}：文件中没有 Word 正文内容，无法读取。请在 Word/WPS 中打开后另存为 .docx 再检查。");
            var body = main.Document?.Body ?? throw new InputException($"{fileName}：Word 文档没有正文，无法读取。");
            return new BodyWalker(new DocxHeadings(main), DocxPages.For(body)).Read(body, fileName);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or IOException)
        {
            throw new InputException($"{fileName}：Word 文档已损坏或不完整，无法读取（{ex.Message}）。请在 Word/WPS 中打开确认后另存为 .docx 再检查。", ex);
        }
    }

    private sealed class BodyWalker(DocxHeadings headings, DocxPages pages)
    {
        private readonly List<DocumentBlock> blocks = [];
        private int line;
        private int page = 1;

        public SourceDocument Read(Body body, string fileName)
        {
            Walk(body.ChildElements);
            return new SourceDocument
            {
                FileName = fileName,
                Format = SourceFormat.Docx,
                Blocks = blocks,
                PageCount = pages.Known ? page : null,
            };
        }

        private void Walk(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case Table table:
                        AddTable(table);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Walk(content.ChildElements);
                        break;
                }
            }
        }

        private void AddParagraph(Paragraph paragraph)
        {
            line++;
            var leading = pages.LeadingBreaksIn(paragraph);
            page += leading;
            var position = Position();
            page += pages.BreaksIn(paragraph) - leading;
            var text = DocxText.Of(paragraph);
            if (text.Length == 0)
            {
                return;
            }

            blocks.Add(headings.LevelOf(paragraph, text) is { } level
                ? new HeadingBlock(text, level, position)
                : new ParagraphBlock(text, position));
        }

        private void AddTable(Table table)
        {
            var rows = new List<TableBlockRow>();
            foreach (var row in table.Elements<TableRow>())
            {
                line++;
                var leading = pages.LeadingBreaksIn(row);
                page += leading;
                var cells = DocxTableReader.ReadRow(row);
                if (!DocxTableReader.IsEmpty(cells))
                {
                    rows.Add(DocxTableReader.Row(cells, Position()));
                }

                page += pages.BreaksIn(row) - leading;
            }

            if (rows.Count > 0 && !ContinuedTable.TryAppend(blocks, new TableBlock(rows, rows[0].Position)))
            {
                blocks.Add(new TableBlock(rows, rows[0].Position));
            }
        }

        private SourcePosition Position() => new(line, pages.Known ? page : null);
    }
}
