using System.Net;
using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api.Invoices;

public class InvoiceCreationApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_example_invoice_is_issued_queued_and_its_xml_stored_as_the_writer_wrote_it()
    {
        var tenant = await api.NewTenantAsync();
        var company = await tenant.Client.CreateCompanyAsync("RO18547290");

        var response = await tenant.Client.PostJsonAsync("v1/invoices", ApiCalls.Example("01-b2b-ron-21.json"));
        var body = await response.BodyAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/v1/invoices/{id}");
        body.GetProperty("companyId").GetGuid().ShouldBe(company);
        body.GetProperty("number").GetString().ShouldBe("ALF-2026-0001");
        body.GetProperty("typeCode").GetString().ShouldBe("380");
        body.GetProperty("state").GetString().ShouldBe("queued");
        body.GetProperty("customer").GetProperty("id").GetString().ShouldBe("RO14399840");
        body.GetProperty("totalAmount").GetDecimal().ShouldBe(7880.13m);
        var xml = await api.Server.Service<DocumentRepository>().GetAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Xml, Token);
        xml!.Content.ShouldBe(await File.ReadAllBytesAsync(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"), Token));
    }

    [Fact]
    public async Task Every_example_is_taken_and_issued()
    {
        var tenant = await api.NewTenantAsync();
        var examples = Directory.GetFiles(TestPaths.Examples, "*.json").Select(Path.GetFileName).Order().ToList();
        var companies = new HashSet<string>();

        foreach (var example in examples)
        {
            // Some examples share a number (a credit note and its invoice's corrections); each is its own invoice here.
            var json = ApiCalls.Example(example!, j => j["number"] = example![..2] + "-" + (string)j["number"]!);
            var root = JsonDocument.Parse(json).RootElement;
            // The company is the supplier's, the self-billing customer's, or the foreign supplier's tax representative's.
            var party = root.GetProperty(example!.Contains("self-billed", StringComparison.Ordinal) ? "customer"
                : root.TryGetProperty("taxRepresentative", out _) ? "taxRepresentative" : "supplier");
            // A person invoicing under the CNP is a company of the gateway under that CNP.
            var id = party.TryGetProperty("vatNumber", out var vat) ? vat : party.TryGetProperty("cui", out var cuiMember) ? cuiMember : party.GetProperty("cnp");
            var cui = id.GetString()!.Replace("RO", "", StringComparison.Ordinal);
            if (companies.Add(cui)) await tenant.Client.CreateCompanyAsync(cui, """{"autoSend":false}""");

            var body = await tenant.Client.CreateInvoiceAsync(json);

            body.GetProperty("state").GetString().ShouldBe("issued", example);
        }
    }

    [Fact]
    public async Task A_broken_invoice_is_422_with_every_finding_and_its_json_pointer()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json", j =>
        {
            j["lines"]![0]!["vatRate"] = "twenty";
            j["lines"]![1]!["unit"] = "bucketfuls";
        });

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", json)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Kind().ShouldBe("invalid-invoice");
        var fields = problem.Findings().Where(f => f.GetProperty("severity").GetString() == "fatal").Select(f => f.GetProperty("field").GetString()).ToList();
        fields.ShouldContain("/lines/0/vatRate");
        fields.ShouldContain("/lines/1/unit");
        (await (await tenant.Client.FetchAsync("v1/invoices")).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Json_that_does_not_parse_is_422_with_the_line_of_the_error()
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", "{\n  \"number\": \"A-1\",\n  oops\n}")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var finding = problem.Findings().Single();
        finding.GetProperty("code").GetString().ShouldBe("EF-JSON-SYNTAX");
        finding.GetProperty("line").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task An_invoice_whose_supplier_is_none_of_the_tenants_companies_is_422_unknown_company()
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", ApiCalls.Example("01-b2b-ron-21.json"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Kind().ShouldBe("unknown-company");
        problem.Findings().Single().GetProperty("field").GetString().ShouldBe("/supplier");
    }

    [Fact]
    public async Task A_self_billed_invoice_belongs_to_the_customer_who_issues_it()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO22334451");
        var customer = await tenant.Client.CreateCompanyAsync("RO33445560");

        var body = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("11-self-billed.json"));

        body.GetProperty("companyId").GetGuid().ShouldBe(customer);
    }

    [Fact]
    public async Task The_company_may_be_named_by_company_id()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var other = await tenant.Client.CreateCompanyAsync("RO14399840");

        var body = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), $"?companyId={other}");

        body.GetProperty("companyId").GetGuid().ShouldBe(other);
    }

    [Fact]
    public async Task A_company_id_of_another_tenant_is_404()
    {
        var owner = await api.NewTenantAsync();
        var stranger = await api.NewTenantAsync();
        var company = await owner.Client.CreateCompanyAsync("RO18547290");

        await (await stranger.Client.PostJsonAsync($"v1/invoices?companyId={company}", ApiCalls.Example("01-b2b-ron-21.json"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_is_stored_without_xml_and_may_share_a_number()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        await tenant.Client.CreateInvoiceAsync(json);

        var draft = await tenant.Client.CreateInvoiceAsync(json, "?draft=true");

        draft.GetProperty("state").GetString().ShouldBe("draft");
        draft.GetProperty("links").TryGetProperty("xml", out _).ShouldBeFalse();
        (await api.Server.Service<DocumentRepository>().ListAsync(tenant.Id, DocumentOwnerType.Invoice, draft.GetProperty("id").GetGuid(), Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_number_the_company_already_issued_is_409()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        var first = await tenant.Client.CreateInvoiceAsync(json);

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", json)).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("duplicate-invoice-number");
        problem.GetProperty("detail").GetString()!.ShouldContain(first.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Auto_send_off_keeps_the_invoice_issued_and_a_delay_schedules_it()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290", """{"autoSend":false}""");
        await tenant.Client.CreateCompanyAsync("RO30215672", """{"delayHours":2}""");

        var kept = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        var scheduled = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("02-mixed-rates-21-11-0.json"));

        kept.GetProperty("state").GetString().ShouldBe("issued");
        kept.TryGetProperty("nextAttemptAt", out _).ShouldBeFalse();
        scheduled.GetProperty("state").GetString().ShouldBe("scheduled");
        scheduled.GetProperty("nextAttemptAt").GetDateTimeOffset()
            .ShouldBe(scheduled.GetProperty("issuedAt").GetDateTimeOffset().AddHours(2), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Warnings_come_with_the_created_invoice()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        // 19% after August 2025 is no standard rate any more: the validator warns (EF-VAT-RATE-UNUSUAL) but takes it.
        var json = ApiCalls.Example("01-b2b-ron-21.json", j => j["lines"]![0]!["vatRate"] = 19);

        var body = await tenant.Client.CreateInvoiceAsync(json);

        body.GetProperty("warnings").EnumerateArray().ShouldContain(w => w.GetProperty("code").GetString() == "EF-VAT-RATE-UNUSUAL");
    }

    [Fact]
    public async Task A_UBL_document_is_issued_as_it_is_posted_and_its_bytes_stored_unchanged()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var xml = System.Text.Encoding.UTF8.GetBytes(
            (await File.ReadAllTextAsync(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"), Token)).Replace("\n", "\r\n", StringComparison.Ordinal));

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", xml, "application/xml"), Token);
        var body = await response.BodyAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        body.GetProperty("number").GetString().ShouldBe("ALF-2026-0001");
        body.GetProperty("state").GetString().ShouldBe("queued");
        body.GetProperty("totalAmount").GetDecimal().ShouldBe(7880.13m);
        var stored = await api.Server.Service<DocumentRepository>().GetAsync(tenant.Id, DocumentOwnerType.Invoice, body.GetProperty("id").GetGuid(), DocumentKind.Xml, Token);
        stored!.Content.ShouldBe(xml);
    }

    [Fact]
    public async Task A_UBL_document_that_breaks_a_rule_is_422_with_the_XPath_line_and_column_of_each_finding()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var xml = (await File.ReadAllTextAsync(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"), Token))
            .Replace("<cbc:ID>ALF-2026-0001</cbc:ID>", "<cbc:ID>ABC</cbc:ID>", StringComparison.Ordinal);

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", System.Text.Encoding.UTF8.GetBytes(xml), "application/xml"), Token);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Kind().ShouldBe("invalid-invoice");
        var finding = problem.Findings().Single(f => f.GetProperty("code").GetString() == "BR-RO-010");
        finding.GetProperty("xPath").GetString().ShouldBe("/ubl:Invoice[1]");
        (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()).ShouldBe((2, 2));
    }

    [Fact]
    public async Task A_CII_document_is_issued_as_it_is_posted_and_its_bytes_stored_unchanged()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var xml = CiiSamples.CenExample3Romanian();

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", xml, "application/xml"), Token);
        var body = await response.BodyAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToString());
        body.GetProperty("number").GetString().ShouldBe("TOSL108");
        body.GetProperty("state").GetString().ShouldBe("queued");
        body.GetProperty("totalAmount").GetDecimal().ShouldBe(1089m);
        var stored = await api.Server.Service<DocumentRepository>().GetAsync(tenant.Id, DocumentOwnerType.Invoice, body.GetProperty("id").GetGuid(), DocumentKind.Xml, Token);
        System.Security.Cryptography.SHA256.HashData(stored!.Content).ShouldBe(System.Security.Cryptography.SHA256.HashData(xml));
    }

    [Fact]
    public async Task A_CII_document_the_model_cannot_read_is_422_with_the_line_and_column_of_the_value()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var xml = System.Text.Encoding.UTF8.GetString(CiiSamples.CenExample3Romanian())
            .Replace("<ram:ChargeAmount>800</ram:ChargeAmount>", "<ram:ChargeAmount>8OO</ram:ChargeAmount>", StringComparison.Ordinal);
        var line = xml[..xml.IndexOf("<ram:ChargeAmount>8OO", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", System.Text.Encoding.UTF8.GetBytes(xml), "application/xml"), Token);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var finding = problem.Findings().ShouldHaveSingleItem();
        finding.GetProperty("code").GetString().ShouldBe("EF-CII-UNREADABLE");
        finding.GetProperty("message").GetString()!.ShouldContain("8OO");
        (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()).ShouldBe((line, 22));
        (await (await tenant.Client.FetchAsync("v1/invoices")).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_CII_document_that_breaks_a_rule_is_422_with_the_field_and_the_rule()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var xml = System.Text.Encoding.UTF8.GetString(CiiSamples.CenExample3Romanian())
            .Replace("<ram:DuePayableAmount>1089</ram:DuePayableAmount>", "<ram:DuePayableAmount>1098</ram:DuePayableAmount>", StringComparison.Ordinal);

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", System.Text.Encoding.UTF8.GetBytes(xml), "application/xml"), Token);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Kind().ShouldBe("invalid-invoice");
        problem.Findings().ShouldContain(f => f.GetProperty("code").GetString() == "BR-CO-16");
    }

    [Fact]
    public async Task A_UBL_document_cannot_be_a_draft()
    {
        var tenant = await api.NewTenantAsync();
        var xml = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"), Token);

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices?draft=true", xml, "application/xml"), Token);

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("drafts are JSON");
    }

    [Fact]
    public async Task Issuing_wakes_nothing_it_cannot_find_and_the_invoice_waits_in_the_queue()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");

        var body = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        var stored = await api.Server.Service<InvoiceRepository>().GetAsync(tenant.Id, body.GetProperty("id").GetGuid(), Token);
        stored!.State.ShouldBe(InvoiceState.Queued);
        stored.NextAttemptAt.ShouldNotBeNull();
        stored.NextAttemptAt.Value.ShouldBeLessThanOrEqualTo(api.Server.Service<TimeProvider>().GetUtcNow());
    }
}
