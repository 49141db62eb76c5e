namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The drop-down lists of the entry workbook (columns of the hidden 代码表 sheet or ranges of other sheets).</summary>
internal enum ListKey
{
    /// <summary>支出功能分类 项 of the year ("2010301 行政运行").</summary>
    Functions,

    /// <summary>部门预算支出经济分类 款 of the year ("30201 办公费").</summary>
    Economics,

    UnitKinds,
    Sources,
    ExpenditureKinds,
    ProjectCategories,
    Recurrences,
    YesNo,
    Bodies,
    AmountUnits,
    DutyKinds,
    VehicleKinds,

    /// <summary>The unit codes entered on 单位信息.</summary>
    Units,

    /// <summary>The project codes entered on 项目.</summary>
    Projects,
}
