using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Simulator.State;

namespace Efactura.Server.Storage.Simulator;

/// <summary>
/// The state of each tenant's in-process simulator (migration 0023): its uploads, its form's holders and its redeemed
/// refresh tokens, one <see cref="ISimulatorStore"/> per tenant, so a restarted server's simulators answer as before.
/// Every row carries the tenant: one tenant's simulator never loads another's.
/// </summary>
public sealed class SimulatorStateRepository(Database database, TimeProvider time)
{
    /// <summary>The store of <paramref name="tenantId"/>'s simulator.</summary>
    public ISimulatorStore ForTenant(Guid tenantId) => new TenantStore(database, time, tenantId);

    private sealed class TenantStore(Database database, TimeProvider time, Guid tenantId) : ISimulatorStore
    {
        public async Task<SimulatorSavedState> LoadAsync(CancellationToken cancellationToken)
        {
            await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            var uploads = await session.QueryAsync(
                """
                SELECT environment, upload_index, download_id, standard, cif, seller_cif, buyer_cif, document_number, document,
                       accepted_at, processed_at, verdict, errors, self_billed, answered_index
                FROM simulator_uploads WHERE tenant_id = @tenant ORDER BY upload_index
                """,
                row => (StoredName.Parse<AnafEnvironment>(row.String("environment")), new StoredUpload
                {
                    Index = row.Long("upload_index"),
                    DownloadId = row.Long("download_id"),
                    Standard = StoredName.Parse<UploadStandard>(row.String("standard")),
                    Cif = row.String("cif"),
                    SellerCif = row.NullableString("seller_cif"),
                    BuyerCif = row.NullableString("buyer_cif"),
                    DocumentNumber = row.NullableString("document_number"),
                    Document = row.Bytes("document"),
                    AcceptedAt = row.Time("accepted_at"),
                    ProcessedAt = row.Time("processed_at"),
                    Verdict = Verdict(StoredName.Parse<InvoiceVerdictKind>(row.String("verdict")), row.String("errors")),
                    SelfBilled = row.Bool("self_billed"),
                    AnsweredIndex = row.IsNull("answered_index") ? null : row.Long("answered_index"),
                }),
                cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
            var holders = await session.QueryAsync(
                "SELECT serial, cuis FROM simulator_holders WHERE tenant_id = @tenant",
                row => new SpvUser(row.String("serial"), row.String("cuis").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)),
                cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
            return new SimulatorSavedState(uploads, holders);
        }

        public async Task SaveUploadAsync(AnafEnvironment environment, StoredUpload upload, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(upload);
            await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                """
                INSERT INTO simulator_uploads (tenant_id, environment, upload_index, download_id, standard, cif, seller_cif, buyer_cif,
                    document_number, document, accepted_at, processed_at, verdict, errors, self_billed, answered_index)
                VALUES (@tenant, @environment, @index, @download, @standard, @cif, @seller, @buyer, @number, @document, @accepted, @processed,
                    @verdict, @errors, @selfBilled, @answered)
                """,
                cancellationToken,
                ("tenant", tenantId), ("environment", StoredName.Of(environment)), ("index", upload.Index), ("download", upload.DownloadId),
                ("standard", StoredName.Of(upload.Standard)), ("cif", upload.Cif), ("seller", upload.SellerCif), ("buyer", upload.BuyerCif),
                ("number", upload.DocumentNumber), ("document", upload.Document), ("accepted", upload.AcceptedAt), ("processed", upload.ProcessedAt),
                ("verdict", StoredName.Of(upload.Verdict.Kind)), ("errors", JsonSerializer.Serialize(upload.Verdict.Errors)),
                ("selfBilled", upload.SelfBilled), ("answered", upload.AnsweredIndex)).ConfigureAwait(false);
        }

        public async Task SaveHolderAsync(SpvUser holder, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(holder);
            await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                """
                INSERT INTO simulator_holders (tenant_id, serial, cuis) VALUES (@tenant, @serial, @cuis)
                ON CONFLICT (tenant_id, serial) DO UPDATE SET cuis = excluded.cuis
                """,
                cancellationToken, ("tenant", tenantId), ("serial", holder.Serial),
                ("cuis", string.Join(',', holder.Cuis.Order(StringComparer.Ordinal)))).ConfigureAwait(false);
        }

        public async Task<bool> SpendRefreshTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tokenId)));
            await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            // Marks past their token's expiry are of no use (the token is refused as expired): dropped as new ones come.
            await session.ExecuteAsync("DELETE FROM simulator_spent_refresh_tokens WHERE tenant_id = @tenant AND expires_at < @now",
                cancellationToken, ("tenant", tenantId), ("now", time.GetUtcNow())).ConfigureAwait(false);
            var inserted = await session.ExecuteAsync(
                """
                INSERT INTO simulator_spent_refresh_tokens (tenant_id, token_hash, expires_at) VALUES (@tenant, @hash, @expires)
                ON CONFLICT (tenant_id, token_hash) DO NOTHING
                """,
                cancellationToken, ("tenant", tenantId), ("hash", hash), ("expires", expiresAt)).ConfigureAwait(false);
            return inserted == 1;
        }

        private static InvoiceVerdict Verdict(InvoiceVerdictKind kind, string errors) => kind switch
        {
            InvoiceVerdictKind.Accepted => InvoiceVerdict.Accepted,
            InvoiceVerdictKind.NotTaken => InvoiceVerdict.NotTaken,
            _ => InvoiceVerdict.Rejected(JsonSerializer.Deserialize<string[]>(errors)
                ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"a rejected simulator upload has no errors: {errors}"))),
        };
    }
}
