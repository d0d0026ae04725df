using Efactura.Simulator;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>One simulator over real HTTP shared by a test class (making its signing certificate is most of its start-up).</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public AnafSimulator Simulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Simulator = await AnafSimulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await Simulator.DisposeAsync();
}
