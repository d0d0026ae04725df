using System.Text;
using Efactura.Core.Findings;
using Efactura.Server.Application;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;

namespace Efactura.Server.Tests.Application;

/// <summary>The invoice's way in, below HTTP: outcomes and refusals, not status codes.</summary>
public sealed class InvoiceIssuerTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invoice_is_issued_for_its_suppliers_company_and_queued_by_its_settings()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var company = await InvoiceServices.SupplierAsync(db);
        var services = new InvoiceServices(db);

        var outcome = await services.Issuer.CreateAsync(company.TenantId, InvoiceServices.Example(), companyId: null, draft: false, retried: false, Token);

        outcome.Succeeded.ShouldBeTrue();
        outcome.Value!.Invoice.CompanyId.ShouldBe(company.Id);
        outcome.Value.Invoice.Number.ShouldBe("ALF-2026-0001");
        outcome.Value.Invoice.State.ShouldBe(InvoiceState.Queued);
        outcome.Value.Warnings.ShouldAllBe(f => f.Severity == Severity.Warning);
    }

    [Fact]
    public async Task An_invalid_invoice_is_refused_with_every_fatal_finding_and_the_refusal_lasts()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var company = await InvoiceServices.SupplierAsync(db);
        var services = new InvoiceServices(db);

        var outcome = await services.Issuer.CreateAsync(company.TenantId, Encoding.UTF8.GetBytes("""{"currency":"RON"}"""), company.Id, draft: false, retried: false, Token);

        var invalid = outcome.Refusal.ShouldBeOfType<Refusal.Invalid>();
        invalid.Reason.ShouldBe("invalid-invoice");
        invalid.Findings.ShouldContain(f => f.Severity == Severity.Fatal);
        invalid.Detail.ShouldStartWith($"{invalid.Findings.Count(f => f.Severity == Severity.Fatal)} error(s) must be fixed");
        invalid.Lasting.ShouldBeTrue();
    }

    [Fact]
    public async Task An_invoice_of_no_company_of_the_tenant_is_refused_as_unknown_company_which_may_change()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var tenant = (await db.Tenants.CreateAsync("empty", Token)).Tenant;
        var services = new InvoiceServices(db);

        var outcome = await services.Issuer.CreateAsync(tenant.Id, InvoiceServices.Example(), companyId: null, draft: false, retried: false, Token);

        var invalid = outcome.Refusal.ShouldBeOfType<Refusal.Invalid>();
        invalid.Reason.ShouldBe("unknown-company");
        invalid.Findings.ShouldHaveSingleItem().Field.ShouldBe("/supplier");
        invalid.Lasting.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_tenants_company_named_by_id_is_missing()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var theirs = await InvoiceServices.SupplierAsync(db, "theirs");
        var ours = await InvoiceServices.SupplierAsync(db, "ours");
        var services = new InvoiceServices(db);

        var outcome = await services.Issuer.CreateAsync(ours.TenantId, InvoiceServices.Example(), theirs.Id, draft: false, retried: false, Token);

        outcome.Refusal.ShouldBeOfType<Refusal.Missing>().Detail.ShouldBe($"There is no company {theirs.Id}.");
        (await db.Invoices.ListAsync(theirs.TenantId, new InvoiceFilter(), new Server.Storage.PageRequest(null, 10), Token)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_number_used_again_is_a_conflict_unless_the_same_body_is_retried()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var company = await InvoiceServices.SupplierAsync(db);
        var services = new InvoiceServices(db);
        var first = await services.Issuer.CreateAsync(company.TenantId, InvoiceServices.Example(), null, draft: false, retried: false, Token);

        var again = await services.Issuer.CreateAsync(company.TenantId, InvoiceServices.Example(), null, draft: false, retried: false, Token);
        var retried = await services.Issuer.CreateAsync(company.TenantId, InvoiceServices.Example(), null, draft: false, retried: true, Token);

        var conflict = again.Refusal.ShouldBeOfType<Refusal.Conflict>();
        conflict.Reason.ShouldBe("duplicate-invoice-number");
        conflict.Detail.ShouldContain($"/v1/invoices/{first.Value!.Invoice.Id}");
        conflict.Lasting.ShouldBeFalse();
        retried.Value!.Invoice.Id.ShouldBe(first.Value.Invoice.Id);
    }

    [Fact]
    public async Task A_draft_is_issued_once()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var company = await InvoiceServices.SupplierAsync(db);
        var services = new InvoiceServices(db);
        var draft = (await services.Issuer.CreateAsync(company.TenantId, InvoiceServices.Example(), null, draft: true, retried: false, Token)).Value!.Invoice;

        var issued = await services.Issuer.IssueDraftAsync(company.TenantId, draft.Id, Token);
        var twice = await services.Issuer.IssueDraftAsync(company.TenantId, draft.Id, Token);

        draft.State.ShouldBe(InvoiceState.Draft);
        issued.Value!.Invoice.State.ShouldBe(InvoiceState.Queued);
        twice.Refusal.ShouldBeOfType<Refusal.Conflict>().Detail.ShouldBe("Only a draft can be issued; invoice ALF-2026-0001 is queued.");
    }
}
