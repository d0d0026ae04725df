namespace Efactura.Server.Application;

/// <summary>
/// The public addresses of the gateway's resources (<c>/v1/invoices/{id}</c>, <c>/v1/companies/{id}</c>): how a
/// refusal names the thing in the way, and the API's <c>Location</c> headers and links.
/// </summary>
public static class ResourcePaths
{
    /// <summary>The path of an invoice.</summary>
    public static string Invoice(Guid invoiceId) => $"/v1/invoices/{invoiceId}";

    /// <summary>The path of a company.</summary>
    public static string Company(Guid companyId) => $"/v1/companies/{companyId}";
}
