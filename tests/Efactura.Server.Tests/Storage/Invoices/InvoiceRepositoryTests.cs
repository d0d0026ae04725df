using Efactura.Server.Storage;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Storage.Invoices;

public class InvoiceRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_invoice_round_trips_with_exact_money_and_utc_times(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        db.Clock.Advance(TimeSpan.FromTicks(1_234_567)); // sub-second: kept to the microsecond

        var created = await db.Invoices.CreateAsync(Seed.Invoice(company, total: 12345678901234567.89m), Token);

        var read = await db.Invoices.GetAsync(company.TenantId, created!.Id, Token);
        read.ShouldBe(created);
        read!.TotalAmount.ShouldBe(12345678901234567.89m);
        read.IssueDate.ShouldBe(new DateOnly(2026, 3, 2));
        read.State.ShouldBe(InvoiceState.Issued);
        read.CreatedAt.ShouldBe(db.Clock.GetUtcNow().AddTicks(-(db.Clock.GetUtcNow().UtcTicks % 10)));
        read.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        read.IssuedAt.ShouldBe(read.CreatedAt);
        read.InputJson.ShouldBe("""{"number":"INV-1"}""");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_tenant_neither_sees_nor_moves_an_invoice(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, otherCompany) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var invoice = await Seed.InvoiceAsync(db, company);

        (await db.Invoices.GetAsync(other.Id, invoice.Id, Token)).ShouldBeNull();
        (await db.Invoices.ListAsync(other.Id, InvoiceFilter.None, new PageRequest(), Token)).Items.ShouldBeEmpty();
        var moved = await db.Invoices.TransitionAsync(new InvoiceTransition(other.Id, invoice.Id, InvoiceState.Issued, InvoiceState.Queued), Token);
        moved.Outcome.ShouldBe(TransitionOutcome.NotFound);
        (await db.Invoices.CreateAsync(Seed.Invoice(company) with { TenantId = other.Id }, Token)).ShouldBeNull();
        (await db.Invoices.CreateAsync(Seed.Invoice(otherCompany) with { CreditNoteFor = invoice.Id }, Token)).ShouldBeNull();
        (await db.Invoices.GetAsync(company.TenantId, invoice.Id, Token))!.State.ShouldBe(InvoiceState.Issued);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await Seed.InvoiceAsync(db, company, $"INV-{i}")).Id);
            db.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await db.Invoices.ListAsync(tenant.Id, InvoiceFilter.None, new PageRequest(cursor, 3), Token);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        seen.ShouldBe(Enumerable.Reverse(created));
        pages.ShouldBe(3);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Filters_combine(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var secondCompany = (await db.Companies.CreateAsync(tenant.Id, "555", "Second", company.Settings, Token))!;
        var draft = await Seed.InvoiceAsync(db, company, "D-1", InvoiceState.Draft);
        var issued = await Seed.InvoiceAsync(db, company, "I-1");
        var elsewhere = await Seed.InvoiceAsync(db, secondCompany, "I-1");
        var later = (await db.Invoices.CreateAsync(Seed.Invoice(company, "L-1") with { IssueDate = new DateOnly(2026, 4, 1) }, Token))!;

        async Task<IEnumerable<Guid>> Ids(InvoiceFilter filter) =>
            (await db.Invoices.ListAsync(tenant.Id, filter, new PageRequest(), Token)).Items.Select(i => i.Id).Order();

        (await Ids(new InvoiceFilter { CompanyId = company.Id })).ShouldBe(new[] { draft.Id, issued.Id, later.Id }.Order());
        (await Ids(new InvoiceFilter { States = [InvoiceState.Draft] })).ShouldBe([draft.Id]);
        (await Ids(new InvoiceFilter { Number = "I-1" })).ShouldBe(new[] { issued.Id, elsewhere.Id }.Order());
        (await Ids(new InvoiceFilter { Number = "I-1", CompanyId = secondCompany.Id })).ShouldBe([elsewhere.Id]);
        (await Ids(new InvoiceFilter { IssuedFrom = new DateOnly(2026, 3, 3) })).ShouldBe([later.Id]);
        (await Ids(new InvoiceFilter { IssuedTo = new DateOnly(2026, 3, 2), States = [InvoiceState.Issued] })).ShouldBe(new[] { issued.Id, elsewhere.Id }.Order());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_transition_applies_once_and_the_second_identical_one_conflicts(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var transition = new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Issued, InvoiceState.Queued) { NextAttemptAt = db.Clock.GetUtcNow() };

        var first = await db.Invoices.TransitionAsync(transition, Token);
        var second = await db.Invoices.TransitionAsync(transition, Token);

        first.Outcome.ShouldBe(TransitionOutcome.Applied);
        first.Invoice!.Version.ShouldBe(invoice.Version + 1);
        second.Outcome.ShouldBe(TransitionOutcome.StateConflict);
        second.Invoice!.State.ShouldBe(InvoiceState.Queued);
        var history = await db.Events.ListForSubjectAsync(invoice.TenantId, invoice.Id, Token);
        history.Select(e => e.Type).ShouldBe(["invoice.issued", "invoice.queued"]);
        history[1].FromState.ShouldBe("issued");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_concurrent_identical_transitions_exactly_one_applies(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var transition = new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Issued, InvoiceState.Queued);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => db.Invoices.TransitionAsync(transition, Token), Token)));

        results.Count(r => r.Applied).ShouldBe(1);
        results.Where(r => !r.Applied).ShouldAllBe(r => r.Outcome == TransitionOutcome.StateConflict);
        (await db.Events.ListForSubjectAsync(invoice.TenantId, invoice.Id, Token)).Count(e => e.Type == "invoice.queued").ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_transition_records_what_the_step_learned(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.QueuedInvoiceAsync(db, company, "INV-1");
        var claimed = await db.Invoices.ClaimDueAsync([InvoiceState.Queued], "submitter", TimeSpan.FromMinutes(1), 1, Token);
        await db.Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading) { Claimer = "submitter" }, Token);

        var submitted = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Uploading, InvoiceState.Submitted)
            {
                IndexIncarcare = "5001234567",
                CountsUploadAttempt = true,
                NextAttemptAt = db.Clock.GetUtcNow().AddMinutes(1),
            },
            Token);
        var rejected = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Submitted, InvoiceState.Rejected)
            {
                IdDescarcare = "3001",
                Error = new InvoiceError("BR-RO-030", """[{"code":"BR-RO-030"}]"""),
            },
            Token);

        claimed.Select(c => c.Id).ShouldBe([invoice.Id]);
        submitted.Invoice!.SubmittedAt.ShouldBe(db.Clock.GetUtcNow());
        rejected.Invoice!.IndexIncarcare.ShouldBe("5001234567");
        rejected.Invoice.IdDescarcare.ShouldBe("3001");
        rejected.Invoice.UploadAttempts.ShouldBe(1);
        rejected.Invoice.NextAttemptAt.ShouldBeNull();
        rejected.Invoice.ClaimedBy.ShouldBeNull();
        rejected.Invoice.ErrorCode.ShouldBe("BR-RO-030");
        rejected.Invoice.CompletedAt.ShouldBe(db.Clock.GetUtcNow());
        var last = (await db.Events.ListForSubjectAsync(invoice.TenantId, invoice.Id, Token))[^1];
        last.Type.ShouldBe("invoice.rejected");
        last.Data.ShouldContain("\"indexIncarcare\":\"5001234567\"");
        last.Data.ShouldContain("\"errorCode\":\"BR-RO-030\"");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_transition_the_state_machine_forbids_is_refused(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);

        await Should.ThrowAsync<ArgumentException>(() =>
            db.Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Accepted), Token));
        await Should.ThrowAsync<ArgumentException>(() => db.Invoices.CreateAsync(Seed.Invoice(company, state: InvoiceState.Accepted), Token));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_worker_whose_lease_ended_loses_the_invoice_to_the_next_claimer(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.QueuedInvoiceAsync(db, company, "INV-1");

        var first = await db.Invoices.ClaimDueAsync([InvoiceState.Queued], "node-a", TimeSpan.FromMinutes(1), 10, Token);
        var whileHeld = await db.Invoices.ClaimDueAsync([InvoiceState.Queued], "node-b", TimeSpan.FromMinutes(1), 10, Token);
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterLease = await db.Invoices.ClaimDueAsync([InvoiceState.Queued], "node-b", TimeSpan.FromMinutes(1), 10, Token);
        var late = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading) { Claimer = "node-a" }, Token);

        first.Single().ClaimedBy.ShouldBe("node-a");
        whileHeld.ShouldBeEmpty();
        afterLease.Single().ClaimedBy.ShouldBe("node-b");
        late.Outcome.ShouldBe(TransitionOutcome.ClaimLost);
        (await db.Invoices.ReleaseAsync(invoice.TenantId, invoice.Id, "node-a", null, Token)).ShouldBeFalse();
        (await db.Invoices.ReleaseAsync(invoice.TenantId, invoice.Id, "node-b", db.Clock.GetUtcNow().AddHours(1), Token)).ShouldBeTrue();
        (await db.Invoices.ClaimDueAsync([InvoiceState.Queued], "node-c", TimeSpan.FromMinutes(1), 10, Token)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_due_invoices_in_the_asked_states_are_claimed(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var due = await Seed.QueuedInvoiceAsync(db, company, "due");
        var issued = await Seed.InvoiceAsync(db, company, "issued");
        var future = await Seed.InvoiceAsync(db, company, "future");
        await db.Invoices.TransitionAsync(
            new InvoiceTransition(future.TenantId, future.Id, InvoiceState.Issued, InvoiceState.Scheduled) { NextAttemptAt = db.Clock.GetUtcNow().AddHours(2) }, Token);

        var claimed = await db.Invoices.ClaimDueAsync([InvoiceState.Queued, InvoiceState.Scheduled], "node-a", TimeSpan.FromMinutes(1), 10, Token);

        claimed.Select(c => c.Id).ShouldBe([due.Id]);
        issued.NextAttemptAt.ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_claimers_on_postgres_never_get_the_same_invoice()
    {
        await using var db = await TestDatabase.CreateAsync("postgres", postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var ids = new List<Guid>();
        for (var i = 0; i < 60; i++) ids.Add((await Seed.QueuedInvoiceAsync(db, company, $"INV-{i}")).Id);
        var nodes = Enumerable.Range(0, 6).Select(_ => db.OpenSecondNode()).ToList();
        try
        {
            var claims = await Task.WhenAll(nodes.Select((node, n) => Task.Run(async () =>
            {
                var repository = new InvoiceRepository(node, db.Clock);
                var mine = new List<Guid>();
                while (true)
                {
                    var batch = await repository.ClaimDueAsync([InvoiceState.Queued], $"node-{n}", TimeSpan.FromMinutes(5), 3, Token);
                    if (batch.Count == 0) return mine;
                    mine.AddRange(batch.Select(b => b.Id));
                }
            }, Token)));

            var all = claims.SelectMany(c => c).ToList();
            all.Count.ShouldBe(ids.Count);
            all.Distinct().Count().ShouldBe(ids.Count);
            all.Order().ShouldBe(ids.Order());
            claims.Count(c => c.Count > 0).ShouldBeGreaterThan(1);
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Claimers_running_together_never_share_an_invoice(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        for (var i = 0; i < 20; i++) await Seed.QueuedInvoiceAsync(db, company, $"INV-{i}");

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(
            () => db.Invoices.ClaimDueAsync([InvoiceState.Queued], $"worker-{n}", TimeSpan.FromMinutes(5), 8, Token), Token)));

        var all = claims.SelectMany(c => c.Select(i => i.Id)).ToList();
        all.Count.ShouldBe(20);
        all.Distinct().Count().ShouldBe(20);
    }

    [Fact]
    public void The_state_machine_keeps_the_upload_path_and_final_states()
    {
        InvoiceStateMachine.Allows(InvoiceState.Uploading, InvoiceState.Reconciling).ShouldBeTrue();
        InvoiceStateMachine.Allows(InvoiceState.Reconciling, InvoiceState.Queued).ShouldBeTrue();
        InvoiceStateMachine.Allows(InvoiceState.Accepted, InvoiceState.Voided).ShouldBeTrue();
        InvoiceStateMachine.Allows(InvoiceState.Submitted, InvoiceState.Queued).ShouldBeFalse();
        InvoiceStateMachine.Allows(InvoiceState.Rejected, InvoiceState.Queued).ShouldBeFalse();
        InvoiceStateMachine.Allows(InvoiceState.Accepted, InvoiceState.Accepted).ShouldBeFalse();
        Enum.GetValues<InvoiceState>().Where(InvoiceStateMachine.IsFinal)
            .ShouldBe([InvoiceState.Accepted, InvoiceState.Rejected, InvoiceState.Failed, InvoiceState.Voided]);
    }
}
