using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Efactura.Server.Tests.Api.Reference.Generated;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api.Reference;

/// <summary>
/// The typed client NSwag generates, at this project's build, from the OpenAPI document the gateway serves
/// (GatewayClient.g.cs; see the csproj), used as a client developer would: against a running gateway.
/// </summary>
public sealed class GeneratedClientTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string ExampleFile = "01-b2b-ron-21.json";

    private static readonly JsonSerializerOptions ClientJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<GatewayClient> ClientAsync()
    {
        var tenant = await api.NewTenantAsync();
        return new GatewayClient(tenant.Client);
    }

    private static string ExampleText => File.ReadAllText(Path.Combine(TestPaths.Examples, ExampleFile));

    private static Invoice ExampleInvoice() => JsonSerializer.Deserialize<Invoice>(ExampleText, ClientJson)!;

    [Fact]
    public void The_example_invoice_reads_into_the_documented_body_and_writes_back_member_for_member()
    {
        var invoice = ExampleInvoice(); // an undocumented member would throw here (UnmappedMemberHandling.Disallow)

        var written = JsonNode.Parse(JsonSerializer.Serialize(invoice, ClientJson))!;
        var original = JsonNode.Parse(ExampleText)!;

        SameJson(written, original, "").ShouldBeNull();
        invoice.Lines.Count.ShouldBe(3);
        invoice.Lines.First().UnitPrice.ShouldBe(32.50m);
        invoice.Lines.ElementAt(1).Quantity.ShouldBe(1.25m);
    }

    [Fact]
    public async Task Posts_the_example_invoice_to_a_running_gateway_and_reads_the_answer()
    {
        var client = await ClientAsync();
        var company = await client.CreateCompanyAsync(new CompanyRequest
        {
            Cui = "RO18547290",
            Name = "Alfa Distributie SRL",
            Settings = new CompanySettingsRequest { Environment = AnafEnvironment.Simulator, AutoSend = false },
        }, Token);

        var created = await client.CreateInvoiceAsync(companyId: null, draft: null, ExampleInvoice(), Token);
        var read = await client.GetInvoiceAsync(created.Id.ToString(), Token);
        var issued = await client.ListInvoicesAsync(cursor: null, limit: 10, state: [InvoiceState.Issued], companyId: company.Id, number: "ALF-2026-0001",
            customer: "Beta", issuedFrom: new DateOnly(2026, 11, 1), issuedTo: new DateOnly(2026, 11, 30), cancellationToken: Token);
        var queued = await client.ListInvoicesAsync(cursor: null, limit: 10, state: [InvoiceState.Queued], companyId: null, number: null,
            customer: null, issuedFrom: null, issuedTo: null, cancellationToken: Token);

        company.Cui.ShouldBe("18547290");
        company.Settings.Environment.ShouldBe(AnafEnvironment.Simulator);
        created.CompanyId.ShouldBe(company.Id);
        created.Number.ShouldBe("ALF-2026-0001");
        created.IssueDate.ShouldBe(new DateOnly(2026, 11, 20));
        created.State.ShouldBe(InvoiceState.Issued);
        created.TotalAmount.ShouldBe(7880.13m);
        created.Customer.Name.ShouldBe("Beta Constructii SA");
        read.Id.ShouldBe(created.Id);
        read.State.ShouldBe(InvoiceState.Issued);
        read.Documents!.Select(d => d.Kind).ShouldBe([DocumentKind.Xml]);
        read.History!.Select(h => h.Type).ShouldContain("invoice.issued");
        issued.Items.Select(i => i.Id).ShouldBe([created.Id]);
        queued.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Validates_the_example_as_json_through_the_client()
    {
        var client = await ClientAsync();

        var result = await client.ValidateInvoiceAsync(Profile.Ciusro, companyId: null, ExampleInvoice(), Token);

        result.Valid.ShouldBeTrue(string.Join("; ", result.Findings.Select(f => f.Code)));
        result.Profile.ShouldBe(ValidationResponseProfile.Ciusro);
        result.Findings.ShouldAllBe(f => f.Severity == ProblemFindingSeverity.Warning);
    }

    [Fact]
    public async Task A_refused_invoice_comes_back_as_the_documented_problem_with_its_findings()
    {
        var client = await ClientAsync();
        await client.CreateCompanyAsync(new CompanyRequest { Cui = "RO18547290", Name = "Alfa Distributie SRL" }, Token);
        var invoice = ExampleInvoice();
        invoice.Supplier.Address.Street = null;

        var refused = await Should.ThrowAsync<ApiException<Problem>>(() => client.CreateInvoiceAsync(null, null, invoice, Token));

        refused.StatusCode.ShouldBe(422);
        refused.Result.Type.ShouldBe("urn:efactura:problem:invalid-invoice");
        refused.Result.Status.ShouldBe(422);
        var street = refused.Result.Findings!.Where(f => f.Severity == ProblemFindingSeverity.Fatal).ShouldHaveSingleItem();
        street.Code.ShouldBe("BR-RO-081");
        street.Severity.ShouldBe(ProblemFindingSeverity.Fatal);
        street.Field.ShouldBe("/supplier/address/street");
        street.MessageRo.ShouldNotBeNullOrWhiteSpace();
        street.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_unknown_invoice_is_a_not_found_problem()
    {
        var client = await ClientAsync();

        var missing = await Should.ThrowAsync<ApiException<Problem>>(() => client.GetInvoiceAsync(Guid.NewGuid().ToString(), Token));

        missing.StatusCode.ShouldBe(404);
        missing.Result.Type.ShouldBe("urn:efactura:problem:not-found");
    }

    /// <summary>Null when equal (numbers compared as decimals: 32.50 = 32.5), else where they differ.</summary>
    private static string? SameJson(JsonNode? a, JsonNode? b, string at)
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (var name in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (!x.ContainsKey(name) || !y.ContainsKey(name)) return $"{at}/{name} is only on one side";
                    if (SameJson(x[name], y[name], $"{at}/{name}") is { } difference) return difference;
                }
                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count) return $"{at}: {x.Count} items against {y.Count}";
                for (var i = 0; i < x.Count; i++)
                    if (SameJson(x[i], y[i], $"{at}/{i}") is { } difference) return difference;
                return null;
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                return x.GetValue<decimal>() == y.GetValue<decimal>() ? null : $"{at}: {x} against {y}";
            default:
                return JsonNode.DeepEquals(a, b) ? null : $"{at}: {a?.ToJsonString()} against {b?.ToJsonString()}";
        }
    }
}
