namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>填报说明: how to fill the workbook, in Chinese, one paragraph per row.</summary>
internal static class InstructionsSheet
{
    public const string Name = "填报说明";

    public static SheetSpec Spec(int year) =>
        new(Name, [new ColumnSpec($"{year} 年部门预算填报工作簿 — 填报说明", 120, EntryStyles.Wrap)]) { FreezeHeader = false };

    public static IEnumerable<object?[]> Rows(int year, EntrySheets sheets)
    {
        string[] lines =
        [
            $"本工作簿用于填报 {year} 年部门预算数据。填好后运行：deptbudget import 本文件.xlsx --out 数据.json",
            "一、通用规则",
            "1. 不要改动工作表名称和各表第 1 行的表头；列的顺序可以调整，可以增加自己的备注列（导入时忽略并提示）。",
            "2. 每行一条记录。不要合并单元格，不要插入小计、合计行（合计由程序计算）。空行会被跳过。",
            "3. 金额只填数字，不带单位。除“政府采购”表一律以元为单位外，金额单位以“部门信息”中的“金额单位”为准（默认万元）。预算中不能有负数；空白金额视为 0。",
            "4. 导入时不计算公式。某列如由公式得出，请复制该列后“选择性粘贴 → 数值”，再导入。",
            "5. 科目可从下拉列表选择（如“2010301 行政运行”），也可直接输入 2010301 或 201 03 01。功能分类须到项（7 位），经济分类须到款（5 位）。不在本年科目表中的编码只给出警告，仍会导入。",
            "6. 单位编码、项目编码等编号列已设为文本格式，请勿改为数值，以免 Excel 把长编码变成科学计数法而丢位。",
            "7. 导入时如有错误，程序会逐条指出文件、工作表、行号和列，并且不生成任何输出文件；改正后重新导入即可。文件不得超过 20 MB，每个工作表不超过 200,000 行。",
            "二、各工作表",
            $"{Sheets.DepartmentSheet.Name}：预算年度、金额单位、部门编码和名称、全部门编制和人员、国有资产占用情况，每个项目一行，在 B 列填写。",
            .. sheets.Tables.Select(t => $"{t.Name}：{t.Purpose}"),
            "三、从 Excel 粘贴支出明细（TSV）",
            "也可以把“支出明细”的行连同表头复制到文本文件，保存为 UTF-8 编码的 .tsv 文件，运行 deptbudget import 明细.tsv --into 数据.json --out 新数据.json 追加到已有数据中。格式见 docs/DATASET.md。",
        ];
        return lines.Select(l => new object?[] { new Styled(l, l.Length < 12 ? EntryStyles.Title : EntryStyles.Wrap) });
    }
}
