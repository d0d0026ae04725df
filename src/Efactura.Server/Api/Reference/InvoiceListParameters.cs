using Efactura.Server.Storage.Invoices;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// The filters of <c>GET /v1/invoices</c> for the OpenAPI document: the handler reads them from the query itself
/// (<c>InvoiceListQuery</c>, so a malformed one is a problem+json answer), which the generator cannot see.
/// </summary>
public static class InvoiceListParameters
{
    /// <summary>Documents the filters on the endpoint's operation.</summary>
    public static RouteHandlerBuilder DocumentsInvoiceFilters(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Parameters ??= [];
            // The answers' InvoiceState schema (its values are the strings the API writes and reads).
            Add(operation, "state", "Only invoices in these states: comma-separated or repeated (state=queued&state=uploading).", new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchemaReference(nameof(InvoiceState), context.Document),
            }, explode: true);
            Add(operation, "companyId", "Only the invoices of this company (its id).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" });
            Add(operation, "number", "Only the invoice with this number (BT-1).", new OpenApiSchema { Type = JsonSchemaType.String });
            Add(operation, "customer", "The customer's identifier (VAT number with or without RO, CUI, CNP) or part of its name.", new OpenApiSchema { Type = JsonSchemaType.String });
            Add(operation, "issuedFrom", "Issued on or after this date (BT-2), yyyy-MM-dd.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            Add(operation, "issuedTo", "Issued on or before this date (BT-2), yyyy-MM-dd.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            return Task.CompletedTask;
        });
    }

    private static void Add(OpenApiOperation operation, string name, string description, OpenApiSchema schema, bool explode = false)
    {
        if (operation.Parameters!.Any(p => p.Name == name && p.In == ParameterLocation.Query)) return;
        operation.Parameters!.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Schema = schema,
            Style = explode ? ParameterStyle.Form : null,
            Explode = explode,
        });
    }
}
