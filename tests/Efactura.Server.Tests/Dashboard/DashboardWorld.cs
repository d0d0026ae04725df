using System.Text.Json;
using Efactura.Anaf.Messages;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Users;
using Efactura.Server.Tests.Api;
using Efactura.Server.Tests.Hosting;
using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// A running gateway (real Kestrel on loopback, SQLite, workers off) with what the dashboard tests look at: companies
/// Alfa and Beta posted through the API, an invoice of Alfa that ANAF rejected (ANAF's message translated by the
/// catalogue), one that failed, one of Beta waiting in the queue; an owner and an accountant assigned to Beta only.
/// </summary>
public sealed class DashboardWorld : IAsyncLifetime
{
    public const string Password = "parola-de-test-lunga";
    public const string OwnerEmail = "owner@alfa.ro";
    public const string AccountantEmail = "contabil@beta.ro";

    /// <summary>ANAF's message on the rejected invoice (a Schematron rule failure, worded as ANAF words it).</summary>
    public const string AnafMessage = "E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2";

    private TestServer? server;

    public TestServer Server => server ?? throw new InvalidOperationException("not started");

    public Guid Alfa { get; private set; }

    public Guid Beta { get; private set; }

    public Guid Rejected { get; private set; }

    public Guid Failed { get; private set; }

    public Guid Queued { get; private set; }

    public AnafExplanation Explanation { get; } = AnafMessageCatalogue.Explain(AnafMessage);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await TestServer.StartAsync();
        var api = Server.Client;
        Alfa = await CompanyAsync(api, """{"cui":"18547290","name":"Alfa Distributie SRL"}""");
        Beta = await CompanyAsync(api, """{"cui":"14399840","name":"Beta Consult SRL"}""");
        Rejected = await InvoiceAsync(api, "ALF-2026-0001", supplier: "RO18547290", customer: "RO14399840");
        Failed = await InvoiceAsync(api, "ALF-2026-0002", supplier: "RO18547290", customer: "RO14399840");
        Queued = await InvoiceAsync(api, "BET-2026-0001", supplier: "RO14399840", customer: "RO18547290");

        var invoices = Server.Service<InvoiceRepository>();
        await MoveAsync(invoices, Rejected, InvoiceState.Uploading, null);
        await MoveAsync(invoices, Rejected, InvoiceState.Submitted, null, index: "5001234567");
        await MoveAsync(invoices, Rejected, InvoiceState.Rejected,
            InvoiceFindings.Error(InvoiceErrorCodes.Rejected, InvoiceFindings.FromAnaf([Explanation])));
        await MoveAsync(invoices, Failed, InvoiceState.Uploading, null);
        await MoveAsync(invoices, Failed, InvoiceState.Failed,
            InvoiceFindings.Error(InvoiceErrorCodes.UploadRefused, "ANAF refused the upload: HTTP 500.", "Retry when ANAF is back."));

        var users = Server.Service<UserRepository>();
        foreach (var (email, role, companies) in new[] { (OwnerEmail, DashboardRole.Owner, Array.Empty<Guid>()), (AccountantEmail, DashboardRole.Accountant, [Beta]) })
        {
            var created = (await users.CreateAsync(Server.TenantId, email, role, companies, Token))!;
            await users.SetPasswordAsync(created.Link.Token, Password, Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }

    private static async Task<Guid> CompanyAsync(HttpClient api, string json)
    {
        var response = await api.PostJsonAsync("v1/companies", json);
        response.EnsureSuccessStatusCode();
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> InvoiceAsync(HttpClient api, string number, string supplier, string customer)
    {
        var json = ApiCalls.Example("01-b2b-ron-21.json", invoice =>
        {
            invoice["number"] = number;
            invoice["supplier"]!["vatNumber"] = supplier;
            invoice["customer"]!["vatNumber"] = customer;
        });
        var response = await api.PostJsonAsync("v1/invoices", json);
        var body = await response.BodyAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    private async Task MoveAsync(InvoiceRepository invoices, Guid id, InvoiceState to, InvoiceError? error, string? index = null)
    {
        var current = (await invoices.GetAsync(Server.TenantId, id, Token))!;
        var result = await invoices.TransitionAsync(new InvoiceTransition(Server.TenantId, id, current.State, to) { Error = error, IndexIncarcare = index }, Token);
        result.Applied.ShouldBeTrue($"{current.State} → {to}: {result.Outcome}");
    }
}
