using System.Net;
using Efactura.Server.Dashboard.Pages;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The dashboard's received invoices and SPV messages (<c>/app/incoming</c>, <c>/app/messages</c>) over HTTP against
/// the real gateway: what each role sees, the filters, the paging, the documents, and the buyer's reply sent from the
/// page behind its confirmation through the simulator.
/// </summary>
public sealed class IncomingPagesTests(IncomingWorld world) : IClassFixture<IncomingWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_owner_sees_every_companys_received_invoices_newest_first_with_those_not_downloaded_yet()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);

        var html = await owner.PageAsync("app/incoming");

        SignedInClient.Attributes(html, "incoming").ShouldBe([world.BetaInvoice.ToString(), world.Recorded.ToString()]);
        SignedInClient.Attributes(html, "message").ShouldContain(world.Pending.ToString());
        html.ShouldContain("BETA-0001");
        html.ShouldContain(IncomingWorld.RecordedNumber);
        html.ShouldContain($"href=\"/app/messages/{world.Pending}\"");
    }

    [Fact]
    public async Task An_accountant_sees_only_the_assigned_company_and_typed_urls_of_another_are_not_found()
    {
        using var accountant = await world.SignInAsync(IncomingWorld.AccountantEmail);

        var list = await accountant.PageAsync("app/incoming");
        SignedInClient.Attributes(list, "incoming").ShouldBe([world.BetaInvoice.ToString()]);
        SignedInClient.Attributes(list, "message").ShouldBeEmpty("Alfa's pending invoice is not the accountant's");
        var messages = await accountant.PageAsync("app/messages");
        messages.ShouldNotContain("9731314");
        (await accountant.PageAsync($"app/incoming/{world.BetaInvoice}")).ShouldContain("BETA-0001");

        foreach (var path in new[]
                 {
                     $"app/incoming/{world.Recorded}", $"app/incoming/{world.Recorded}/documents/zip", $"app/incoming/{world.Recorded}/documents/pdf",
                     $"app/incoming?company={world.Alfa}", $"app/messages?company={world.Alfa}", $"app/messages/{world.Pending}",
                 })
        {
            var response = await accountant.Http.GetAsync(path, Token);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync(Token)).ShouldNotContain(IncomingWorld.RecordedNumber, customMessage: path);
        }

        // Nor can the accountant reply about Alfa's invoice with a valid token of their own.
        var posted = await accountant.PostFormAsync($"app/incoming/{world.BetaInvoice}", $"app/incoming/{world.Recorded}?handler=reply",
            new() { ["Text"] = "Nu este al meu." });
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.Server.Service<IncomingReplyRepository>().ListAsync(world.Server.TenantId, world.Recorded, 100, Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_filters_find_by_company_supplier_number_issue_date_and_download()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);
        var recorded = world.Recorded.ToString();
        var beta = world.BetaInvoice.ToString();
        var pending = world.Pending.ToString();
        async Task ListAsync(string query, string[] invoices, string[] notDownloaded, string? because = null)
        {
            var html = await owner.PageAsync("app/incoming?" + query);
            SignedInClient.Attributes(html, "incoming").ShouldBe(invoices, because ?? query);
            SignedInClient.Attributes(html, "message").ShouldBe(notDownloaded, because ?? query);
        }

        await ListAsync($"company={world.Alfa}", [recorded], [pending]);
        await ListAsync($"company={world.Beta}", [beta], []);
        await ListAsync("supplier=RO" + IncomingWorld.RecordedSupplierCui, [beta, recorded], []);
        await ListAsync("supplier=8000000000", [], [pending], "a listing not downloaded matches by the supplier's CIF in ANAF's detail");
        await ListAsync("supplier=nobody%20srl", [], []);
        await ListAsync("number=BETA-0001", [beta], []);
        await ListAsync("from=2024-02-20&to=2024-02-20", [beta, recorded], []);
        await ListAsync("from=2024-02-21", [], []);
        await ListAsync("to=2024-02-19", [], []);
        await ListAsync("downloaded=no", [], [pending]);
        await ListAsync("downloaded=yes", [beta, recorded], []);
        (await owner.Http.GetAsync("app/incoming?downloaded=maybe", Token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.Http.GetAsync("app/incoming?after=not-a-cursor", Token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_supplier_name_filter_matches_a_part_of_the_name_case_insensitively()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);
        var stored = (await world.Server.Service<IncomingInvoiceRepository>().GetAsync(world.Server.TenantId, world.Recorded, Token))!;
        var part = stored.Invoice.SupplierName[1..^1].ToUpperInvariant();

        var html = await owner.PageAsync("app/incoming?downloaded=yes&supplier=" + Uri.EscapeDataString(part));

        SignedInClient.Attributes(html, "incoming").ShouldBe([world.BetaInvoice.ToString(), world.Recorded.ToString()]);
    }

    [Fact]
    public async Task Pages_of_fifty_walk_every_received_invoice_once_newest_first()
    {
        // A tenant of its own, so its rows do not mix with the other tests'.
        var tenant = await world.Server.CreateTenantAsync("gamma");
        var gamma = await Api.ApiCalls.CreateCompanyAsync(tenant.Client, "18547290");
        var users = world.Server.Service<Efactura.Server.Storage.Users.UserRepository>();
        var created = (await users.CreateAsync(tenant.Id, "pager@gamma.ro", Efactura.Server.Storage.Users.DashboardRole.Owner, [], Token))!;
        await users.SetPasswordAsync(created.Link.Token, IncomingWorld.Password, Token);
        var stored = new List<Guid>();
        for (var i = 0; i < IncomingModel.PageSize * 2 + 7; i++)
            stored.Add((await world.Server.Service<IncomingInvoiceRepository>().AddAsync(new NewIncomingInvoice(
                tenant.Id, gamma, $"9{i:D9}", "RO11111118", "Furnizor SRL", $"G-{i}", "380", new DateOnly(2026, 3, 1), "RON", 10m + i, "{}",
                new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero)), Token))!.Id);
        using var owner = await world.SignInAsync("pager@gamma.ro");

        var seen = new List<string>();
        var path = $"app/incoming?company={gamma}";
        var pages = 0;
        while (path is not null)
        {
            var html = await owner.PageAsync(path);
            var rows = SignedInClient.Attributes(html, "incoming");
            rows.Count.ShouldBeLessThanOrEqualTo(IncomingModel.PageSize);
            seen.AddRange(rows);
            pages++;
            var next = System.Text.RegularExpressions.Regex.Match(html, "href=\"/app/(incoming\\?[^\"]+)\" rel=\"next\"");
            path = next.Success ? "app/" + System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }

        pages.ShouldBe(3);
        // Newest first by id (UUID v7: the time it was stored, to the millisecond), each row once.
        seen.ShouldBe(stored.Select(id => id.ToString()).OrderByDescending(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_invoices_page_shows_its_parties_totals_lines_partner_and_documents()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);

        var html = await owner.PageAsync($"app/incoming/{world.Recorded}");

        html.ShouldContain(IncomingWorld.RecordedNumber);
        html.ShouldContain("RO" + IncomingWorld.RecordedSupplierCui);
        html.ShouldContain("RO9731314");
        SignedInClient.Attributes(html, "section").ShouldBe(["summary", "lines", "vat", "documents"]);
        html.ShouldContain($"({IncomingWorld.RecordedSupplierCui})", customMessage: "the partner recorded from the supplier");
        foreach (var kind in new[] { "zip", "xml", "signature", "pdf" })
            html.ShouldContain($"/app/incoming/{world.Recorded}/documents/{kind}");

        var zip = await owner.Http.GetAsync($"app/incoming/{world.Recorded}/documents/zip", Token);
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await zip.Content.ReadAsByteArrayAsync(Token)).ShouldBe(world.RecordedZip, "ANAF's ZIP as downloaded, byte for byte");
        var pdf = await owner.Http.GetAsync($"app/incoming/{world.Recorded}/documents/pdf", Token);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync(Token))[..4].ShouldBe("%PDF"u8.ToArray());
        (await owner.Http.GetAsync($"app/incoming/{world.Recorded}/documents/nothing", Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.Http.GetAsync($"app/incoming/{Guid.CreateVersion7()}", Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reply_is_sent_only_after_its_confirmation_and_a_viewer_cannot_send_one()
    {
        var replies = world.Server.Service<IncomingReplyRepository>();
        using var viewer = await world.SignInAsync(IncomingWorld.ViewerEmail);
        var viewed = await viewer.PageAsync($"app/incoming/{world.BetaInvoice}");
        viewed.ShouldNotContain("data-form=\"reply\"");
        var refused = await viewer.PostFormAsync($"app/incoming/{world.BetaInvoice}", $"app/incoming/{world.BetaInvoice}?handler=reply",
            new() { ["Text"] = "Vizitatorul nu trimite." });
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, "refused, as the invoice pages refuse a viewer's action");
        refused.Headers.Location!.ToString().ShouldContain("/app/sign-in");
        (await replies.ListAsync(world.Server.TenantId, world.BetaInvoice, 100, Token)).ShouldBeEmpty();

        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);
        var review = await owner.PostFormAsync($"app/incoming/{world.BetaInvoice}", $"app/incoming/{world.BetaInvoice}?handler=review",
            new() { ["Text"] = "Cantitatea de la linia 1 nu corespunde." });
        review.StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmation = await review.Content.ReadAsStringAsync(Token);
        confirmation.ShouldContain("data-form=\"confirm-reply\"");
        (await replies.ListAsync(world.Server.TenantId, world.BetaInvoice, 100, Token)).ShouldBeEmpty("the first step sends nothing");

        var sent = await owner.Http.PostAsync($"app/incoming/{world.BetaInvoice}?handler=reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = "Cantitatea de la linia 1 nu corespunde.", ["__antiforgery"] = SignedInClient.Antiforgery(confirmation),
        }), Token);

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reply = (await replies.ListAsync(world.Server.TenantId, world.BetaInvoice, 100, Token)).ShouldHaveSingleItem();
        reply.Text.ShouldBe("Cantitatea de la linia 1 nu corespunde.");
        reply.AnsweredIndex.ShouldBe("4186077776");
        reply.UploadIndex.ShouldNotBeNull("the simulator accepted the upload");
        var page = await owner.PageAsync($"app/incoming/{world.BetaInvoice}");
        SignedInClient.Attributes(page, "reply").ShouldBe([reply.Id.ToString()]);
        page.ShouldContain("Cantitatea de la linia 1 nu corespunde.");
    }

    [Fact]
    public async Task A_reply_without_text_or_without_its_antiforgery_token_is_not_sent()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);
        var replies = world.Server.Service<IncomingReplyRepository>();
        var before = (await replies.ListAsync(world.Server.TenantId, world.Recorded, 100, Token)).Count;

        var empty = await owner.PostFormAsync($"app/incoming/{world.Recorded}", $"app/incoming/{world.Recorded}?handler=reply", new() { ["Text"] = "   " });
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync(Token)).ShouldContain("id=\"reply-refused\"");
        var noToken = await owner.Http.PostAsync($"app/incoming/{world.Recorded}?handler=reply",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Fara token." }), Token);
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await replies.ListAsync(world.Server.TenantId, world.Recorded, 100, Token)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task The_messages_page_filters_by_company_type_and_anafs_day_and_says_what_is_downloaded()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);
        async Task<IReadOnlyList<string>> ListAsync(string query) => SignedInClient.Attributes(await owner.PageAsync("app/messages?" + query), "message");

        var all = await owner.PageAsync("app/messages");
        SignedInClient.Attributes(all, "message").ShouldContain(world.Pending.ToString());
        SignedInClient.Attributes(all, "message").ShouldContain(world.RecordedMessage.ToString());
        all.ShouldContain($"href=\"/app/incoming/{world.Recorded}\"", customMessage: "the downloaded message links to its invoice");

        (await ListAsync($"company={world.Beta}")).Count.ShouldBe(1);
        (await ListAsync($"company={world.Alfa}&type=P")).ShouldBe([world.Pending.ToString(), world.RecordedMessage.ToString()]);
        (await ListAsync($"company={world.Alfa}&type=T")).Count.ShouldBe(1);
        (await ListAsync("type=R")).ShouldBeEmpty();
        (await ListAsync("from=2024-02-27&to=2024-02-27")).ShouldBe([world.RecordedMessage.ToString()]);
        (await owner.Http.GetAsync("app/messages?type=X", Token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var message = await owner.PageAsync($"app/messages/{world.Pending}");
        message.ShouldContain("cif_emitent=8000000000");
        message.ShouldContain("data-field=\"downloaded\"");
    }

    [Fact]
    public async Task The_triage_row_of_a_message_near_anafs_purge_links_to_its_page()
    {
        using var owner = await world.SignInAsync(IncomingWorld.OwnerEmail);

        var triage = await owner.PageAsync("app");

        SignedInClient.Attributes(triage, "message").ShouldContain(world.Pending.ToString());
        triage.ShouldContain($"href=\"/app/messages/{world.Pending}\"");
    }
}
