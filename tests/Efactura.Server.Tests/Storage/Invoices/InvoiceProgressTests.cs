using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Storage.Invoices;

public class InvoiceProgressTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Progress_is_recorded_without_a_state_change_and_releases_the_claim(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await SubmittedAsync(db, company);
        var claimed = (await db.Invoices.ClaimDueAsync([InvoiceState.Submitted], "poller", TimeSpan.FromMinutes(2), 10, Token)).Single();
        var next = db.Clock.GetUtcNow().AddMinutes(5);

        var recorded = await db.Invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Submitted, "poller", next)
        {
            IdDescarcare = "3001000000",
            Error = new InvoiceError("EF-ANAF-DOWNLOAD-FAILED", "[]"),
        }, Token);

        recorded.ShouldNotBeNull();
        recorded.State.ShouldBe(InvoiceState.Submitted);
        recorded.IdDescarcare.ShouldBe("3001000000");
        recorded.IndexIncarcare.ShouldBe("5001000000");
        recorded.ErrorCode.ShouldBe("EF-ANAF-DOWNLOAD-FAILED");
        recorded.NextAttemptAt.ShouldBe(next);
        recorded.ClaimedBy.ShouldBeNull();
        recorded.Version.ShouldBe(claimed.Version + 1);
        (await db.Invoices.GetAsync(invoice.TenantId, invoice.Id, Token)).ShouldBe(recorded);

        // A later step without a download id keeps the recorded one; a null error clears the previous one.
        await db.Invoices.ClaimDueAsync([InvoiceState.Submitted], "poller", TimeSpan.FromMinutes(2), 10, Token);
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        (await db.Invoices.ClaimDueAsync([InvoiceState.Submitted], "poller", TimeSpan.FromMinutes(2), 10, Token)).ShouldHaveSingleItem();
        var again = await db.Invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Submitted, "poller", null), Token);
        again!.IdDescarcare.ShouldBe("3001000000");
        again.ErrorCode.ShouldBeNull();
        again.ErrorDetails.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Progress_needs_the_claim_and_the_state_the_worker_saw(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await SubmittedAsync(db, company);
        await db.Invoices.ClaimDueAsync([InvoiceState.Submitted], "poller-a", TimeSpan.FromMinutes(2), 10, Token);

        (await db.Invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Submitted, "poller-b", null), Token)).ShouldBeNull();
        (await db.Invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Reconciling, "poller-a", null), Token)).ShouldBeNull();
        (await db.Invoices.RecordProgressAsync(new InvoiceProgress(Guid.NewGuid(), invoice.Id, InvoiceState.Submitted, "poller-a", null), Token)).ShouldBeNull();
        (await db.Invoices.GetAsync(invoice.TenantId, invoice.Id, Token))!.ClaimedBy.ShouldBe("poller-a");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_upload_start_and_the_reconciliation_searches_are_kept_in_the_invoice(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var queued = await Seed.QueuedInvoiceAsync(db, company, "INV-7");
        queued.UploadStartedAt.ShouldBeNull();
        queued.ReconcileAttempts.ShouldBe(0);
        db.Clock.Advance(TimeSpan.FromSeconds(3));
        var startedAt = db.Clock.GetUtcNow();

        await db.Invoices.TransitionAsync(new InvoiceTransition(queued.TenantId, queued.Id, InvoiceState.Queued, InvoiceState.Uploading), Token);
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        var reconciling = (await db.Invoices.TransitionAsync(new InvoiceTransition(queued.TenantId, queued.Id, InvoiceState.Uploading, InvoiceState.Reconciling)
        {
            NextAttemptAt = db.Clock.GetUtcNow(),
        }, Token)).Invoice!;
        reconciling.UploadStartedAt.ShouldBe(startedAt);

        for (var i = 0; i < 2; i++)
        {
            (await db.Invoices.ClaimDueAsync([InvoiceState.Reconciling], "reconciler", TimeSpan.FromMinutes(2), 10, Token)).ShouldHaveSingleItem();
            await db.Invoices.RecordProgressAsync(new InvoiceProgress(queued.TenantId, queued.Id, InvoiceState.Reconciling, "reconciler", db.Clock.GetUtcNow())
            {
                CountsReconcileAttempt = true,
            }, Token);
        }

        var read = (await db.Invoices.GetAsync(queued.TenantId, queued.Id, Token))!;
        read.ReconcileAttempts.ShouldBe(2);
        read.UploadStartedAt.ShouldBe(startedAt);
    }

    private static async Task<InvoiceRecord> SubmittedAsync(TestDatabase db, Efactura.Server.Storage.Companies.Company company)
    {
        var queued = await Seed.QueuedInvoiceAsync(db, company, "INV-9");
        await db.Invoices.TransitionAsync(new InvoiceTransition(queued.TenantId, queued.Id, InvoiceState.Queued, InvoiceState.Uploading), Token);
        return (await db.Invoices.TransitionAsync(new InvoiceTransition(queued.TenantId, queued.Id, InvoiceState.Uploading, InvoiceState.Submitted)
        {
            IndexIncarcare = "5001000000",
            NextAttemptAt = db.Clock.GetUtcNow(),
        }, Token)).Invoice!;
    }
}
