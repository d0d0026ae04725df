using System.Diagnostics;
using System.Text.RegularExpressions;
using Efactura.Testing;

namespace Efactura.Cli.Tests.Commands;

public sealed partial class SimulatorCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"efactura-sim-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Serves_until_cancelled_and_the_printed_token_has_the_printed_rights()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var output = new WatchedWriter();
        var simulator = CliRunWith(["simulator", "--urls", "http://127.0.0.1:0", "--certificate", Path.Combine(_folder, "sim.pfx"), "--processing-delay", "0"], output, stop.Token);
        var address = Url().Match(await output.LineAsync(l => l.Contains("listening on", StringComparison.Ordinal))).Value;
        var token = (await output.LineAsync(l => l.Contains("Access token", StringComparison.Ordinal))).Trim().Split(' ')[^1];

        var upload = await CliRunWith(["anaf", "upload", Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json"), "--cif", "18547290", "--env", address, "--token", token],
            new StringWriter(), TestContext.Current.CancellationToken);
        await stop.CancelAsync();

        upload.ShouldBe(ExitCodes.Ok);
        (await simulator).ShouldBe(ExitCodes.Ok);
        output.Text.ShouldContain("SPV rights for CUI 14399840, 18547290");
        output.Text.ShouldContain("client_id efactura-simulator, client_secret simulator-secret");
    }

    [Fact]
    public async Task Starts_as_a_process_and_reports_its_start_up_time()
    {
        var efactura = Path.Combine(AppContext.BaseDirectory, "efactura.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { efactura, "simulator", "--urls", "http://127.0.0.1:0", "--certificate", Path.Combine(_folder, "sim.pfx") }) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)) is not null && !line.Contains("listening on", StringComparison.Ordinal)) { }
            clock.Stop();

            if (line is null) Assert.Fail("no banner: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            ReadyIn().IsMatch(line).ShouldBeTrue(line);
            TestContext.Current.TestOutputHelper?.WriteLine($"{line} ({clock.Elapsed.TotalSeconds:0.00} s from process start)");
        }
        finally
        {
            process.Kill();
        }
    }

    private static async Task<int> CliRunWith(string[] args, TextWriter output, CancellationToken cancellationToken) =>
        await CliApplication.RunAsync(args, new CliConsole(new MemoryStream(), output, new StringWriter(), IsTerminal: false), TestClock.Create(), cancellationToken);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Url();

    [GeneratedRegex(@"\(ready in \d+\.\d\d s\)")]
    private static partial Regex ReadyIn();
}
