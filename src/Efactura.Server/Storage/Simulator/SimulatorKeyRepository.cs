using System.Security.Cryptography.X509Certificates;
using Efactura.Server.Storage.Secrets;

namespace Efactura.Server.Storage.Simulator;

/// <summary>
/// The signing certificate (with its private key) of each tenant's in-process simulator, encrypted at rest. Kept so a
/// restart does not change the key: the tokens and ZIP signatures the simulator made before still check.
/// </summary>
public sealed class SimulatorKeyRepository(Database database, SecretProtector protector, TimeProvider time)
{
    private const string Purpose = "simulator-key";

    /// <summary>The tenant's certificate, made by <paramref name="create"/> and stored on first use (the first writer wins).</summary>
    public async Task<X509Certificate2> GetOrCreateAsync(Guid tenantId, Func<DateTimeOffset, X509Certificate2> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        var stored = await ReadAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (stored is not null) return stored;
        using (var made = create(time.GetUtcNow()))
        {
            var sealedBytes = protector.Protect(Convert.ToBase64String(made.Export(X509ContentType.Pkcs12)), Purpose + ":" + tenantId);
            await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                "INSERT INTO simulator_keys (tenant_id, certificate, created_at) VALUES (@tenant, @certificate, @at) ON CONFLICT (tenant_id) DO NOTHING",
                cancellationToken, ("tenant", tenantId), ("certificate", sealedBytes), ("at", time.GetUtcNow())).ConfigureAwait(false);
        }
        return await ReadAsync(tenantId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"the simulator key of tenant {tenantId} was not stored");
    }

    private async Task<X509Certificate2?> ReadAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var sealedBytes = await session.QuerySingleAsync(
            "SELECT certificate FROM simulator_keys WHERE tenant_id = @tenant", row => row.Bytes("certificate"),
            cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
        if (sealedBytes is null) return null;
        var pkcs12 = Convert.FromBase64String(protector.Unprotect(sealedBytes, Purpose + ":" + tenantId));
        return X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>The CUIs of the tenant's <c>simulator</c> companies, by company id (their rights in its simulator).</summary>
    public async Task<IReadOnlyList<(Guid CompanyId, string Cui)>> SimulatorCompaniesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            "SELECT id, cui FROM companies WHERE tenant_id = @tenant AND environment = 'simulator'",
            row => (row.Guid("id"), row.String("cui")), cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
    }
}
