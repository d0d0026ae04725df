using Efactura.Server.Storage.Archive;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Storage.Archive;

public class ArchiveRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pages_walk_the_period_in_issue_date_order_without_drafts_other_periods_or_other_companies(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var (_, other) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        // Created out of date order, two on one day: the keyset must order by date, then id.
        int[] days = [15, 3, 30, 3, 1, 20, 7];
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            db.Clock.Advance(TimeSpan.FromSeconds(1)); // ids (UUID v7) then grow with creation
            await db.Invoices.CreateAsync(Seed.Invoice(company, $"N-{i}") with { IssueDate = new DateOnly(2026, 11, day) }, Token);
        }
        await db.Invoices.CreateAsync(Seed.Invoice(company, "DRAFT", InvoiceState.Draft) with { IssueDate = new DateOnly(2026, 11, 5) }, Token);
        await db.Invoices.CreateAsync(Seed.Invoice(company, "OCTOBER") with { IssueDate = new DateOnly(2026, 10, 31) }, Token);
        await db.Invoices.CreateAsync(Seed.Invoice(company, "DECEMBER") with { IssueDate = new DateOnly(2026, 12, 1) }, Token);
        await db.Invoices.CreateAsync(Seed.Invoice(other, "OTHER") with { IssueDate = new DateOnly(2026, 11, 10) }, Token);
        var repository = new ArchiveRepository(db.Database);

        var seen = new List<ArchivedInvoice>();
        ArchivedInvoice? after = null;
        var pages = 0;
        while (true)
        {
            var page = await repository.IssuedAsync(company.TenantId, company.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), after, 2, Token);
            pages++;
            seen.AddRange(page);
            if (page.Count < 2) break;
            after = page[^1];
        }

        seen.Select(i => i.IssueDate.Day).ShouldBe([1, 3, 3, 7, 15, 20, 30]);
        seen.Select(i => i.Number).ShouldBe(["N-4", "N-1", "N-3", "N-6", "N-0", "N-5", "N-2"]);
        seen.ShouldAllBe(i => i.State == "issued");
        pages.ShouldBe(4);
        (await repository.IssuedAsync(other.TenantId, company.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, 10, Token)).ShouldBeEmpty();
    }
}
