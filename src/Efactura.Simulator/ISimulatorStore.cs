using Efactura.Simulator.State;

namespace Efactura.Simulator;

/// <summary>
/// Where a simulator keeps what must outlive its process: the uploads it accepted (and so every message, list entry
/// and download they produce, received invoices included), the certificate holders who logged in through its form,
/// and the refresh tokens already redeemed. Access tokens need nothing kept: they are JWTs the simulator checks with
/// its signing key (<see cref="SimulatorOptions.SigningCertificate"/>), so a simulator restarted with the same key and
/// the same store answers as before. Authorization codes (60 s), the daily quotas and the calls window are not kept.
/// <para>
/// The simulator writes before it answers: an upload's index is returned only once the upload is saved. The default
/// is <see cref="MemorySimulatorStore"/>; a gateway running simulators for its tenants keeps them in its database.
/// </para>
/// </summary>
public interface ISimulatorStore
{
    /// <summary>Everything saved so far, read once when the simulator starts.</summary>
    Task<SimulatorSavedState> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Saves an accepted upload of <paramref name="environment"/> (its index and download id are final).</summary>
    Task SaveUploadAsync(AnafEnvironment environment, StoredUpload upload, CancellationToken cancellationToken);

    /// <summary>Saves a certificate holder's rights, replacing the earlier ones of the same serial.</summary>
    Task SaveHolderAsync(SpvUser holder, CancellationToken cancellationToken);

    /// <summary>
    /// Marks refresh token <paramref name="tokenId"/> (its <c>jti</c>) as redeemed; true the first time, false when it
    /// already was. The mark may be forgotten after <paramref name="expiresAt"/>, when the token is refused anyway.
    /// </summary>
    Task<bool> SpendRefreshTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
