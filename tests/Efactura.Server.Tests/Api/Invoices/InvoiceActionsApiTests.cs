using System.Net;
using System.Text;
using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Api.Invoices;

public class InvoiceActionsApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_issued_with_its_xml_and_queued()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var draft = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), "?draft=true");

        var issued = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(draft)}/issue")).BodyAsync();
        var again = await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(draft)}/issue");

        issued.GetProperty("state").GetString().ShouldBe("queued");
        (await api.Server.Service<DocumentRepository>().FindAsync(tenant.Id, DocumentOwnerType.Invoice, Id(draft), DocumentKind.Xml, Token)).ShouldNotBeNull();
        (await again.ProblemAsync(HttpStatusCode.Conflict)).Kind().ShouldBe("invalid-state");
    }

    [Fact]
    public async Task Issuing_a_draft_whose_number_was_issued_meanwhile_is_409()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        var draft = await tenant.Client.CreateInvoiceAsync(json, "?draft=true");
        await tenant.Client.CreateInvoiceAsync(json);

        var problem = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(draft)}/issue")).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("duplicate-invoice-number");
    }

    [Fact]
    public async Task Submit_queues_an_issued_invoice_now_with_the_environment_override()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290", """{"autoSend":false}""");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        var submitted = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/submit?environment=test")).BodyAsync();

        submitted.GetProperty("state").GetString().ShouldBe("queued");
        submitted.GetProperty("environment").GetString().ShouldBe("test");
        (await GetAsync(tenant, Id(invoice))).GetProperty("environment").GetString().ShouldBe("test");
    }

    [Fact]
    public async Task Submit_sends_a_scheduled_invoice_now()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290", """{"delayHours":24}""");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        var submitted = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/submit")).BodyAsync();

        submitted.GetProperty("state").GetString().ShouldBe("queued");
        submitted.GetProperty("nextAttemptAt").GetDateTimeOffset().ShouldBeLessThanOrEqualTo(api.Server.Service<TimeProvider>().GetUtcNow());
    }

    [Theory]
    [InlineData("?draft=true", "")]
    [InlineData("", "")]
    [InlineData("", "?environment=mars")]
    public async Task Submit_of_a_draft_or_a_queued_invoice_or_to_an_unknown_environment_is_refused(string create, string submit)
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), create);

        var response = await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/submit{submit}");

        await response.ProblemAsync(submit.Length > 0 ? HttpStatusCode.BadRequest : HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_draft_is_voided_at_once()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var draft = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), "?draft=true");

        var voided = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(draft)}/void")).BodyAsync();

        voided.GetProperty("state").GetString().ShouldBe("voided");
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json")); // its number was never used
    }

    [Fact]
    public async Task Voiding_an_accepted_invoice_issues_and_queues_a_credit_note_and_voids_the_invoice_once_anaf_accepts_it()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290", """{"autoSend":false}""");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        await MoveAsync(tenant.Id, Id(invoice), InvoiceState.Issued, InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Accepted);

        var response = await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/void");
        var creditNote = await response.BodyAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/v1/invoices/{Id(creditNote)}");
        creditNote.GetProperty("typeCode").GetString().ShouldBe("381");
        creditNote.GetProperty("number").GetString().ShouldBe("ALF-2026-0001-STORNO");
        creditNote.GetProperty("state").GetString().ShouldBe("queued");
        creditNote.GetProperty("creditNoteFor").GetGuid().ShouldBe(Id(invoice));
        creditNote.GetProperty("totalAmount").GetDecimal().ShouldBe(invoice.GetProperty("totalAmount").GetDecimal());
        var xml = Encoding.UTF8.GetString((await api.Server.Service<DocumentRepository>()
            .GetAsync(tenant.Id, DocumentOwnerType.Invoice, Id(creditNote), DocumentKind.Xml, Token))!.Content);
        xml.ShouldContain("<CreditNote");
        xml.ShouldContain("<cbc:ID>ALF-2026-0001</cbc:ID>");
        var original = await GetAsync(tenant, Id(invoice));
        original.GetProperty("state").GetString().ShouldBe("accepted");
        original.GetProperty("creditNotes").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(Id(creditNote));
        (await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/void")).ProblemAsync(HttpStatusCode.Conflict)).Kind().ShouldBe("credit-note-pending");

        await MoveAsync(tenant.Id, Id(creditNote), InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Accepted);

        var voided = await GetAsync(tenant, Id(invoice));
        voided.GetProperty("state").GetString().ShouldBe("voided");
        voided.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString().ShouldBe("invoice.voided");
    }

    [Fact]
    public async Task The_credit_note_takes_the_number_date_and_reason_the_void_names()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        await MoveAsync(tenant.Id, Id(invoice), InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Accepted);

        var creditNote = await (await tenant.Client.PostJsonAsync($"v1/invoices/{Id(invoice)}/void",
            """{"number":"ALF-NC-0009","issueDate":"2026-11-21","reason":"Marfa returnata"}""")).BodyAsync();

        creditNote.GetProperty("number").GetString().ShouldBe("ALF-NC-0009");
        creditNote.GetProperty("issueDate").GetString().ShouldBe("2026-11-21");
        var stored = await api.Server.Service<InvoiceRepository>().GetAsync(tenant.Id, Id(creditNote), Token);
        stored!.InputJson.ShouldContain("Marfa returnata");
    }

    [Theory]
    [InlineData(InvoiceState.Queued)]
    [InlineData(InvoiceState.Submitted)]
    [InlineData(InvoiceState.Rejected)]
    public async Task An_invoice_on_its_way_or_rejected_cannot_be_voided(InvoiceState state)
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        InvoiceState[] path = [InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted, InvoiceState.Rejected];
        await MoveAsync(tenant.Id, Id(invoice), [.. path.Take(Array.IndexOf(path, state) + 1)]);

        await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/void")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_failed_invoice_is_retried_and_queued_again()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        await MoveAsync(tenant.Id, Id(invoice), InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Failed);

        var retried = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/retry")).BodyAsync();

        retried.GetProperty("state").GetString().ShouldBe("queued");
        (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/retry")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Retry_of_a_rejected_invoice_is_409_asking_for_a_corrected_invoice()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        var rejection = new InvoiceError("nok", """[{"code":"BR-RO-030","severity":"fatal","message":"The invoice period code is missing."}]""");
        await MoveAsync(tenant.Id, Id(invoice), InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Submitted);
        (await api.Server.Service<InvoiceRepository>().TransitionAsync(
            new InvoiceTransition(tenant.Id, Id(invoice), InvoiceState.Submitted, InvoiceState.Rejected) { Error = rejection }, Token)).Applied.ShouldBeTrue();

        var problem = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{Id(invoice)}/retry")).ProblemAsync(HttpStatusCode.Conflict);
        var shown = await GetAsync(tenant, Id(invoice));

        problem.Kind().ShouldBe("invoice-rejected");
        problem.GetProperty("detail").GetString()!.ShouldContain("corrected invoice");
        shown.GetProperty("error").GetProperty("code").GetString().ShouldBe("nok");
        shown.GetProperty("error").GetProperty("findings")[0].GetProperty("code").GetString().ShouldBe("BR-RO-030");
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json")); // the corrected one keeps the number
    }

    [Fact]
    public async Task An_invoice_shows_its_history_documents_and_anaf_ids()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        await MoveAsync(tenant.Id, Id(invoice), InvoiceState.Queued, InvoiceState.Uploading);
        (await api.Server.Service<InvoiceRepository>().TransitionAsync(
            new InvoiceTransition(tenant.Id, Id(invoice), InvoiceState.Uploading, InvoiceState.Submitted) { IndexIncarcare = "5001000123" }, Token)).Applied.ShouldBeTrue();

        var shown = await GetAsync(tenant, Id(invoice));

        shown.GetProperty("anaf").GetProperty("indexIncarcare").GetString().ShouldBe("5001000123");
        shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("to").GetString())
            .ShouldBe(["issued", "queued", "uploading", "submitted"]);
        var xml = shown.GetProperty("documents").EnumerateArray().Single();
        xml.GetProperty("kind").GetString().ShouldBe("xml");
        xml.GetProperty("href").GetString().ShouldBe($"/v1/invoices/{Id(invoice)}/documents/xml");
        shown.GetProperty("links").GetProperty("pdf").GetString().ShouldBe($"/v1/invoices/{Id(invoice)}/documents/pdf");
    }

    [Fact]
    public async Task Another_tenant_gets_404_for_every_invoice_endpoint()
    {
        var owner = await api.NewTenantAsync();
        var stranger = await api.NewTenantAsync();
        await owner.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await owner.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), "?draft=true"));

        await (await stranger.Client.FetchAsync($"v1/invoices/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "issue", "submit", "void", "retry" })
            await (await stranger.Client.PostEmptyAsync($"v1/invoices/{id}/{action}")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var kind in new[] { "xml", "zip", "pdf", "signature" })
            await (await stranger.Client.FetchAsync($"v1/invoices/{id}/documents/{kind}")).ProblemAsync(HttpStatusCode.NotFound);
        (await GetAsync(owner, id)).GetProperty("state").GetString().ShouldBe("draft");
    }

    private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();

    private static async Task<JsonElement> GetAsync(Hosting.TestTenant tenant, Guid id)
    {
        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.BodyAsync();
    }

    /// <summary>Moves the invoice as the workers would.</summary>
    private async Task MoveAsync(Guid tenantId, Guid id, params InvoiceState[] path)
    {
        var invoices = api.Server.Service<InvoiceRepository>();
        for (var i = 1; i < path.Length; i++)
            (await invoices.TransitionAsync(new InvoiceTransition(tenantId, id, path[i - 1], path[i]), Token)).Applied.ShouldBeTrue($"{path[i - 1]} → {path[i]}");
    }
}
