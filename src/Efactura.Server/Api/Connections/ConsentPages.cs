using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Anaf;
using Efactura.Server.Application.Connections;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Efactura.Server.Api.Connections;

/// <summary>
/// The consent's browser pages, mapped without the API key: ANAF's redirect to <c>/v1/anaf/callback</c> and the
/// token link opened on another device.
/// </summary>
public static class ConsentPages
{
    /// <summary>Maps <c>GET /v1/anaf/callback</c> and <c>GET /v1/anaf/token-links/{linkToken}</c> on the application.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ConsentAddresses.CallbackPath, CallbackAsync)
            .AllowAnonymous()
            .WithTags("ANAF connection")
            .WithName("anafCallback")
            .WithSummary("ANAF's redirect after the certificate login (opened by the browser, no API key)")
            .WithDescription("Spends the one-time state, exchanges the code for tokens and stores them encrypted. Answers an HTML page: connected, or why not.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/html")
            .Produces<string>(StatusCodes.Status502BadGateway, "text/html");
        app.MapGet("/v1/anaf/token-links/{linkToken}", OpenTokenLinkAsync)
            .AllowAnonymous()
            .WithTags("ANAF connection")
            .WithName("openAnafTokenLink")
            .WithSummary("Opens a token link on the device with the certificate (no API key)")
            .WithDescription("Redirects to ANAF's authorize page for the link's company; the callback completes the connection and spends the link.")
            .Produces(StatusCodes.Status302Found)
            .Produces<string>(StatusCodes.Status404NotFound, "text/html")
            .Produces<string>(StatusCodes.Status410Gone, "text/html");
    }

    private static async Task<ContentHttpResult> CallbackAsync(
        string? code, string? state, string? error, [FromQuery(Name = "error_description")] string? errorDescription,
        AnafConsent consent, CompanyRepository companies, CancellationToken cancellationToken)
    {
        // RFC 6749 §4.1.2.1: a refused or failed login comes back as ?error= (and error_description).
        if (!string.IsNullOrEmpty(error))
        {
            return ConsentPage.Failed(StatusCodes.Status400BadRequest,
                $"ANAF did not grant access ({error}{(string.IsNullOrEmpty(errorDescription) ? "" : ": " + errorDescription)}). Start the connection again.");
        }
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(code))
            return ConsentPage.Failed(StatusCodes.Status400BadRequest, "The callback needs both the code and the state ANAF sends back. Start the connection again.");

        var outcome = await consent.CompleteAsync(state, code, cancellationToken).ConfigureAwait(false);
        if (outcome.Connection is not { } connection) return ConsentPage.Failed(StatusOf(outcome.Failure!.Value), outcome.Reason!);
        var company = await companies.GetAsync(connection.TenantId, connection.CompanyId, cancellationToken).ConfigureAwait(false);
        return ConsentPage.Connected(company?.Name ?? connection.CompanyId.ToString(), connection.AccessExpiresAt, connection.RefreshExpiresAt);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> OpenTokenLinkAsync(
        string linkToken, HttpRequest request, AnafAuthorizationRepository authorizations, CompanyRepository companies, AnafConsent consent,
        AnafOptions options, CancellationToken cancellationToken)
    {
        var check = await authorizations.CheckTokenLinkAsync(linkToken, cancellationToken).ConfigureAwait(false);
        if (check.Link is not { } link) return LinkRefused(check.Check);
        var company = await companies.GetAsync(link.TenantId, link.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return ConsentPage.Failed(StatusCodes.Status404NotFound, "The company this link was made for no longer exists.");
        var authorize = await consent.StartAsync(company, ConsentAddresses.RedirectUri(request, options), link.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Redirect(authorize.AbsoluteUri);
    }

    private static ContentHttpResult LinkRefused(OneTimeCheck check) => check switch
    {
        OneTimeCheck.Expired => ConsentPage.Failed(StatusCodes.Status410Gone,
            $"This link has expired (links work for {AnafConsent.TokenLinkLifetime.TotalHours:0} hours). Ask for a new one."),
        OneTimeCheck.Used => ConsentPage.Failed(StatusCodes.Status410Gone,
            "This link has already been used to connect the company. Ask for a new one if it must be connected again."),
        _ => ConsentPage.Failed(StatusCodes.Status404NotFound, "This link is not known. Check that it was copied whole."),
    };

    private static int StatusOf(ConsentFailure failure) => failure switch
    {
        ConsentFailure.CompanyGone => StatusCodes.Status404NotFound,
        ConsentFailure.AnafRefused => StatusCodes.Status502BadGateway,
        ConsentFailure.LinkUsed => StatusCodes.Status410Gone,
        _ => StatusCodes.Status400BadRequest,
    };
}
