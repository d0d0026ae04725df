using System.Net;
using System.Text;
using Efactura.Server.Api.Idempotency;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Idempotency;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Api.Invoices;

public class IdempotencyApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Same_idempotency_key_and_body_gets_the_first_answer_byte_for_byte_and_one_invoice()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");

        var first = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-1"), Token);
        var again = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-1"), Token);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Location.ShouldBe(first.Headers.Location);
        again.Content.Headers.ContentType.ShouldBe(first.Content.Headers.ContentType);
        (await again.Content.ReadAsByteArrayAsync(Token)).ShouldBe(await first.Content.ReadAsByteArrayAsync(Token));
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await InvoicesOfAsync(tenant.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Same_idempotency_key_with_another_body_is_409()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", ApiCalls.Example("01-b2b-ron-21.json")).WithKey("order-2"), Token);

        var other = ApiCalls.Example("01-b2b-ron-21.json", j => j["number"] = "ALF-2026-0002");
        var problem = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", other).WithKey("order-2"), Token)).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("idempotency-key-reused");
        (await InvoicesOfAsync(tenant.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Same_idempotency_key_with_another_query_is_another_request()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices?draft=true", json).WithKey("order-3"), Token);

        var problem = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-3"), Token)).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("idempotency-key-reused");
    }

    [Fact]
    public async Task A_key_whose_first_request_is_still_running_is_409()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        // Another node took the key for this very request a moment ago and is still working on it.
        var hash = IdempotentRequests.RequestHash("POST", "/v1/invoices", "", Encoding.UTF8.GetBytes(json));
        await api.Server.Service<IdempotencyRepository>().ReserveAsync(tenant.Id, "order-4", hash, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1), Token);

        var problem = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-4"), Token)).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("idempotency-key-in-use");
        (await InvoicesOfAsync(tenant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_retry_after_the_first_answer_was_lost_gets_the_invoice_the_first_attempt_issued()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        var first = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-lost"), Token);
        // The process died after issuing the invoice and before keeping its answer: the key's lock ran out unanswered.
        await api.Server.Service<IdempotencyRepository>().ReleaseAsync(tenant.Id, "order-lost", Token);

        var retry = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-lost"), Token);
        var unkeyed = await tenant.Client.PostJsonAsync("v1/invoices", json);

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        (await unkeyed.ProblemAsync(HttpStatusCode.Conflict)).Kind().ShouldBe("duplicate-invoice-number");
        (await InvoicesOfAsync(tenant.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_make_one_invoice_and_the_others_get_409_or_its_answer()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-5"), Token)));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        created.ShouldNotBeEmpty();
        created.Select(r => r.Headers.Location!.ToString()).Distinct().Count().ShouldBe(1);
        foreach (var busy in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            (await busy.ProblemAsync(HttpStatusCode.Conflict)).Kind().ShouldBe("idempotency-key-in-use");
        (await InvoicesOfAsync(tenant.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_invalid_invoice_under_a_key_gets_the_same_422_again()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json", j => j["lines"]![0]!["vatRate"] = "x");

        var first = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-6"), Token);
        var again = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-6"), Token);

        first.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        again.Headers.Contains("Idempotent-Replayed").ShouldBeTrue();
        (await again.Content.ReadAsByteArrayAsync(Token)).ShouldBe(await first.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task An_answer_that_depends_on_other_resources_frees_the_key_for_a_retry()
    {
        var tenant = await api.NewTenantAsync();
        var json = ApiCalls.Example("01-b2b-ron-21.json");
        var refused = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-7"), Token);
        await tenant.Client.CreateCompanyAsync("RO18547290");

        var retried = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("order-7"), Token);

        (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Kind().ShouldBe("unknown-company");
        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
        retried.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
    }

    [Fact]
    public async Task Keys_belong_to_their_tenant()
    {
        var first = await api.NewTenantAsync();
        var second = await api.NewTenantAsync();
        await first.Client.CreateCompanyAsync("RO18547290");
        await second.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json");

        var a = await first.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("shared-key"), Token);
        var b = await second.Client.SendAsync(ApiCalls.Post("v1/invoices", json).WithKey("shared-key"), Token);

        a.StatusCode.ShouldBe(HttpStatusCode.Created);
        b.StatusCode.ShouldBe(HttpStatusCode.Created);
        b.Headers.Location.ShouldNotBe(a.Headers.Location);
    }

    [Fact]
    public async Task A_key_with_control_characters_or_too_long_is_400()
    {
        var tenant = await api.NewTenantAsync();

        var response = await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices", "{}").WithKey(new string('k', 256)), Token);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<IReadOnlyList<InvoiceRecord>> InvoicesOfAsync(Guid tenantId) =>
        (await api.Server.Service<InvoiceRepository>().ListAsync(tenantId, InvoiceFilter.None, new PageRequest(), Token)).Items;
}
