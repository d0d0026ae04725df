using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Application;
using Efactura.Server.Application.Companies;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Api.Companies;

/// <summary>
/// <c>/v1/companies</c>: the tenant's companies and their settings (DESIGN §4.3). A company of the <c>simulator</c>
/// environment is connected to the in-process simulator as soon as it is created (<see cref="CompanySetup"/>).
/// </summary>
public static class CompaniesApi
{
    private const string Tag = "Companies";

    /// <summary>The path of a company.</summary>
    public static string PathOf(Guid companyId) => ResourcePaths.Company(companyId);

    /// <summary>Maps the endpoints under <paramref name="v1"/>.</summary>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var companies = v1.MapGroup("/companies").WithTags(Tag);
        companies.MapPost("", CreateAsync)
            .WithName("CreateCompany").WithSummary("Creates a company (an ANAF taxpayer) with its settings")
            .Accepts<CompanyRequest>(JsonResponse.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        companies.MapGet("", ListAsync)
            .WithName("ListCompanies").WithSummary("Lists the companies, newest first, a page at a time")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        companies.MapGet("/{id}", GetAsync)
            .WithName("GetCompany").WithSummary("Gets a company and its settings")
            .ProducesProblem(StatusCodes.Status404NotFound);
        companies.MapPatch("/{id}", PatchAsync)
            .WithName("UpdateCompany").WithSummary("Changes a company's name and some of its settings; members left out keep their values")
            .Accepts<CompanyRequest>(JsonResponse.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        companies.MapPut("/{id}/settings", PutSettingsAsync)
            .WithName("ReplaceCompanySettings").WithSummary("Replaces a company's settings; members left out take their defaults")
            .Accepts<CompanySettingsRequest>(JsonResponse.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return companies;
    }

    private static async Task<Results<JsonCreated<CompanyResponse>, ProblemAnswer>> CreateAsync(HttpContext http, CompanySetup setup)
    {
        var (request, problem) = await RequestBody.ReadAsync<CompanyRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        var outcome = await setup.CreateAsync(http.Tenant().Id, request!.ToInput(), http.RequestAborted).ConfigureAwait(false);
        return outcome.Value is { } created
            ? new JsonCreated<CompanyResponse>(PathOf(created.Id), CompanyResponse.From(created))
            : ApiProblem.For(outcome.Refusal!);
    }

    private static async Task<Results<JsonOk<ListResponse<CompanyResponse>>, ProblemAnswer>> ListAsync(HttpContext http, CompanyRepository companies, string? cursor, string? limit)
    {
        var (page, problem) = PageQuery.Parse(cursor, limit);
        if (problem is not null) return problem;
        try
        {
            var found = await companies.ListAsync(http.Tenant().Id, page!, http.RequestAborted).ConfigureAwait(false);
            return new JsonOk<ListResponse<CompanyResponse>>(new ListResponse<CompanyResponse>([.. found.Items.Select(CompanyResponse.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor(cursor!);
        }
    }

    private static async Task<Results<JsonOk<CompanyResponse>, ProblemAnswer>> GetAsync(HttpContext http, CompanyRepository companies, string id)
    {
        var company = await FindAsync(http, companies, id).ConfigureAwait(false);
        return company is null ? NotFound(id) : new JsonOk<CompanyResponse>(CompanyResponse.From(company));
    }

    private static async Task<Results<JsonOk<CompanyResponse>, ProblemAnswer>> PatchAsync(HttpContext http, CompanyRepository companies, CompanySetup setup, string id)
    {
        // The company first: one the tenant does not have is 404 whatever the body (nothing to learn from a 400).
        if (await FindAsync(http, companies, id).ConfigureAwait(false) is not { Id: var companyId }) return NotFound(id);
        var (request, problem) = await RequestBody.ReadAsync<CompanyRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        return Ok(await setup.UpdateAsync(http.Tenant().Id, companyId, request!.ToInput(), http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<Results<JsonOk<CompanyResponse>, ProblemAnswer>> PutSettingsAsync(HttpContext http, CompanyRepository companies, CompanySetup setup, string id)
    {
        if (await FindAsync(http, companies, id).ConfigureAwait(false) is not { Id: var companyId }) return NotFound(id);
        var (request, problem) = await RequestBody.ReadAsync<CompanySettingsRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        return Ok(await setup.ReplaceSettingsAsync(http.Tenant().Id, companyId, request!.ToChanges(), http.RequestAborted).ConfigureAwait(false));
    }

    private static Results<JsonOk<CompanyResponse>, ProblemAnswer> Ok(Outcome<Company> outcome) =>
        outcome.Value is { } company ? new JsonOk<CompanyResponse>(CompanyResponse.From(company)) : ApiProblem.For(outcome.Refusal!);

    /// <summary>The tenant's company named by <paramref name="id"/>, or null (also for an id that is no UUID).</summary>
    internal static async Task<Company?> FindAsync(HttpContext http, CompanyRepository companies, string id) =>
        Guid.TryParse(id, out var companyId)
            ? await companies.GetAsync(http.Tenant().Id, companyId, http.RequestAborted).ConfigureAwait(false)
            : null;

    private static ProblemAnswer NotFound(string id) => ApiProblem.NotFound($"There is no company {id}.");

}
