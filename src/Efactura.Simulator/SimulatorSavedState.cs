using Efactura.Simulator.State;

namespace Efactura.Simulator;

/// <summary>What an <see cref="ISimulatorStore"/> gives back when a simulator starts.</summary>
/// <param name="Uploads">The accepted uploads with their environment, in any order (the simulator replays them by index).</param>
/// <param name="Holders">The certificate holders who logged in through the simulator's form.</param>
public sealed record SimulatorSavedState(
    IReadOnlyList<(AnafEnvironment Environment, StoredUpload Upload)> Uploads,
    IReadOnlyList<SpvUser> Holders)
{
    /// <summary>Nothing saved yet.</summary>
    public static SimulatorSavedState Empty { get; } = new([], []);
}
