using System.Text.Json;
using System.Text.Json.Serialization;
using Efactura.Server.Api.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: every endpoint with its metadata, the API key as an HTTP Bearer
/// security scheme, required on every <c>/v1</c> operation except those that allow anonymous callers (the consent's
/// browser pages).
/// </summary>
public static class OpenApiDocumentSetup
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string SchemeName = "apiKey";

    /// <summary>The document's name (its services are keyed by it).</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the document is served.</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

    private static readonly Dictionary<string, (string Description, JsonSchemaType Type, string? Format, string[]? Values)> QueryParameters = new(StringComparer.Ordinal)
    {
        ["companyId"] = ("The company (its id).", JsonSchemaType.String, "uuid", null),
        ["cursor"] = ("The nextCursor of the previous page, unchanged; absent for the first page.", JsonSchemaType.String, null, null),
        ["limit"] = ("Items per page, 1 to 500; default 50.", JsonSchemaType.Integer, "int32", null),
        ["draft"] = ("true: save a draft (not issued, holds no number; issue it later); default false.", JsonSchemaType.Boolean, null, null),
        ["profile"] = ("The rules: ciusro (ANAF's, the default) or en16931 (the European norm alone).", JsonSchemaType.String, null, ["ciusro", "en16931"]),
        ["environment"] = ("Upload to this ANAF environment instead of the company's (stored on the invoice).", JsonSchemaType.String, null, ["test", "prod", "simulator"]),
    };

    /// <summary>The problem+json body's schema name (<see cref="ApiProblem"/>).</summary>
    public const string ProblemSchema = "Problem";

    /// <summary>Adds the OpenAPI document generator.</summary>
    public static IServiceCollection AddEfacturaOpenApi(this IServiceCollection services)
    {
        // The schemas are generated with the HTTP JSON options; every answer is written with ApiProblem.Json, so these
        // follow it: enums as their camelCase strings, nulls left out (so a nullable member is optional, below).
        // Numbers strictly as numbers: the API writes them so (requests may also send strings; the document gives the canonical form).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = ApiProblem.Json.PropertyNamingPolicy;
            o.SerializerOptions.DefaultIgnoreCondition = ApiProblem.Json.DefaultIgnoreCondition;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            if (!o.SerializerOptions.Converters.OfType<JsonStringEnumConverter>().Any())
                o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddSingleton(_ => CoreFieldDocumentation.Load());
        services.AddSingleton(_ => OperationExamples.Load());
        return services.AddOpenApi(DocumentName, options =>
        {
            options.AddSchemaTransformer(OpenApiTransformers.NullMeansAbsentAsync);
            options.AddOperationTransformer(OpenApiTransformers.RequestBodyAsync);
            options.AddOperationTransformer(OpenApiTransformers.ProblemResponsesAsync);
            options.AddOperationTransformer(OpenApiTransformers.ExamplesAsync);
            options.AddDocumentTransformer(OpenApiTransformers.ComponentsAsync);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "efactura gateway",
                    Version = "v1",
                    Description = "RO e-Factura (ANAF) gateway: invoices in, accepted e-Facturas out. Send the API key as 'Authorization: Bearer <api key>'. Errors are RFC 9457 problem+json.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The tenant's API key (efk_…), printed once when the tenant is created.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                // Endpoints read these as text (so a malformed value gets problem+json); the document says what they are.
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (parameter.In != ParameterLocation.Query || !QueryParameters.TryGetValue(parameter.Name ?? "", out var meaning)) continue;
                    parameter.Description ??= meaning.Description;
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = meaning.Type,
                        Format = meaning.Format,
                        Enum = meaning.Values is null ? null : [.. meaning.Values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v))],
                    };
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                var path = "/" + (context.Description.RelativePath ?? "");
                if (anonymous || !path.StartsWith("/v1/", StringComparison.Ordinal)) return Task.CompletedTask;
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("401", new OpenApiResponse
                {
                    Description = "No API key, or an unknown or revoked one.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ApiProblem.ContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                    },
                });
                return Task.CompletedTask;
            });
        });
    }
}
