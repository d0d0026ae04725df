using System.Net;
using System.Text.Json.Nodes;
using Efactura.Anaf.Archives;
using Efactura.Core.CodeLists;
using Efactura.EndToEnd.Tests.Infrastructure;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Efactura.Testing;

namespace Efactura.EndToEnd.Tests;

/// <summary>
/// The product's main job, end to end over real HTTP: JSON invoices in, accepted e-Facturas with verified ZIPs out,
/// rejections explained, incoming invoices parsed, webhooks signed, tokens refreshed, voids as credit notes — on
/// SQLite and on PostgreSQL.
/// </summary>
public sealed class GatewayEndToEndTests(PostgresServer postgres)
{
    private const int InvoiceCount = 200;
    private const string UnregisteredSeller = "12345674";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_hundred_invoices_become_accepted_with_verified_zips_and_every_other_path_works(string engine)
    {
        var cancel = TestContext.Current.CancellationToken;
        Cui.IsValid(UnregisteredSeller).ShouldBeTrue("the rejected company needs a CUI our validator accepts");
        await using var world = await GatewayHarness.StartAsync(engine, postgres, new SimulatorOptions
        {
            ProcessingDelay = TimeSpan.FromMilliseconds(200),
            Rules = new RegistryRules(new HashSet<string> { UnregisteredSeller }),
        }, null, cancel);
        var api = world.Client;
        await using var receiver = await WebhookReceiver.StartAsync();
        var (status, subscription) = await api.SendAsync(HttpMethod.Post, "v1/webhooks", new JsonObject
        {
            ["url"] = receiver.Url.ToString(),
            ["events"] = new JsonArray("invoice.issued", "invoice.submitted", "invoice.accepted", "invoice.rejected", "invoice.failed",
                "invoice.deadline_approaching", "incoming.received", "connection.expiring", "connection.expired"),
        });
        status.ShouldBe(HttpStatusCode.Created, subscription?.ToJsonString());
        receiver.Secret = subscription!["secret"]!.GetValue<string>();

        // Tokens that die in two days: the refresher must renew them (its horizon is seven days); renewed ones live 90 days.
        world.Simulator.AccessTokenLifetime = TimeSpan.FromDays(2);
        var companies = await world.CreateConnectedCompaniesAsync([.. ExampleInvoices.SupplierCuis, UnregisteredSeller]);
        world.Simulator.AccessTokenLifetime = TimeSpan.FromDays(90);

        // 200 invoices of the examples' kinds.
        var posted = new List<Guid>();
        for (var i = 0; i < InvoiceCount; i++)
        {
            var (created, body) = await api.PostInvoiceAsync(ExampleInvoices.Numbered(i, $"E{i:D3}"), idempotencyKey: $"e2e-{i}");
            created.ShouldBe(HttpStatusCode.Created, body?.ToJsonString());
            posted.Add(body!["id"]!.GetValue<Guid>());
        }

        // A broken invoice is refused before upload, with JSON pointers.
        var broken = ExampleInvoices.Numbered(0, "BROKEN");
        broken["lines"]![0]!["quantity"] = "three";
        var (refused, problem) = await api.PostInvoiceAsync(broken);
        refused.ShouldBe(HttpStatusCode.UnprocessableEntity, problem?.ToJsonString());
        problem!["findings"]!.AsArray().ShouldContain(f => f!["field"]!.GetValue<string>().StartsWith("/lines/0/quantity", StringComparison.Ordinal));

        // An invoice ANAF rejects (its seller CUI is not in ANAF's registry) ends rejected with the finding translated.
        var unregistered = ExampleInvoices.Numbered(0, "REJ");
        unregistered["supplier"]!["vatNumber"] = "RO" + UnregisteredSeller;
        var (accepted, rejectedBody) = await api.PostInvoiceAsync(unregistered);
        accepted.ShouldBe(HttpStatusCode.Created, rejectedBody?.ToJsonString());
        var rejectedId = rejectedBody!["id"]!.GetValue<Guid>();

        // An incoming invoice: a supplier uploaded example 01 to the buyer 14399840 and ANAF processed it five minutes
        // ago (the client keeps the last minute out of every list it asks for: ANAF refuses windows ending "in the future").
        var buyer = companies["14399840"];
        world.Simulator.SeedIncomingInvoice(AnafEnvironment.Test, "14399840", "18547290",
            File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml")), "ALF-2026-0001", DateTimeOffset.UtcNow.AddMinutes(-5));
        (await api.SendAsync(HttpMethod.Post, "v1/sync", new JsonObject { ["companyId"] = buyer })).Status.ShouldBe(HttpStatusCode.Accepted);

        await GatewayHarness.WaitUntilAsync(async () =>
        {
            var all = await world.InvoicesAsync();
            return posted.All(id => all[id]["state"]!.GetValue<string>() == "accepted") && all[rejectedId]["state"]!.GetValue<string>() == "rejected";
        }, Patience, () => "not every invoice reached its final state:\n" + string.Join('\n', world.Gateway.Output.TakeLast(40)));

        // Every accepted invoice has its ANAF ZIP stored, and ANAF's signature on it verifies.
        var anafThumbprint = world.Simulator.SigningCertificate.Thumbprint;
        foreach (var id in posted)
        {
            var zip = await api.GetBytesAsync($"v1/invoices/{id}/documents/zip");
            zip.ShouldNotBeNull($"invoice {id} has no ZIP");
            var contents = AnafArchive.Read(zip, new ArchiveLimits());
            contents.IsSuccess.ShouldBeTrue($"invoice {id}: {contents.Error}");
            var verification = ArchiveSignatureVerifier.Verify(contents.Value!);
            verification.IsValid.ShouldBeTrue($"invoice {id}: {verification.Failure}");
            verification.Signer!.Thumbprint.ShouldBe(anafThumbprint, StringCompareShould.IgnoreCase);
            verification.FormattingUndone.ShouldBeTrue($"invoice {id}: the simulator formats its TEST signatures as ANAF does");
            (await api.GetAsync($"v1/invoices/{id}"))["signature"]!.GetValue<string>().ShouldBe("verified");
        }
        foreach (var (_, cui) in companies.Select(c => (c.Value, c.Key)).Where(c => c.Key != UnregisteredSeller))
            world.Simulator.Uploads(AnafEnvironment.Test).Count(u => u.SellerCif == cui).ShouldBeGreaterThan(0);

        // The rejection says why, translated.
        var rejected = await api.GetAsync($"v1/invoices/{rejectedId}");
        var findings = rejected["error"]!["findings"]!.AsArray();
        findings.ShouldNotBeEmpty();
        findings.ShouldContain(f => f!["message"]!.GetValue<string>().Length > 0 && f["code"]!.GetValue<string>().Length > 0);

        // The incoming invoice appears, parsed, once.
        await GatewayHarness.WaitUntilAsync(async () => (await api.ListAllAsync($"v1/incoming?companyId={buyer}")).Count > 0, Patience,
            () => "no incoming invoice; SPV messages: " + string.Join(", ", api.ListAllAsync($"v1/messages?companyId={buyer}").Result.Select(m => m.ToJsonString()))
                + "\n" + string.Join('\n', world.Gateway.Output.Where(l => l.Contains("ncoming", StringComparison.Ordinal) || l.Contains("fail", StringComparison.OrdinalIgnoreCase)).TakeLast(40)));
        var incoming = await api.ListAllAsync($"v1/incoming?companyId={buyer}");
        incoming.Count(i => i["number"]!.GetValue<string>() == "ALF-2026-0001").ShouldBe(1, string.Join('\n', incoming.Select(i => i.ToJsonString())));

        // Tokens were renewed ahead of expiry: every connection now lives about 90 days.
        await GatewayHarness.WaitUntilAsync(async () =>
        {
            foreach (var id in companies.Values)
            {
                var connection = await api.GetAsync($"v1/companies/{id}/anaf");
                if (connection["accessExpiresAt"]!.GetValue<DateTimeOffset>() < DateTimeOffset.UtcNow.AddDays(30)) return false;
            }
            return true;
        }, Patience, () => "the access tokens were not refreshed");

        // Voiding an accepted invoice issues a credit note that ANAF accepts; the original ends voided.
        var original = posted[0];
        var (voidStatus, voidBody) = await api.SendAsync(HttpMethod.Post, $"v1/invoices/{original}/void", new JsonObject());
        ((int)voidStatus).ShouldBeInRange(200, 202, voidBody?.ToJsonString());
        await GatewayHarness.WaitUntilAsync(async () =>
        {
            var invoice = await api.GetAsync($"v1/invoices/{original}");
            var notes = invoice["creditNotes"]?.AsArray() ?? [];
            return invoice["state"]!.GetValue<string>() == "voided"
                && notes.Count == 1 && (await api.GetAsync($"v1/invoices/{notes[0]!["id"]}"))["state"]!.GetValue<string>() == "accepted";
        }, Patience, () => "the void did not end in an accepted credit note");

        // Webhooks: each invoice's acceptance and the incoming invoice came at least once, every delivery signed.
        await GatewayHarness.WaitUntilAsync(() => Task.FromResult(
            posted.All(id => receiver.Deliveries.Any(d => d.Json["type"]!.GetValue<string>() == "invoice.accepted" && d.Json["data"]!["invoiceId"]!.GetValue<Guid>() == id))
            && receiver.Deliveries.Any(d => d.Json["type"]!.GetValue<string>() == "incoming.received")
            && receiver.Deliveries.Any(d => d.Json["type"]!.GetValue<string>() == "invoice.rejected")),
            Patience, () => $"webhooks missing; received {receiver.Deliveries.Count}");
        receiver.Deliveries.ShouldAllBe(d => d.HasValidSignature);

        // Nothing was uploaded twice.
        world.Simulator.Uploads(AnafEnvironment.Test).GroupBy(u => (u.SellerCif, u.DocumentNumber)).ShouldAllBe(g => g.Count() == 1);
    }
}
