using DeptBudget.Core.Documents;
using DeptBudget.Formats.Documents.Xlsx;
using DeptBudget.Formats.Xlsx.Entry;

namespace DeptBudget.Formats.Documents;

/// <summary>
/// Reads a workbook (.xlsx) into blocks, sheet by sheet in workbook order: the title rows above a sheet's table as a
/// heading and paragraphs, the rest as one table. Positions are the sheet and its 1-based row. Hidden sheets are not
/// read, and <see cref="SourceDocument.Problems"/> says so.
/// </summary>
public static class XlsxDocumentReader
{
    public static SourceDocument Read(string path, string fileName)
    {
        var blocks = new List<DocumentBlock>();
        var problems = new List<SourceProblem>();
        try
        {
            using var workbook = XlsxWorkbook.Open(path, new ImportProblems(fileName));
            foreach (var name in workbook.Names)
            {
                var sheet = workbook.Read(name);
                if (sheet.Hidden)
                {
                    problems.Add(new SourceProblem($"{fileName}：工作表“{name}”是隐藏的，未读取。", new SourcePosition(1, Sheet: name)));
                    continue;
                }

                blocks.AddRange(XlsxSheetBlocks.Of(sheet));
            }

            return new SourceDocument
            {
                FileName = fileName,
                Format = SourceFormat.Xlsx,
                Blocks = blocks,
                Problems = problems,
                PageCount = workbook.Names.Count,
            };
        }
        catch (InputException ex)
        {
            throw new InputException(ex.Message, ex);
        }
    }
}
