using System.Diagnostics;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

/// <summary>The HTML report opened in a real browser: Debian's headless Chromium (package "chromium").</summary>
[Trait("Category", "Browser")]
public sealed class HtmlReportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-html-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void RequireChromium()
    {
        if (!File.Exists(Chromium)) Strict.Missing("Chromium (/usr/bin/chromium) is missing (apt-get install chromium)");
    }

    private async Task<string> Chrome(params string[] arguments)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={Path.Combine(folder, "profile")}", .. arguments])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return await output;
    }

    [Fact]
    public async Task The_report_renders_in_Chromium_with_a_row_per_finding()
    {
        RequireChromium();
        var invalid = Path.Combine(folder, "invalid.xml");
        File.WriteAllText(invalid, File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("<cbc:ID>ALF-2026-0001</cbc:ID>", "<cbc:ID>ABC</cbc:ID>", StringComparison.Ordinal)
            .Replace("<cbc:StreetName>Str. Memorandumului 28</cbc:StreetName>", "", StringComparison.Ordinal));
        var report = Path.Combine(folder, "report.html");
        var run = await CliRun.Of(["validate", "--official-only", "--format", "html", "-o", report, invalid, Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json")]);
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.Error);

        var dom = await Chrome("--dump-dom", new Uri(report).AbsoluteUri);
        var screenshot = Path.Combine(folder, "report.png");
        await Chrome($"--screenshot={screenshot}", "--window-size=1200,900", new Uri(report).AbsoluteUri);

        dom.ShouldContain("<td id=\"invalid\" class=\"invalid\">1</td>");
        dom.Split("<tr class=\"finding\">").Length.ShouldBe(3, dom);
        dom.ShouldContain("BR-RO-081");
        var png = File.ReadAllBytes(screenshot);
        png.Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(10_000);
    }
}
