using System.Text;
using Efactura.Server.Storage.Simulator;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Simulator.State;

namespace Efactura.Server.Tests.Storage.Simulator;

/// <summary>
/// Each tenant's simulator state in the database (migration 0023), on both engines: what is saved loads back field for
/// field (a rejection's errors, a buyer message's answered index, an upload not taken), a holder's rights replace the
/// earlier ones, a refresh token is redeemed once, and one tenant's store never loads another's.
/// </summary>
public class SimulatorStateRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static StoredUpload Upload(long index, InvoiceVerdict verdict, UploadStandard standard = UploadStandard.UBL, long? answered = null, DateTimeOffset? at = null) => new()
    {
        Index = index,
        Standard = standard,
        Cif = "18547290",
        SellerCif = standard == UploadStandard.RASP ? null : "18547290",
        BuyerCif = "14399840",
        DocumentNumber = standard == UploadStandard.RASP ? null : $"F-{index}",
        Document = Encoding.UTF8.GetBytes($"<Invoice>{index}</Invoice>"),
        AcceptedAt = at ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        ProcessedAt = (at ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)).AddSeconds(5),
        Verdict = verdict,
        DownloadId = verdict.Kind == InvoiceVerdictKind.NotTaken ? 0 : index + 1_000,
        SelfBilled = index % 2 == 0,
        AnsweredIndex = answered,
    };

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Saved_uploads_holders_and_redeemed_tokens_load_back_for_their_tenant_only(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var alice = (await db.Tenants.CreateAsync("alice", Token)).Tenant.Id;
        var mallory = (await db.Tenants.CreateAsync("mallory", Token)).Tenant.Id;
        var repository = new SimulatorStateRepository(db.Database, db.Clock);
        var store = repository.ForTenant(alice);
        var uploads = new[]
        {
            (AnafEnvironment.Test, Upload(5_001_000_000, InvoiceVerdict.Accepted)),
            (AnafEnvironment.Test, Upload(5_001_000_001, InvoiceVerdict.Rejected(["E: eroare regula: [BR-RO-010] one", "E: two"]))),
            (AnafEnvironment.Prod, Upload(5_001_000_000, InvoiceVerdict.NotTaken)),
            (AnafEnvironment.Test, Upload(5_001_000_002, InvoiceVerdict.Accepted, UploadStandard.RASP, answered: 5_001_000_000)),
        };
        foreach (var (environment, upload) in uploads) await store.SaveUploadAsync(environment, upload, Token);
        await store.SaveHolderAsync(new SpvUser("S1", new HashSet<string> { "1" }), Token);
        await store.SaveHolderAsync(new SpvUser("S1", new HashSet<string> { "18547290", "14399840" }), Token);

        var loaded = await repository.ForTenant(alice).LoadAsync(Token);

        loaded.Uploads.Count.ShouldBe(4);
        foreach (var (environment, upload) in uploads)
        {
            var back = loaded.Uploads.Single(u => u.Environment == environment && u.Upload.Index == upload.Index).Upload;
            back.ShouldBe(upload with { Document = back.Document, Verdict = back.Verdict }); // every other field, by value
            back.Document.ShouldBe(upload.Document);
            back.Verdict.Kind.ShouldBe(upload.Verdict.Kind);
            back.Verdict.Errors.ShouldBe(upload.Verdict.Errors);
        }
        loaded.Holders.ShouldHaveSingleItem().Cuis.Order(StringComparer.Ordinal).ToArray().ShouldBe(new[] { "14399840", "18547290" });
        var others = await repository.ForTenant(mallory).LoadAsync(Token);
        others.Uploads.ShouldBeEmpty();
        others.Holders.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_refresh_token_is_redeemed_once_per_tenant_and_its_mark_goes_after_it_expires(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var alice = (await db.Tenants.CreateAsync("alice", Token)).Tenant.Id;
        var mallory = (await db.Tenants.CreateAsync("mallory", Token)).Tenant.Id;
        var repository = new SimulatorStateRepository(db.Database, db.Clock);
        var expires = db.Clock.GetUtcNow().AddDays(1);

        (await repository.ForTenant(alice).SpendRefreshTokenAsync("jti-1", expires, Token)).ShouldBeTrue();
        (await repository.ForTenant(alice).SpendRefreshTokenAsync("jti-1", expires, Token)).ShouldBeFalse();
        (await repository.ForTenant(mallory).SpendRefreshTokenAsync("jti-1", expires, Token)).ShouldBeTrue("another simulator, another key: its tokens are its own");
        (await db.ScalarAsync("SELECT COUNT(*) FROM simulator_spent_refresh_tokens WHERE token_hash = 'jti-1'")).ShouldBe(0L, "only the hash is kept");

        db.Clock.Advance(TimeSpan.FromDays(2));
        await repository.ForTenant(alice).SpendRefreshTokenAsync("jti-2", db.Clock.GetUtcNow().AddDays(1), Token);
        (await db.ScalarAsync("SELECT COUNT(*) FROM simulator_spent_refresh_tokens")).ShouldBe(2L, "alice's expired mark is gone; mallory's waits for her next redemption");
    }
}
