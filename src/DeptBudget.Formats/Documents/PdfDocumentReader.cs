namespace DeptBudget.Formats.Documents;

public static class PdfDocumentReader { public static DeptBudget.Core.Documents.SourceDocument Read(string path, string fileName) => throw new NotImplementedException(); }
