using Efactura.Server.Storage.Reconciliation;

namespace Efactura.Server.Tests.Storage.Reconciliation;

public class ReconcileDownloadRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_stored_message_is_found_for_its_company_only(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, acme) = await Seed.TenantWithCompanyAsync(db, "acme", "12345678");
        var (_, other) = await Seed.TenantWithCompanyAsync(db, "other", "87654321");
        var downloads = new ReconcileDownloadRepository(db.Database, db.Clock);

        await downloads.StoreAsync(acme.Id, 3_001_000_010, [1, 2, 3], Token);

        (await downloads.FindAsync(acme.Id, 3_001_000_010, Token)).ShouldBe(new byte[] { 1, 2, 3 });
        (await downloads.FindAsync(acme.Id, 3_001_000_011, Token)).ShouldBeNull();
        (await downloads.FindAsync(other.Id, 3_001_000_010, Token)).ShouldBeNull("another company's message with the same id is another message");

        await downloads.StoreAsync(other.Id, 3_001_000_010, [9], Token);
        (await downloads.FindAsync(other.Id, 3_001_000_010, Token)).ShouldBe(new byte[] { 9 });
        (await downloads.FindAsync(acme.Id, 3_001_000_010, Token)).ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Storing_a_message_again_from_any_node_is_harmless_and_keeps_the_first(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        await using var secondNode = db.OpenSecondNode();
        var first = new ReconcileDownloadRepository(db.Database, db.Clock);
        var second = new ReconcileDownloadRepository(secondNode, db.Clock);

        await first.StoreAsync(company.Id, 42, [1], Token);
        await second.StoreAsync(company.Id, 42, [2], Token);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () => (i % 2 == 0 ? first : second).StoreAsync(company.Id, 43, [3], Token), Token)));

        (await second.FindAsync(company.Id, 42, Token)).ShouldBe(new byte[] { 1 });
        (await first.FindAsync(company.Id, 43, Token)).ShouldBe(new byte[] { 3 });
        Convert.ToInt32(await db.ScalarAsync("SELECT COUNT(*) FROM reconcile_downloads"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Removing_old_downloads_keeps_the_ones_downloaded_since(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var downloads = new ReconcileDownloadRepository(db.Database, db.Clock);
        await downloads.StoreAsync(company.Id, 1, [1], Token);
        db.Clock.Advance(TimeSpan.FromDays(1));
        var cutoff = db.Clock.GetUtcNow();
        await downloads.StoreAsync(company.Id, 2, [2], Token);
        db.Clock.Advance(TimeSpan.FromDays(1));
        await downloads.StoreAsync(company.Id, 3, [3], Token);

        (await downloads.DeleteBeforeAsync(cutoff, Token)).ShouldBe(1);

        (await downloads.FindAsync(company.Id, 1, Token)).ShouldBeNull();
        (await downloads.FindAsync(company.Id, 2, Token)).ShouldBe(new byte[] { 2 });
        (await downloads.FindAsync(company.Id, 3, Token)).ShouldBe(new byte[] { 3 });
        (await downloads.DeleteBeforeAsync(cutoff, Token)).ShouldBe(0);
    }
}
