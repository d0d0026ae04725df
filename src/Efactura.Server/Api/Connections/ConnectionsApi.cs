using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Anaf;
using Efactura.Server.Application.Connections;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Application;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Api.Connections;

/// <summary>
/// The ANAF connection under <c>/v1</c> (DESIGN §4.3): start a consent by redirect or by a token link for another
/// device, read the connection's state and token expiry, disconnect. The consent's browser pages are
/// <see cref="ConsentPages"/>.
/// </summary>
public static class ConnectionsApi
{
    private const string Tag = "ANAF connection";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/anaf/connect", ConnectAsync)
            .WithTags(Tag)
            .WithName("connectAnaf")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Starts the ANAF connection of a company: redirects to ANAF's certificate login")
            .WithDescription("Query companyId. Answers 302 to ANAF's authorize page with a one-time state (valid 15 minutes); ANAF sends the browser back to /v1/anaf/callback, which stores the tokens.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/anaf/token-links", CreateTokenLinkAsync)
            .WithTags(Tag)
            .WithName("createAnafTokenLink")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Makes a link that connects a company from another device")
            .WithDescription("The link works once, for 24 hours, without an API key: whoever holds the qualified certificate opens it and logs in at ANAF.")
            .Accepts<TokenLinkRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/companies/{id}/anaf", GetAsync)
            .WithTags(Tag)
            .WithName("getAnafConnection")
            .WithSummary("A company's ANAF connection: state and token expiry")
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapDelete("/companies/{id}/anaf", DisconnectAsync)
            .WithTags(Tag)
            .WithName("disconnectAnaf")
            .WithSummary("Disconnects a company from ANAF: its tokens are deleted")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<RedirectHttpResult, ProblemAnswer>> ConnectAsync(string? companyId, HttpContext http, AnafConsent consent, AnafOptions options, CancellationToken cancellationToken)
    {
        if (RequestIds.TryQuery(companyId, "companyId", out var id) is { } bad) return bad;
        if (id is null) return ApiProblem.BadRequest("companyId is required: the company to connect.");
        var started = await consent.StartAsync(http.Tenant().Id, id.Value, ConsentAddresses.RedirectUri(http.Request, options), cancellationToken).ConfigureAwait(false);
        return started.Value is { } authorize ? TypedResults.Redirect(authorize.AbsoluteUri) : ApiProblem.For(started.Refusal!);
    }

    private static async Task<Results<JsonCreated<TokenLinkResponse>, ProblemAnswer>> CreateTokenLinkAsync(HttpContext http, AnafConsent consent, AnafOptions options, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadAsync<TokenLinkRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        if (body!.CompanyId is not { } companyId) return ApiProblem.BadRequest("companyId is required: the company the link connects.");
        var created = await consent.CreateTokenLinkAsync(http.Tenant().Id, companyId, cancellationToken).ConfigureAwait(false);
        if (created.Value is not { } link) return ApiProblem.For(created.Refusal!);
        var url = new Uri($"{ConsentAddresses.PublicBase(http.Request, options)}/v1/anaf/token-links/{link.Value}");
        return new JsonCreated<TokenLinkResponse>(null, new TokenLinkResponse(link.Value, url, link.ExpiresAt));
    }

    private static async Task<Results<JsonOk<ConnectionResponse>, ProblemAnswer>> GetAsync(string id, HttpContext http, AnafConnectionRepository connections, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "company", out var companyId) is { } bad) return bad;
        var connection = await connections.GetAsync(http.Tenant().Id, companyId, cancellationToken).ConfigureAwait(false);
        return connection is null
            ? ApiProblem.NotFound($"Company {companyId} has no ANAF connection (or no such company exists): connect it with GET /v1/anaf/connect?companyId={companyId}.")
            : new JsonOk<ConnectionResponse>(ConnectionResponse.From(connection));
    }

    private static async Task<Results<NoContent, ProblemAnswer>> DisconnectAsync(string id, HttpContext http, AnafConnectionRepository connections, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "company", out var companyId) is { } bad) return bad;
        return await connections.DisconnectAsync(http.Tenant().Id, companyId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : ApiProblem.NotFound($"Company {companyId} has no ANAF connection (or no such company exists).");
    }

}
