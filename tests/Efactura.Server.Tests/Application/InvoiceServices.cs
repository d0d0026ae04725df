using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Storage;
using Efactura.Ubl;
using Efactura.Testing;
using Efactura.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.Server.Tests.Application;

/// <summary>The invoice services over a real database, as the API and the dashboard get them.</summary>
public sealed class InvoiceServices
{
    public InvoiceServices(TestDatabase db)
    {
        var queue = new SubmissionQueue(new ServiceCollection().BuildServiceProvider());
        Issuer = new InvoiceIssuer(new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = db.Clock }), new UblWriter(),
            db.Invoices, db.Companies, new CustomerPartners(new PartnerRepository(db.Database, db.Clock), db.Companies), queue, db.Clock);
        Actions = new InvoiceActions(db.Invoices, Issuer, queue, db.Clock);
    }

    public InvoiceIssuer Issuer { get; }

    public InvoiceActions Actions { get; }

    /// <summary>A tenant with the company of the examples' supplier (CUI 18547290), sending at once.</summary>
    public static async Task<Company> SupplierAsync(TestDatabase db, string tenant = "acme")
    {
        var created = (await db.Tenants.CreateAsync(tenant, TestContext.Current.CancellationToken)).Tenant;
        return (await db.Companies.CreateAsync(created.Id, "18547290", "Alfa Distributie SRL", new CompanySettings(AnafEnvironment.Simulator),
            TestContext.Current.CancellationToken))!;
    }

    /// <summary>An invoice of <paramref name="company"/> brought to <paramref name="state"/> the way the workers move it.</summary>
    public static async Task<InvoiceRecord> InStateAsync(TestDatabase db, Company company, InvoiceState state, string number = "INV-1", string? json = null)
    {
        var token = TestContext.Current.CancellationToken;
        var start = state is InvoiceState.Draft or InvoiceState.Voided ? InvoiceState.Draft : InvoiceState.Issued;
        var invoice = (await db.Invoices.CreateAsync(Seed.Invoice(company, number, start) with { InputJson = json ?? """{"number":"INV-1"}""" }, token))!;
        InvoiceState[] path = state switch
        {
            InvoiceState.Voided => [InvoiceState.Voided],
            InvoiceState.Submitted => [InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted],
            InvoiceState.Accepted or InvoiceState.Rejected or InvoiceState.Failed => [InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, state],
            _ => [],
        };
        foreach (var next in path)
        {
            var moved = await db.Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, invoice.State, next), token);
            invoice = moved.Invoice!;
            invoice.State.ShouldBe(next);
        }
        return invoice;
    }

    /// <summary>The example invoice <paramref name="name"/> as UTF-8 JSON.</summary>
    public static byte[] Example(string name = "01-b2b-ron-21.json") => File.ReadAllBytes(Path.Combine(TestPaths.Examples, name));
}
