using Efactura.Pdf;
using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Dashboard;

/// <summary>
/// Maps the dashboard: its pages under <c>/app</c>, its style sheet, and the invoice documents for the signed-in user
/// (the same documents as the API's, behind the session instead of an API key).
/// </summary>
public static class DashboardRoutes
{
    private static readonly Lazy<byte[]> StyleSheet = new(() =>
    {
        using var stream = typeof(DashboardRoutes).Assembly.GetManifestResourceStream("dashboard/dashboard.css")
            ?? throw new InvalidOperationException("the dashboard's style sheet is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Maps <c>/app/…</c>.</summary>
    public static IEndpointRouteBuilder MapEfacturaDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        app.MapGet(DashboardLinks.Root + "/dashboard.css", () => Results.Bytes(StyleSheet.Value, "text/css; charset=utf-8"))
            .ExcludeFromDescription();
        app.MapGet(DashboardLinks.Root + "/invoices/{id:guid}/documents/{kind}", DocumentAsync)
            .RequireAuthorization(DashboardAuthentication.Scheme)
            .ExcludeFromDescription();
        app.MapGet(DashboardLinks.Root + "/incoming/{id:guid}/documents/{kind}", IncomingDocumentAsync)
            .RequireAuthorization(DashboardAuthentication.Scheme)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Shows a small page for an error of a dashboard path that has no body of its own (404, 400, 403).</summary>
    public static IApplicationBuilder UseEfacturaDashboardErrors(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(DashboardLinks.Root), branch => branch.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var text = DashboardText.For(http);
            var status = http.Response.StatusCode;
            var message = status == StatusCodes.Status404NotFound ? text["notFound"] : text["refused"];
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"""
                <!DOCTYPE html><html lang="{text.Code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{status} · efactura</title><link rel="stylesheet" href="/app/dashboard.css"></head>
                <body><main id="main"><h1>{status}</h1><p>{System.Net.WebUtility.HtmlEncode(message)}</p><p><a href="/app">{text["triage"]}</a></p></main></body></html>
                """, http.RequestAborted).ConfigureAwait(false);
        }));

    // A received invoice's documents: ANAF's ZIP as downloaded, the XML, the signature, and our PDF rendered from the ZIP.
    private static async Task<IResult> IncomingDocumentAsync(
        HttpContext http, Guid id, string kind, string? lang, DashboardSession session, IncomingInvoiceRepository incoming, DocumentRepository documents,
        InvoicePdfs pdfs)
    {
        var user = await session.UserAsync(http.RequestAborted).ConfigureAwait(false);
        if (user is null) return Results.Challenge(authenticationSchemes: [DashboardAuthentication.Scheme]);
        var invoice = await incoming.GetAsync(user.TenantId, id, http.RequestAborted).ConfigureAwait(false);
        if (invoice is null || !DashboardSession.MaySee(user, invoice.Invoice.CompanyId)) return Results.NotFound();
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _)) return Results.NotFound();
        if (parsed == DocumentKind.Pdf)
        {
            var language = lang == "en" ? PdfLanguage.English : PdfLanguage.Romanian;
            var (pdf, _) = await pdfs.GetAsync(user.TenantId, DocumentOwnerType.Incoming, id, language, http.RequestAborted).ConfigureAwait(false);
            // The PDF opens in the browser (a preview).
            return pdf is null ? Results.NotFound() : Results.File(pdf.Content, DocumentMediaTypes.Of(DocumentKind.Pdf));
        }
        var document = await documents.GetAsync(user.TenantId, DocumentOwnerType.Incoming, id, parsed, http.RequestAborted).ConfigureAwait(false);
        if (document is null) return Results.NotFound();
        return Api.Incoming.DocumentDownload.Result(document, $"incoming-{id}");
    }

    private static async Task<IResult> DocumentAsync(
        HttpContext http, Guid id, string kind, string? lang, DashboardSession session, InvoiceRepository invoices, InvoiceFiles files)
    {
        var user = await session.UserAsync(http.RequestAborted).ConfigureAwait(false);
        if (user is null) return Results.Challenge(authenticationSchemes: [DashboardAuthentication.Scheme]);
        var invoice = await invoices.GetAsync(user.TenantId, id, http.RequestAborted).ConfigureAwait(false);
        if (invoice is null || !DashboardSession.MaySee(user, invoice.CompanyId)) return Results.NotFound();
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _)) return Results.NotFound();
        var language = lang == "en" ? PdfLanguage.English : PdfLanguage.Romanian;
        var outcome = await files.GetAsync(user.TenantId, invoice.Id, parsed, PdfSource.Efactura, language, http.RequestAborted).ConfigureAwait(false);
        if (outcome.Value is not { } file) return Results.NotFound();
        // The PDF opens in the browser (a preview); the others download under their file name.
        return parsed == DocumentKind.Pdf
            ? Results.File(file.Content, file.ContentType)
            : Results.File(file.Content, file.ContentType, file.FileName);
    }
}
