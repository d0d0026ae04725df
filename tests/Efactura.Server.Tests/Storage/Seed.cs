using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Tests.Storage;

/// <summary>Rows the tests build on.</summary>
public static class Seed
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<(Tenant Tenant, Company Company)> TenantWithCompanyAsync(TestDatabase db, string name = "acme", string cui = "12345678")
    {
        var tenant = (await db.Tenants.CreateAsync(name, Token)).Tenant;
        var company = await db.Companies.CreateAsync(tenant.Id, cui, name + " SRL", new CompanySettings(AnafEnvironment.Simulator), Token);
        return (tenant, company!);
    }

    public static NewInvoice Invoice(Company company, string number = "INV-1", InvoiceState state = InvoiceState.Issued, decimal total = 121.00m) =>
        new(company.TenantId, company.Id, number, "380", new DateOnly(2026, 3, 2), "RON", total, """{"number":"INV-1"}""")
        {
            State = state,
            CustomerId = "RO87654321",
            CustomerName = "Buyer SRL",
        };

    public static async Task<InvoiceRecord> InvoiceAsync(TestDatabase db, Company company, string number = "INV-1", InvoiceState state = InvoiceState.Issued) =>
        (await db.Invoices.CreateAsync(Invoice(company, number, state), Token))!;

    /// <summary>An invoice moved to queued and due now.</summary>
    public static async Task<InvoiceRecord> QueuedInvoiceAsync(TestDatabase db, Company company, string number)
    {
        var invoice = await InvoiceAsync(db, company, number);
        var result = await db.Invoices.TransitionAsync(
            new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Issued, InvoiceState.Queued) { NextAttemptAt = db.Clock.GetUtcNow() }, Token);
        return result.Invoice!;
    }
}
