using System.Text;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Storage.Invoices;

public class InvoiceIssuingTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly byte[] Xml = Encoding.UTF8.GetBytes("<Invoice/>");

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issuing_stores_the_invoice_its_xml_and_its_plan_with_both_events(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);

        var result = await db.Invoices.CreateIssuedAsync(Seed.Invoice(company), Xml, IssuePlan.QueueAt(db.Clock.GetUtcNow()), Token);

        result.Outcome.ShouldBe(IssueOutcome.Issued);
        result.Invoice!.State.ShouldBe(InvoiceState.Queued);
        result.Invoice.NextAttemptAt.ShouldBe(db.Clock.GetUtcNow());
        result.Invoice.IssuedAt.ShouldNotBeNull();
        (await db.Documents.GetAsync(company.TenantId, DocumentOwnerType.Invoice, result.Invoice.Id, DocumentKind.Xml, Token))!.Content.ShouldBe(Xml);
        (await db.Events.ListForSubjectAsync(company.TenantId, result.Invoice.Id, Token)).Select(e => e.Type)
            .ShouldBe(["invoice.issued", "invoice.queued"]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_company_settings_decide_between_issued_scheduled_and_queued(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var now = db.Clock.GetUtcNow();

        var kept = await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "A-1"), Xml,
            IssuePlan.For(new CompanySettings(AnafEnvironment.Simulator, AutoSend: false), now), Token);
        var scheduled = await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "A-2"), Xml,
            IssuePlan.For(new CompanySettings(AnafEnvironment.Simulator, DelayHours: 3), now), Token);

        kept.Invoice!.State.ShouldBe(InvoiceState.Issued);
        kept.Invoice.NextAttemptAt.ShouldBeNull();
        scheduled.Invoice!.State.ShouldBe(InvoiceState.Scheduled);
        scheduled.Invoice.NextAttemptAt.ShouldBe(now.AddHours(3));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_number_the_company_already_issued_is_refused_unless_that_invoice_was_rejected(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var (_, otherCompany) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var first = (await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "N-1"), Xml, IssuePlan.Keep, Token)).Invoice!;

        var again = await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "N-1"), Xml, IssuePlan.Keep, Token);
        var elsewhere = await db.Invoices.CreateIssuedAsync(Seed.Invoice(otherCompany, "N-1"), Xml, IssuePlan.Keep, Token);
        var draft = await db.Invoices.CreateAsync(Seed.Invoice(company, "N-1", InvoiceState.Draft), Token);

        again.Outcome.ShouldBe(IssueOutcome.DuplicateNumber);
        again.Conflicting!.Id.ShouldBe(first.Id);
        elsewhere.Outcome.ShouldBe(IssueOutcome.Issued);
        draft.ShouldNotBeNull();
        (await db.Invoices.IssueDraftAsync(company.TenantId, draft.Id, Xml, IssuePlan.Keep, Token)).Outcome.ShouldBe(IssueOutcome.DuplicateNumber);

        await MoveAsync(db, first, InvoiceState.Issued, InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Rejected);
        (await db.Invoices.IssueDraftAsync(company.TenantId, draft.Id, Xml, IssuePlan.Keep, Token)).Outcome.ShouldBe(IssueOutcome.Issued);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Concurrent_issues_of_one_number_leave_exactly_one_holder(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "RACE-1"), Xml, IssuePlan.Keep, Token), Token)));

        results.Count(r => r.IsIssued).ShouldBe(1);
        results.Count(r => r.Outcome == IssueOutcome.DuplicateNumber).ShouldBe(5);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_draft_is_issued_once_and_keeps_its_id(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var draft = (await db.Invoices.CreateAsync(Seed.Invoice(company, state: InvoiceState.Draft), Token))!;

        var issued = await db.Invoices.IssueDraftAsync(company.TenantId, draft.Id, Xml, IssuePlan.QueueAt(db.Clock.GetUtcNow()), Token);
        var twice = await db.Invoices.IssueDraftAsync(company.TenantId, draft.Id, Xml, IssuePlan.Keep, Token);
        var stranger = await db.Invoices.IssueDraftAsync(Guid.NewGuid(), draft.Id, Xml, IssuePlan.Keep, Token);

        issued.Invoice!.Id.ShouldBe(draft.Id);
        issued.Invoice.State.ShouldBe(InvoiceState.Queued);
        twice.Outcome.ShouldBe(IssueOutcome.StateConflict);
        twice.Invoice!.State.ShouldBe(InvoiceState.Queued);
        stranger.Outcome.ShouldBe(IssueOutcome.NotFound);
        (await db.Events.ListForSubjectAsync(company.TenantId, draft.Id, Token)).Select(e => e.Type)
            .ShouldBe(["invoice.draft", "invoice.issued", "invoice.queued"]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_credit_note_made_by_voiding_needs_an_accepted_original_and_voids_it_once_accepted(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var original = (await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "O-1"), Xml, IssuePlan.Keep, Token)).Invoice!;
        var creditNote = Seed.Invoice(company, "O-1-STORNO") with { TypeCode = "381", CreditNoteFor = original.Id };

        (await db.Invoices.CreateIssuedAsync(creditNote, Xml, IssuePlan.Keep, Token)).Outcome.ShouldBe(IssueOutcome.StateConflict);
        await MoveAsync(db, original, InvoiceState.Issued, InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Accepted);
        var made = await db.Invoices.CreateIssuedAsync(creditNote, Xml, IssuePlan.QueueAt(db.Clock.GetUtcNow()), Token);
        var second = await db.Invoices.CreateIssuedAsync(creditNote with { Number = "O-1-STORNO-2" }, Xml, IssuePlan.Keep, Token);

        made.Outcome.ShouldBe(IssueOutcome.Issued);
        second.Outcome.ShouldBe(IssueOutcome.CreditNotePending);
        second.Conflicting!.Id.ShouldBe(made.Invoice!.Id);
        (await db.Invoices.CreditNotesForAsync(company.TenantId, original.Id, Token)).Select(c => c.Id).ShouldBe([made.Invoice.Id]);
        (await db.Invoices.GetAsync(company.TenantId, original.Id, Token))!.State.ShouldBe(InvoiceState.Accepted);

        await MoveAsync(db, made.Invoice, InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Accepted);

        var voided = (await db.Invoices.GetAsync(company.TenantId, original.Id, Token))!;
        voided.State.ShouldBe(InvoiceState.Voided);
        voided.CompletedAt.ShouldNotBeNull();
        (await db.Events.ListForSubjectAsync(company.TenantId, original.Id, Token))[^1].Type.ShouldBe("invoice.voided");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_transition_can_record_an_environment_override(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);

        var queued = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Issued, InvoiceState.Queued) { Environment = AnafEnvironment.Test }, Token);
        var uploading = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading), Token);

        queued.Invoice!.Environment.ShouldBe(AnafEnvironment.Test);
        uploading.Invoice!.Environment.ShouldBe(AnafEnvironment.Test);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_customer_filter_matches_the_identifier_with_or_without_RO_or_part_of_the_name(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        await db.Invoices.CreateAsync(Seed.Invoice(company, "C-1") with { CustomerId = "RO14399840", CustomerName = "Beta Constructii SA" }, Token);
        await db.Invoices.CreateAsync(Seed.Invoice(company, "C-2") with { CustomerId = "1800101420011", CustomerName = "Ion 100% Popescu" }, Token);

        async Task<string[]> NumbersFor(string customer) =>
            [.. (await db.Invoices.ListAsync(tenant.Id, new InvoiceFilter { Customer = customer }, new PageRequest(), Token)).Items.Select(i => i.Number)];

        (await NumbersFor("14399840")).ShouldBe(["C-1"]);
        (await NumbersFor("ro14399840")).ShouldBe(["C-1"]);
        (await NumbersFor("constructii")).ShouldBe(["C-1"]);
        (await NumbersFor("100%")).ShouldBe(["C-2"]);
        (await NumbersFor("1%")).ShouldBeEmpty();
    }

    private static async Task MoveAsync(TestDatabase db, InvoiceRecord invoice, params InvoiceState[] path)
    {
        for (var i = 1; i < path.Length; i++)
        {
            var moved = await db.Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, path[i - 1], path[i]), Token);
            moved.Applied.ShouldBeTrue($"{path[i - 1]} → {path[i]}: {moved.Outcome}");
        }
    }
}
