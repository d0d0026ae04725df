using System.Collections.Concurrent;
using Efactura.Simulator.State;

namespace Efactura.Simulator;

/// <summary>
/// An <see cref="ISimulatorStore"/> in this process's memory: the default, so a standalone simulator forgets everything
/// when it stops. One instance given to simulators started one after another (tests) carries their state across.
/// Thread-safe.
/// </summary>
public sealed class MemorySimulatorStore : ISimulatorStore
{
    private readonly ConcurrentDictionary<(AnafEnvironment, long), StoredUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, SpvUser> _holders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _spentRefreshTokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<SimulatorSavedState> LoadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new SimulatorSavedState(
            _uploads.Select(u => (u.Key.Item1, u.Value)).ToList(),
            _holders.Values.ToList()));

    /// <inheritdoc />
    public Task SaveUploadAsync(AnafEnvironment environment, StoredUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        _uploads[(environment, upload.Index)] = upload;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveHolderAsync(SpvUser holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        _holders[holder.Serial] = holder;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> SpendRefreshTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(_spentRefreshTokens.TryAdd(tokenId, expiresAt));
}
