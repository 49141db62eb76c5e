namespace DeptBudget.Core.Model;

/// <summary>单位性质.</summary>
public enum UnitKind
{
    /// <summary>行政单位.</summary>
    Administrative,

    /// <summary>参照公务员法管理事业单位.</summary>
    CivilServantManagedInstitution,

    /// <summary>事业单位.</summary>
    Institution,

    /// <summary>其他 (e.g. 企业化管理单位).</summary>
    Other,
}

/// <summary>The kind of body money goes to; decides the government economic code (DOMAIN §3.2).</summary>
public enum BodyKind
{
    /// <summary>机关 (行政单位 and 参公单位): 501/502/503/504….</summary>
    Administrative,

    /// <summary>事业单位: 505/506.</summary>
    Institution,
}

/// <summary>The kind of an expenditure line.</summary>
public enum ExpenditureKind
{
    /// <summary>基本支出 — 人员经费.</summary>
    Personnel,

    /// <summary>基本支出 — 公用经费.</summary>
    Operating,

    /// <summary>项目支出.</summary>
    Project,

    /// <summary>事业单位经营支出.</summary>
    BusinessOperation,

    /// <summary>上缴上级支出.</summary>
    RemittanceToSuperior,

    /// <summary>对附属单位补助支出.</summary>
    SubsidyToSubsidiary,
}

/// <summary>资金来源: the revenue sources of DOMAIN §3.3; each expenditure line is paid from one.</summary>
public enum FundingSource
{
    /// <summary>一般公共预算拨款.</summary>
    GeneralBudget,

    /// <summary>政府性基金预算拨款.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算拨款.</summary>
    StateCapital,

    /// <summary>财政专户管理资金.</summary>
    SpecialAccount,

    /// <summary>事业收入.</summary>
    Business,

    /// <summary>事业单位经营收入.</summary>
    BusinessOperation,

    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy,

    /// <summary>附属单位上缴收入.</summary>
    SubsidiaryRemittance,

    /// <summary>其他收入.</summary>
    Other,

    /// <summary>用事业基金弥补收支差额.</summary>
    BusinessFund,
}

/// <summary>项目类别.</summary>
public enum ProjectCategory
{
    /// <summary>人员类项目.</summary>
    Personnel,

    /// <summary>运转类 — 公用经费项目.</summary>
    PublicOperating,

    /// <summary>运转类 — 其他运转类项目.</summary>
    OtherOperating,

    /// <summary>特定目标类项目.</summary>
    SpecificPurpose,
}

/// <summary>常年性 / 一次性.</summary>
public enum ProjectRecurrence
{
    Recurring,
    OneOff,
}

/// <summary>政府采购品目类别: A 货物, B 工程, C 服务.</summary>
public enum ProcurementCategory
{
    Goods,
    Works,
    Services,
}

/// <summary>The unit money is stated in.</summary>
public enum AmountUnit
{
    /// <summary>万元.</summary>
    TenThousandYuan,

    /// <summary>元.</summary>
    Yuan,
}

public static class KindExtensions
{
    /// <summary>财政拨款: the three fiscal appropriations (DOMAIN §3.3).</summary>
    public static bool IsFiscalAppropriation(this FundingSource source) =>
        source is FundingSource.GeneralBudget or FundingSource.GovernmentFund or FundingSource.StateCapital;

    /// <summary>单位资金: everything that is neither 财政拨款 nor 财政专户.</summary>
    public static bool IsUnitFunds(this FundingSource source) =>
        !source.IsFiscalAppropriation() && source != FundingSource.SpecialAccount;

    public static bool IsBasic(this ExpenditureKind kind) => kind is ExpenditureKind.Personnel or ExpenditureKind.Operating;

    public static BodyKind DefaultBodyKind(this UnitKind kind) =>
        kind is UnitKind.Institution or UnitKind.Other ? BodyKind.Institution : BodyKind.Administrative;

    public static decimal ToTenThousandYuan(this AmountUnit unit, decimal amount) =>
        unit == AmountUnit.Yuan ? amount / 10_000m : amount;
}
