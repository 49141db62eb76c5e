using DeptBudget.Core.Checks;
using DeptBudget.Formats.Documents.Writing;
using Microsoft.Playwright;

namespace DeptBudget.Formats.Tests.Documents;

/// <summary>
/// The HTML document loaded in headless Chromium (Debian's chromium driven by Playwright, no browser download):
/// headings, tables with header cells, the banner; a screenshot is kept under the test output folder (artifacts/).
/// </summary>
public class HtmlWriterTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    [Fact]
    public void Html_IsOneSelfContainedChinesePage()
    {
        var html = DocumentHtml.Write(SampleDocuments.Build(SampleDocuments.Xinxiang));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_InChromium_HasHeadingsTablesWithHeaderCells_AndAScreenshot()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing. Install it with: apt-get install -y chromium");
        var document = SampleDocuments.Build(SampleDocuments.Xinxiang);
        var html = DocumentHtml.Write(document);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ChromiumArgs, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1600 } });
        await page.SetContentAsync(html);

        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("新乡市政务服务和大数据管理局2022年部门预算公开", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(5, await page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new System.Text.RegularExpressions.Regex("部分|附件") }).CountAsync());
        var tables = 10 + PerformancePartTests.FormTables(document);
        Assert.Equal(tables, await page.GetByRole(AriaRole.Table).CountAsync());
        Assert.Equal(tables, await page.Locator("table:has(thead th[scope=col])").CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Columnheader, new() { Name = "人员经费" }).CountAsync() > 0);
        Assert.True(await page.GetByRole(AriaRole.Rowheader, new() { Name = "行政运行" }).CountAsync() > 0);
        Assert.Contains("基本支出953.86万元，占70.54%", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        var screenshot = Path.Combine(artifacts.FullName, "xinxiang-2022.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = false });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
    }

    [Fact]
    public async Task Html_WithErrors_ShowsTheBannerAsAnAlert()
    {
        var error = new Finding { Id = "e#1", RuleId = "e", Severity = Severity.Error, Location = new Core.Checks.Location { TableNumber = "预算03表" }, Message = "合计行不等于各行之和" };
        var html = DocumentHtml.Write(SampleDocuments.Build(SampleDocuments.Xinxiang, errors: [error]));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ChromiumArgs, Headless = true });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html);

        var banner = page.GetByRole(AriaRole.Alert);
        Assert.Contains("未通过审核", await banner.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("预算03表：合计行不等于各行之和", await banner.InnerTextAsync(), StringComparison.Ordinal);
    }
}
