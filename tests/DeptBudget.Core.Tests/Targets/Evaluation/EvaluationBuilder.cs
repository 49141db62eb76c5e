using DeptBudget.Core.Targets;
using DeptBudget.Core.Targets.Evaluation;
using DeptBudget.Core.Targets.Library;

namespace DeptBudget.Core.Tests.Targets.Evaluation;

/// <summary>Project forms, actuals and the national method (the numbers of data/targets/scoring.json) for tests.</summary>
internal static class EvaluationBuilder
{
    public static readonly ScoringRules Rules = new()
    {
        BudgetWeight = 10,
        Groups =
        [
            new ScoreGroup { Name = "产出", Weight = 50, Words = ["产出", "成本"] },
            new ScoreGroup { Name = "效益", Weight = 30, Words = ["效益"] },
            new ScoreGroup { Name = "满意度", Weight = 10, Words = ["满意"] },
        ],
        Bands =
        [
            new QualitativeBand { Name = "达成", Percent = 100, Words = ["达到", "完成"] },
            new QualitativeBand { Name = "基本达成", Percent = 80, Words = ["基本达到", "基本完成"] },
            new QualitativeBand { Name = "部分达成", Percent = 60, Words = ["部分达到", "部分完成"] },
            new QualitativeBand { Name = "未达成", Percent = 0, Words = ["未达到", "未完成"] },
        ],
        Grades = [new ScoreGrade { Name = "优", From = 90 }, new ScoreGrade { Name = "良", From = 80 }, new ScoreGrade { Name = "中", From = 60 }, new ScoreGrade { Name = "差", From = 0 }],
        MidYearMonths = 7,
        Tolerance = 0.9m,
    };

    public static readonly DirectionLexicon Directions = new(
    [
        ("率", Direction.HigherIsBetter), ("满意度", Direction.HigherIsBetter), ("时间", Direction.LowerIsBetter),
        ("成本", Direction.LowerIsBetter), ("变动率", Direction.LowerIsBetter), ("节约率", Direction.HigherIsBetter),
    ]);

    public static readonly IndicatorLibrary Library = new(
    [
        new LibraryIndicator { Name = "成本节约率", Formula = Formula.Parse("(预算数 - 执行数) / 预算数 * 100"), Direction = Direction.HigherIsBetter },
        new LibraryIndicator { Name = "预算执行率", Synonyms = ["预算完成率"], Formula = Formula.Parse("执行数 / 预算数 * 100"), Direction = Direction.HigherIsBetter },
    ]);

    public static Indicator Indicator(string path, string target)
    {
        var levels = path.Split('/');
        return new Indicator
        {
            Level1 = levels[0],
            Level2 = levels.Length > 2 ? levels[1] : "",
            Level3 = levels[^1],
            Target = TargetParser.Parse(target),
            Source = new CellSource { Table = "绩效指标", Row = 1, Line = 1 },
        };
    }

    public static PerformanceForm Form(params Indicator[] indicators) => new()
    {
        TemplateId = "hubei-project",
        Kind = FormKind.Project,
        Title = "项目支出绩效目标申报表",
        Projects = [new FormProject { Name = "测试项目", Indicators = indicators, Source = new CellSource { Table = "项目" } }],
    };

    public static Actuals Actuals(BudgetExecution? budget, params IndicatorActual[] indicators) => new() { Budget = budget, Indicators = indicators };

    public static IndicatorActual Actual(string path, string yearEnd, string midYear = "", string reason = "", decimal? weight = null) =>
        new() { Path = path, YearEnd = yearEnd, MidYear = midYear, Reason = reason, Weight = weight };

    public static ScoreSheet Score(PerformanceForm form, Actuals actuals) => SelfEvaluation.Score(form, actuals, Rules, Directions, Library);
}
