using System.Text;
using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;

namespace Efactura.Server.Tests.Application;

/// <summary>Submit, retry and void below HTTP: each checks the state and refuses with what to do instead.</summary>
public sealed class InvoiceActionsTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submitting_queues_an_issued_invoice_now_for_the_environment_asked()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var services = new InvoiceServices(db);

        var outcome = await services.Actions.SubmitAsync(company.TenantId, invoice.Id, AnafEnvironment.Test, Token);

        outcome.Value!.Invoice.State.ShouldBe(InvoiceState.Queued);
        outcome.Value.Invoice.Environment.ShouldBe(AnafEnvironment.Test);
        outcome.Value.Invoice.NextAttemptAt.ShouldBe(db.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Another_tenants_invoice_is_missing_for_every_action()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, theirs) = await Seed.TenantWithCompanyAsync(db, "theirs");
        var (ours, _) = await Seed.TenantWithCompanyAsync(db, "ours", "18547290");
        var invoice = await Seed.InvoiceAsync(db, theirs);
        var services = new InvoiceServices(db);

        Outcome<SavedInvoice>[] outcomes =
        [
            await services.Actions.SubmitAsync(ours.Id, invoice.Id, null, Token),
            await services.Actions.RetryAsync(ours.Id, invoice.Id, Token),
            await services.Actions.VoidAsync(ours.Id, invoice.Id, CreditNoteChoices.Defaults, Token),
            await services.Issuer.IssueDraftAsync(ours.Id, invoice.Id, Token),
        ];

        outcomes.ShouldAllBe(o => o.Refusal is Refusal.Missing && o.Refusal.Detail == $"There is no invoice {invoice.Id}.");
        (await db.Invoices.GetAsync(theirs.TenantId, invoice.Id, Token))!.State.ShouldBe(InvoiceState.Issued);
    }

    [Fact]
    public async Task A_rejected_invoice_is_not_retried_a_corrected_one_is_posted()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var rejected = await InvoiceServices.InStateAsync(db, company, InvoiceState.Rejected);
        var services = new InvoiceServices(db);

        var outcome = await services.Actions.RetryAsync(company.TenantId, rejected.Id, Token);

        var conflict = outcome.Refusal.ShouldBeOfType<Refusal.Conflict>();
        conflict.Reason.ShouldBe("invoice-rejected");
        conflict.Detail.ShouldContain("Post a corrected invoice");
    }

    [Fact]
    public async Task Only_a_failed_invoice_is_retried_and_it_is_queued_again()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var failed = await InvoiceServices.InStateAsync(db, company, InvoiceState.Failed, "F-1");
        var issued = await Seed.InvoiceAsync(db, company, "I-1");
        var services = new InvoiceServices(db);

        var retried = await services.Actions.RetryAsync(company.TenantId, failed.Id, Token);
        var refused = await services.Actions.RetryAsync(company.TenantId, issued.Id, Token);

        retried.Value!.Invoice.State.ShouldBe(InvoiceState.Queued);
        refused.Refusal.ShouldBeOfType<Refusal.Conflict>().Detail.ShouldBe("Only a failed invoice can be retried; invoice I-1 is issued.");
    }

    [Fact]
    public async Task Voiding_a_draft_voids_the_draft_itself()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var draft = await Seed.InvoiceAsync(db, company, state: InvoiceState.Draft);
        var services = new InvoiceServices(db);

        var outcome = await services.Actions.VoidAsync(company.TenantId, draft.Id, CreditNoteChoices.Defaults, Token);

        outcome.Value!.Invoice.Id.ShouldBe(draft.Id);
        outcome.Value.Invoice.State.ShouldBe(InvoiceState.Voided);
    }

    [Fact]
    public async Task Voiding_an_accepted_invoice_issues_and_queues_its_credit_note_as_chosen()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var company = await InvoiceServices.SupplierAsync(db);
        var json = Encoding.UTF8.GetString(InvoiceServices.Example());
        var accepted = await InvoiceServices.InStateAsync(db, company, InvoiceState.Accepted, "ALF-2026-0001", json);
        var services = new InvoiceServices(db);

        var outcome = await services.Actions.VoidAsync(company.TenantId, accepted.Id, new CreditNoteChoices("CN-7", new DateOnly(2026, 11, 25), null), Token);

        var creditNote = outcome.Value!.Invoice;
        creditNote.Id.ShouldNotBe(accepted.Id);
        (creditNote.Number, creditNote.TypeCode, creditNote.IssueDate, creditNote.CreditNoteFor).ShouldBe(("CN-7", "381", new DateOnly(2026, 11, 25), (Guid?)accepted.Id));
        creditNote.State.ShouldBe(InvoiceState.Queued);
        (await services.Actions.VoidAsync(company.TenantId, accepted.Id, CreditNoteChoices.Defaults, Token))
            .Refusal.ShouldBeOfType<Refusal.Conflict>().Reason.ShouldBe("credit-note-pending");
    }

    [Theory]
    [InlineData(InvoiceState.Rejected, "ANAF rejected invoice INV-1: it has no legal effect, so there is nothing to cancel.")]
    [InlineData(InvoiceState.Voided, "Invoice INV-1 is voided already.")]
    [InlineData(InvoiceState.Submitted, "Invoice INV-1 is submitted: a draft is voided directly, an issued invoice once ANAF accepted it (by a credit note); wait for ANAF's verdict.")]
    public async Task An_invoice_neither_draft_nor_accepted_is_not_voided(InvoiceState state, string detail)
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await InvoiceServices.InStateAsync(db, company, state);
        var services = new InvoiceServices(db);

        var outcome = await services.Actions.VoidAsync(company.TenantId, invoice.Id, CreditNoteChoices.Defaults, Token);

        var conflict = outcome.Refusal.ShouldBeOfType<Refusal.Conflict>();
        (conflict.Reason, conflict.Detail).ShouldBe(("invalid-state", detail));
        (await db.Invoices.GetAsync(company.TenantId, invoice.Id, Token))!.State.ShouldBe(state);
    }
}
