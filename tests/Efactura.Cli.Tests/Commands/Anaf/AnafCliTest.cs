using System.Text;
using Efactura.Simulator;
using Efactura.Testing;

namespace Efactura.Cli.Tests.Commands.Anaf;

/// <summary>
/// The efactura command, in-process, against a fresh simulator over real HTTP on loopback, with its own
/// configuration folder. The simulator judges uploads with every CIUS-RO rule and processes them at once. Both run on
/// one <see cref="Clock"/> that starts on <see cref="TestClock.Start"/>, whatever the machine's date.
/// </summary>
public abstract class AnafCliTest : IAsyncLifetime
{
    protected const string Serial = "CLI0001";
    protected const string Seller = "18547290";

    protected AnafSimulator Simulator { get; private set; } = null!;
    protected TimeProvider Clock { get; } = TestClock.Create();
    protected string ConfigFolder { get; } = Path.Combine(Path.GetTempPath(), $"efactura-cli-{Guid.NewGuid():N}");
    protected string Env => Simulator.BaseAddress.ToString();
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected virtual SimulatorOptions Configure(SimulatorOptions options) => options;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ConfigFolder);
        Simulator = await AnafSimulator.StartAsync(Configure(new SimulatorOptions { ProcessingDelay = TimeSpan.Zero, Time = Clock }), Cancel);
        Simulator.GrantRights(Serial, Seller);
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        Directory.Delete(ConfigFolder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A token for <see cref="Serial"/>, as 'efactura simulator' prints one.</summary>
    protected string Token => Simulator.IssueTokens(Serial).AccessToken;

    /// <summary>Runs <c>efactura anaf …</c> against the simulator with this test's folder (and <paramref name="args"/>).</summary>
    private protected Task<CliRun> Anaf(params string[] args) =>
        Run(["anaf", .. args, "--env", Env, "--config", ConfigFolder]);

    /// <summary>Runs the command with these writers (captured ones when null).</summary>
    private protected async Task<CliRun> Run(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken? cancellationToken = null)
    {
        output ??= new StringWriter();
        error ??= new StringWriter();
        var console = new CliConsole(new MemoryStream(), output, error, IsTerminal: false);
        var code = await CliApplication.RunAsync(args, console, Clock, cancellationToken ?? Cancel);
        return new CliRun(code, output.ToString()!, error.ToString()!);
    }

    protected static string Example(string name) => Path.Combine(TestPaths.Examples, name);

    /// <summary>Example 01 as XML with <paramref name="from"/> replaced, saved in this test's folder.</summary>
    protected string BrokenExample(string from, string to)
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));
        xml.ShouldContain(from);
        var path = Path.Combine(ConfigFolder, $"broken-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml.Replace(from, to, StringComparison.Ordinal), Encoding.UTF8);
        return path;
    }
}
