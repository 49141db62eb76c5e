using DeptBudget.Core.Model;

namespace DeptBudget.Formats.Xlsx.Entry;

/// <summary>The Chinese labels of every enumeration the entry workbook and the TSV format use.</summary>
internal static class EntryLabels
{
    public static readonly ChoiceList<UnitKind> UnitKinds = new("单位性质",
        (UnitKind.Administrative, "行政单位", ["行政"]),
        (UnitKind.CivilServantManagedInstitution, "参照公务员法管理事业单位", ["参公单位", "参公", "参照公务员法管理的事业单位"]),
        (UnitKind.Institution, "事业单位", ["事业"]),
        (UnitKind.Other, "其他", ["其他单位", "企业化管理单位"]));

    public static readonly ChoiceList<ExpenditureKind> ExpenditureKinds = new("支出类型",
        (ExpenditureKind.Personnel, "人员经费", ["基本支出人员经费", "基本支出（人员经费）"]),
        (ExpenditureKind.Operating, "公用经费", ["基本支出公用经费", "基本支出（公用经费）"]),
        (ExpenditureKind.Project, "项目支出", ["项目"]),
        (ExpenditureKind.BusinessOperation, "经营支出", ["事业单位经营支出"]),
        (ExpenditureKind.RemittanceToSuperior, "上缴上级支出", ["上缴上级"]),
        (ExpenditureKind.SubsidyToSubsidiary, "对附属单位补助支出", ["对附属单位补助"]));

    public static readonly ChoiceList<FundingSource> Sources = new("资金来源",
        (FundingSource.GeneralBudget, "一般公共预算拨款", ["一般公共预算", "一般公共预算拨款收入", "一般公共预算财政拨款"]),
        (FundingSource.GovernmentFund, "政府性基金预算拨款", ["政府性基金", "政府性基金预算", "政府性基金预算拨款收入"]),
        (FundingSource.StateCapital, "国有资本经营预算拨款", ["国有资本经营预算", "国有资本经营预算拨款收入"]),
        (FundingSource.SpecialAccount, "财政专户管理资金", ["财政专户", "财政专户管理资金收入", "专户管理资金"]),
        (FundingSource.Business, "事业收入", []),
        (FundingSource.BusinessOperation, "事业单位经营收入", ["经营收入"]),
        (FundingSource.SuperiorSubsidy, "上级补助收入", ["上级补助"]),
        (FundingSource.SubsidiaryRemittance, "附属单位上缴收入", ["附属单位上缴"]),
        (FundingSource.Other, "其他收入", ["其他"]),
        (FundingSource.BusinessFund, "用事业基金弥补收支差额", ["事业基金"]));

    public static readonly ChoiceList<ProjectCategory> ProjectCategories = new("项目类别",
        (ProjectCategory.Personnel, "人员类项目", ["人员类"]),
        (ProjectCategory.PublicOperating, "运转类-公用经费项目", ["公用经费项目", "运转类公用经费"]),
        (ProjectCategory.OtherOperating, "运转类-其他运转类项目", ["其他运转类项目", "其他运转类"]),
        (ProjectCategory.SpecificPurpose, "特定目标类项目", ["特定目标类"]));

    public static readonly ChoiceList<ProjectRecurrence> Recurrences = new("项目期限",
        (ProjectRecurrence.Recurring, "常年性", ["常年性项目", "经常性"]),
        (ProjectRecurrence.OneOff, "一次性", ["一次性项目"]));

    public static readonly ChoiceList<BodyKind> Bodies = new("支出对象",
        (BodyKind.Administrative, "机关", ["机关单位", "行政"]),
        (BodyKind.Institution, "事业单位", ["事业"]));

    public static readonly ChoiceList<AmountUnit> AmountUnits = new("金额单位",
        (AmountUnit.TenThousandYuan, "万元", []),
        (AmountUnit.Yuan, "元", []));

    public static readonly IReadOnlyList<string> YesNo = ["是", "否"];

    /// <summary>职责和机构 sheet: what a row holds.</summary>
    public static readonly IReadOnlyList<string> DutyKinds = ["主要职责", "内设机构"];

    /// <summary>Vehicle kinds the drop-down suggests; others may be typed.</summary>
    public static readonly IReadOnlyList<string> VehicleKinds = ["一般公务用车", "执法执勤用车", "特种专业技术用车", "其他用车"];

    public static bool TryParseYesNo(string text, out bool value)
    {
        var key = text.Trim().ToUpperInvariant();
        value = key is "是" or "Y" or "YES" or "TRUE" or "1" or "√";
        return value || key is "否" or "N" or "NO" or "FALSE" or "0" or "";
    }
}
