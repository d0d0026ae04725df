namespace Efactura.Server.Api.Reference;

/// <summary>
/// Endpoint metadata for the OpenAPI document: the body of an endpoint that reads its body itself (as bytes, so it can
/// take JSON or XML and answer any other media type with problem+json), or the statement that an endpoint reads none.
/// <c>Accepts</c> metadata would make routing answer other media types with a bare 415, so these say it to the
/// document only. Every POST, PUT and PATCH carries a body description or <see cref="NoRequestBody"/> (a test checks).
/// </summary>
public static class RequestBodyDocumentation
{
    /// <summary>The body is the invoice JSON contract (docs/json-contract.md); with <paramref name="orXml"/>, UBL XML too.</summary>
    public static RouteHandlerBuilder AcceptsInvoice(this RouteHandlerBuilder builder, bool orXml = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new InvoiceRequestBody(orXml));
    }

    /// <summary>The endpoint reads no body (any body sent is ignored).</summary>
    public static RouteHandlerBuilder TakesNoBody(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new NoRequestBody());
    }
}

/// <summary>Metadata: the request body is an invoice, as JSON, or (<paramref name="OrXml"/>) as UBL XML.</summary>
/// <param name="OrXml">Whether UBL 2.1 XML (<c>application/xml</c>, <c>text/xml</c>) is accepted besides JSON.</param>
public sealed record InvoiceRequestBody(bool OrXml);

/// <summary>Metadata: the endpoint reads no request body.</summary>
public sealed record NoRequestBody;
