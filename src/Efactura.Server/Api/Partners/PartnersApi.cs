using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Api.Partners;

/// <summary>
/// A company's partners (the suppliers of its received invoices) and their products, listed and searched
/// (<c>?q=</c>, case and diacritics ignored, at most <see cref="SearchText.MaxQueryLength"/> characters).
/// </summary>
public static class PartnersApi
{
    private const string Tag = "Partners";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/companies/{id}/partners", ListAsync)
            .WithTags(Tag)
            .WithName("listPartners")
            .WithSummary("The company's partners (suppliers of its received invoices), newest first; ?q= searches name, CUI/CNP, VAT number and trade register; cursor paging: ?cursor=&limit=")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/companies/{id}/partners/{partnerId}", GetAsync)
            .WithTags(Tag)
            .WithName("getPartner")
            .WithSummary("A partner of the company, as its newest received invoice describes it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/companies/{id}/partners/{partnerId}/products", ProductsAsync)
            .WithTags(Tag)
            .WithName("listPartnerProducts")
            .WithSummary("The products a partner invoiced, with the last unit price; ?q= searches name, seller's item id and CPV/NC codes; cursor paging: ?cursor=&limit=")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<JsonOk<ListResponse<PartnerResponse>>, ProblemAnswer>> ListAsync(
        string id, string? q, string? cursor, string? limit, HttpContext http, PartnerRepository partners, CompanyRepository companies,
        CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "company", out var companyId) is { } bad) return bad;
        if (Query(q) is { } badQuery) return badQuery;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        var tenantId = http.Tenant().Id;
        if (await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"There is no company {companyId}.");
        try
        {
            var found = await partners.ListAsync(tenantId, companyId, q, page, cancellationToken).ConfigureAwait(false);
            return new JsonOk<ListResponse<PartnerResponse>>(new ListResponse<PartnerResponse>([.. found.Items.Select(PartnerResponse.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<JsonOk<PartnerResponse>, ProblemAnswer>> GetAsync(
        string id, string partnerId, HttpContext http, PartnerRepository partners, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "company", out var companyId) is { } bad) return bad;
        if (RequestIds.TryPath(partnerId, "partner", out var partner) is { } badPartner) return badPartner;
        var found = await partners.GetAsync(http.Tenant().Id, companyId, partner, cancellationToken).ConfigureAwait(false);
        return found is null
            ? ApiProblem.NotFound($"Company {companyId} has no partner {partner}.")
            : new JsonOk<PartnerResponse>(PartnerResponse.From(found));
    }

    private static async Task<Results<JsonOk<ListResponse<ProductResponse>>, ProblemAnswer>> ProductsAsync(
        string id, string partnerId, string? q, string? cursor, string? limit, HttpContext http, PartnerRepository partners, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "company", out var companyId) is { } bad) return bad;
        if (RequestIds.TryPath(partnerId, "partner", out var partner) is { } badPartner) return badPartner;
        if (Query(q) is { } badQuery) return badQuery;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        var tenantId = http.Tenant().Id;
        if (await partners.GetAsync(tenantId, companyId, partner, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"Company {companyId} has no partner {partner}.");
        try
        {
            var found = await partners.ListProductsAsync(tenantId, partner, q, page, cancellationToken).ConfigureAwait(false);
            return new JsonOk<ListResponse<ProductResponse>>(new ListResponse<ProductResponse>([.. found.Items.Select(ProductResponse.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static ProblemAnswer? Query(string? q) => q is { Length: > SearchText.MaxQueryLength }
        ? ApiProblem.BadRequest($"q is {q.Length} characters long; search with at most {SearchText.MaxQueryLength}.")
        : null;
}
