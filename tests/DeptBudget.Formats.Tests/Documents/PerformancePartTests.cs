using DeptBudget.Core.Tables.Figures;
using DeptBudget.Core.Writing;
using DeptBudget.Formats.Documents.Writing;
using DeptBudget.Formats.Tables;
using DeptBudget.Formats.Targets.Writing;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>The performance part (绩效目标表) after the tables: the profile's forms filled from the budget, in HTML, Word and PDF.</summary>
public class PerformancePartTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string, string, string[]> Samples => new()
    {
        { SampleDocuments.Xinxiang, "第四部分 新乡市政务服务和大数据管理局2022年部门绩效目标表", ["部门(单位)整体绩效目标表", "部门预算项目绩效目标汇总表"] },
        {
            SampleDocuments.Hubei, "第五部分 江城区教育局2023年部门整体支出绩效目标和项目支出绩效目标",
            ["部门整体绩效目标申报表", .. HubeiProjects.Select(p => $"项目支出绩效目标申报表（{p}）")]
        },
    };

    /// <summary>The projects of the hubei sample with a budget this year, in the dataset's order.</summary>
    private static readonly string[] HubeiProjects = ["教育督导评估", "中小学校信息化建设", "学前教育普惠性资助", "中小学教师培训"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Part_ComesAfterTheTables_WithTheProfilesForms_MoneyFromTheKeyFigures_AndIndicatorsLeftEmpty(string sample, string heading, string[] titles)
    {
        var document = SampleDocuments.Build(sample);
        var part = document.Parts[^1];
        var figures = document.KeyFigures();

        Assert.Equal(heading, part.FullHeading);
        Assert.Contains(document.Parts[^2].Blocks, b => b is TableBlock);
        Assert.Equal(DocumentBuilder.TargetsNote, Assert.IsType<ParagraphBlock>(part.Blocks[0]).Text);
        var forms = part.Blocks.OfType<TargetFormBlock>().ToList();
        Assert.Equal(titles, forms.Select(DocumentForms.Title));
        var money = forms[0].Form.Money!;
        Assert.Equal(ThisYear(figures, "revenueTotal"), money.IncomeTotal!.Amount);
        Assert.Equal(ThisYear(figures, "expenditureTotal"), money.ExpenditureTotal!.Amount);
        Assert.All(new[] { forms[0].Form.LongTerm, forms[0].Form.Annual }.OfType<Core.Targets.FormGoal>(), g =>
        {
            Assert.Equal("", g.Text);
            Assert.Empty(g.Indicators);
        });
    }

    [Fact]
    public void DocumentTsv_NamesTheForms_AndTheShippedTemplateResolvesThem()
    {
        var read = DocumentTemplateReader.Read("p", "title\t{department}\ntargets\thubei-department, hubei-project\npart\t第五部分\t绩效目标\t@targets\n", new Dictionary<string, string>(), null, "p/document.tsv");
        var dataset = SampleDocuments.Dataset(SampleDocuments.Hubei);
        var (tables, keyFigures) = SampleDocuments.Tables(dataset, "hubei-2023");

        var unresolved = DocumentBuilder.Build(read with { Charts = false }, dataset, tables, keyFigures, new DateOnly(2023, 4, 1), []);

        Assert.Equal(["hubei-department", "hubei-project"], read.TargetFormIds);
        Assert.Equal([PartTemplate.TargetsContent], read.Parts.Single().Contents);
        Assert.Equal([new ParagraphBlock(DocumentBuilder.TargetsNote)], unresolved.Parts.Single().Blocks);
        Assert.Equal(["henan-2022-department", "henan-2022-project-summary"], ShippedDocumentTemplates.Get("henan-2022").TargetForms.Select(t => t.Id));
        Assert.Equal(["hubei-department", "hubei-project"], ShippedDocumentTemplates.Get("hubei-2023").TargetForms.Select(t => t.Id));
    }

    [Fact]
    public void DocumentTsv_TargetsWithoutForms_IsRefusedWithTheLine()
    {
        var error = Assert.Throws<TemplateException>(() => DocumentTemplateReader.Read("p", "title\tx\ntargets\n", new Dictionary<string, string>(), null, "p/document.tsv"));

        Assert.Contains("targets", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Hubei_PrintsOneProjectFormPerProjectWithABudget_AfterTheDepartmentForm_EachWithItsCostIndicator()
    {
        var document = SampleDocuments.Build(SampleDocuments.Hubei);
        var forms = document.Parts[^1].Blocks.OfType<TargetFormBlock>().ToList();
        var listed = forms[0].Form.Projects.Where(p => p.Code.Length > 0).ToList();

        var projects = forms.Skip(1).Select(f => (f.Template.Id, f.Form.Kind, Assert.Single(f.Form.Projects))).ToList();

        Assert.Equal("hubei-department", forms[0].Template.Id);
        Assert.Equal(HubeiProjects, projects.Select(p => p.Item3.Name));
        Assert.All(projects, p => Assert.Equal(("hubei-project", Core.Targets.FormKind.Project), (p.Id, p.Kind)));
        Assert.Equal(listed.Select(p => (p.Code, p.AnnualBudget)), projects.Select(p => (p.Item3.Code, p.Item3.AnnualBudget)));
        Assert.All(projects, p => Assert.Equal($"≤{p.Item3.AnnualBudget:0.##}万元", Assert.Single(p.Item3.Indicators).Target.Text.Replace(" ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void HenanSummary_ProjectsTotal_IsTheKeyFiguresProjectExpenditure()
    {
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang);

        var summary = document.Parts[^1].Blocks.OfType<TargetFormBlock>().Single(f => f.Template.Id == "henan-2022-project-summary");

        Assert.Equal(ThisYear(document.KeyFigures(), "project"), summary.Form.ProjectsTotal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Html_InChromium_ListsThePartInTheContents_AndPrintsTheFormsWithHeaderCells(string sample, string heading, string[] titles)
    {
        var document = SampleDocuments.Build(sample);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"], Headless = true });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(DocumentHtml.Write(document));

        Assert.Equal(1, await page.Locator("nav.contents a").GetByText(heading, new() { Exact = true }).CountAsync());
        foreach (var title in titles)
        {
            var entry = page.Locator("nav.contents a").GetByText(title, new() { Exact = true });
            Assert.Equal(1, await entry.CountAsync());
            var target = (await entry.GetAttributeAsync("href"))!;
            Assert.Equal(title, await page.Locator($"{target} + section.form > h3").InnerTextAsync());
        }

        var part = page.Locator("section.part").Last;
        Assert.Equal(heading, await part.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync());
        Assert.Equal(titles, await part.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllInnerTextsAsync());
        var text = await part.InnerTextAsync();
        Assert.Contains("绩效指标由部门填写", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FormLayoutNames.Template, text, StringComparison.Ordinal);
        Assert.Contains(FormLayoutNames.Department, text, StringComparison.Ordinal);
        var tables = await part.GetByRole(AriaRole.Table).CountAsync();
        Assert.Equal(FormTables(document), tables);
        Assert.Equal(tables, await part.Locator("table:has(thead th[scope=col])").CountAsync());
        var money = await part.Locator("table").First.Locator("td.num").AllInnerTextsAsync();
        Assert.Contains(NumberText.Grouped(ThisYear(document.KeyFigures(), "revenueTotal")), money);
        Assert.Contains(NumberText.Grouped(ThisYear(document.KeyFigures(), "project")), money);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Docx_PrintsThePartHeadingAsHeading1_FollowedByTheFormsTables(string sample, string heading, string[] titles)
    {
        var document = SampleDocuments.Build(sample);
        using var word = WordprocessingDocument.Open(new MemoryStream(Docx(document)), false);
        var body = word.MainDocumentPart!.Document!.Body!;

        var partHeading = Assert.Single(body.Elements<Paragraph>(), p => p.InnerText == heading && p.ParagraphProperties?.ParagraphStyleId?.Val == DocxStyles.Heading1);
        var after = partHeading.ElementsAfter().ToList();
        Assert.Equal(FormTables(document), after.OfType<Table>().Count());
        Assert.Equal(titles, after.OfType<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == DocxStyles.TableTitle).Select(p => p.InnerText));
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == heading && p.ParagraphProperties?.ParagraphStyleId?.Val == DocxStyles.Toc1);
        var toc = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == DocxStyles.Toc2).Select(p => p.InnerText).ToList();
        Assert.Equal(titles, toc.TakeLast(titles.Length));
        Assert.All(after.OfType<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == DocxStyles.TableTitle), p => Assert.Equal(1, p.ParagraphProperties!.OutlineLevel!.Val!.Value));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Pdf_FromWord_HasTheFormTitles(string sample, string heading, string[] titles)
    {
        var folder = Directory.CreateTempSubdirectory("deptbudget-perf-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            File.WriteAllBytes(pdf, DocumentPdf.FromDocx(Docx(SampleDocuments.Build(sample))));

            var text = Poppler.Compact(Poppler.Text(pdf));

            Assert.Contains(Poppler.Compact(heading), text, StringComparison.Ordinal);
            Assert.All(titles, t => Assert.Contains(t, text, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One table per section of every form of the performance part.</summary>
    internal static int FormTables(DisclosureDocument document) =>
        document.Parts.SelectMany(p => p.Blocks).OfType<TargetFormBlock>().Sum(f => FormLayoutBuilder.Build(f.Form, f.Template).Blocks.Count);

    private static byte[] Docx(DisclosureDocument document)
    {
        using var stream = new MemoryStream();
        DocumentDocx.Write(document, stream);
        return stream.ToArray();
    }

    private static decimal? ThisYear(Core.Tables.Table figures, string key) => figures.FindRow(key)?[KeyFigures.ThisYear];
}
