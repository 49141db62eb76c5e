namespace DeptBudget.Bench.Synthetic;

/// <summary>
/// The 支出功能分类 codes the synthetic regions use: the national 类, about seventy 款 under them,
/// and their 项 (the usual 行政运行 / 一般行政管理事务 / 机关服务 / 事业运行 / 其他 pattern, plus the
/// pension, medical and housing 款 every unit has).
/// </summary>
public static class FunctionCatalogue
{
    /// <summary>The 类 of the national list.</summary>
    public static IReadOnlyList<(string Code, string Name)> Classes { get; } =
    [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"), ("205", "教育支出"),
        ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"),
        ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"), ("219", "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"),
        ("224", "灾害防治及应急管理支出"), ("227", "预备费"), ("229", "其他支出"), ("230", "转移性支出"), ("231", "债务还本支出"),
        ("232", "债务付息支出"), ("233", "债务发行费用支出"), ("234", "抗疫特别国债安排的支出"),
    ];

    /// <summary>款 a department can have as its line of business.</summary>
    public static IReadOnlyList<(string Code, string Name)> BusinessSections { get; } =
    [
        ("20101", "人大事务"), ("20102", "政协事务"), ("20103", "政府办公厅（室）及相关机构事务"), ("20104", "发展与改革事务"),
        ("20105", "统计信息事务"), ("20106", "财政事务"), ("20107", "税收事务"), ("20108", "审计事务"), ("20111", "纪检监察事务"),
        ("20113", "商贸事务"), ("20126", "档案事务"), ("20129", "群众团体事务"), ("20131", "党委办公厅（室）及相关机构事务"),
        ("20132", "组织事务"), ("20133", "宣传事务"), ("20134", "统战事务"), ("20402", "公安"), ("20404", "检察"), ("20405", "法院"),
        ("20406", "司法"), ("20501", "教育管理事务"), ("20503", "职业教育"), ("20508", "进修及培训"), ("20601", "科学技术管理事务"),
        ("20602", "基础研究"), ("20603", "应用研究"), ("20604", "技术研究与开发"), ("20701", "文化和旅游"), ("20702", "文物"),
        ("20703", "体育"), ("20708", "广播电视"), ("20801", "人力资源和社会保障管理事务"), ("20802", "民政管理事务"), ("20808", "抚恤"),
        ("20810", "社会福利"), ("20811", "残疾人事业"), ("20828", "退役军人管理事务"), ("21001", "卫生健康管理事务"),
        ("21002", "公立医院"), ("21003", "基层医疗卫生机构"), ("21004", "公共卫生"), ("21007", "计划生育事务"),
        ("21101", "环境保护管理事务"), ("21103", "污染防治"), ("21104", "自然生态保护"), ("21201", "城乡社区管理事务"),
        ("21202", "城乡社区规划与管理"), ("21203", "城乡社区公共设施"), ("21205", "城乡社区环境卫生"), ("21301", "农业农村"),
        ("21302", "林业和草原"), ("21303", "水利"), ("21305", "巩固脱贫攻坚成果衔接乡村振兴"), ("21401", "公路水路运输"),
        ("21406", "车辆购置税支出"), ("21501", "资源勘探开发"), ("21505", "工业和信息产业监管"), ("21508", "支持中小企业发展和管理支出"),
        ("21602", "商业流通事务"), ("21606", "涉外发展服务支出"), ("22001", "自然资源事务"), ("22005", "气象事务"),
        ("22201", "粮油物资事务"), ("22401", "应急管理事务"), ("22402", "消防救援事务"),
    ];

    /// <summary>The usual 项 of a business 款: 行政运行, 一般行政管理事务, 机关服务, two specific items, 事业运行, 其他.</summary>
    public static IReadOnlyList<(string Suffix, string Name)> BusinessItems { get; } =
    [
        ("01", "行政运行"), ("02", "一般行政管理事务"), ("03", "机关服务"), ("04", "专项业务（一）"), ("05", "专项业务（二）"),
        ("50", "事业运行"), ("99", "其他{0}支出"),
    ];

    /// <summary>行政事业单位养老支出 (every unit).</summary>
    public static IReadOnlyList<(string Code, string Name)> Pension { get; } =
    [
        ("2080501", "行政单位离退休"), ("2080502", "事业单位离退休"), ("2080505", "机关事业单位基本养老保险缴费支出"),
        ("2080506", "机关事业单位职业年金缴费支出"), ("2080599", "其他行政事业单位养老支出"),
    ];

    /// <summary>行政事业单位医疗 (every unit).</summary>
    public static IReadOnlyList<(string Code, string Name)> Medical { get; } =
    [
        ("2101101", "行政单位医疗"), ("2101102", "事业单位医疗"), ("2101103", "公务员医疗补助"), ("2101199", "其他行政事业单位医疗支出"),
    ];

    /// <summary>住房改革支出 (every unit).</summary>
    public static IReadOnlyList<(string Code, string Name)> Housing { get; } =
    [
        ("2210201", "住房公积金"), ("2210202", "提租补贴"), ("2210203", "购房补贴"),
    ];

    /// <summary>The 7-digit codes of a business 款, in the order of <see cref="BusinessItems"/>.</summary>
    public static int[] ItemsOf(int section) => BusinessItems.Select(i => (section * 100) + int.Parse(i.Suffix, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Every 类, 款 and 项 above with its name.</summary>
    public static IEnumerable<(string Code, string Name)> All()
    {
        foreach (var entry in Classes)
        {
            yield return entry;
        }

        foreach (var (code, name) in BusinessSections)
        {
            yield return (code, name);
            foreach (var (suffix, itemName) in BusinessItems)
            {
                yield return (code + suffix, string.Format(System.Globalization.CultureInfo.InvariantCulture, itemName, name));
            }
        }

        yield return ("20805", "行政事业单位养老支出");
        yield return ("21011", "行政事业单位医疗");
        yield return ("22102", "住房改革支出");
        foreach (var entry in Pension.Concat(Medical).Concat(Housing))
        {
            yield return entry;
        }
    }
}
