using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Application.Invoices;

/// <summary>An invoice JSON ready to be read: its customer filled from the partner it named, when it named one.</summary>
/// <param name="Json">The JSON to validate and store: as posted when no partner is named.</param>
/// <param name="Company">The company whose partner was named (the invoice's company); null when none was named.</param>
/// <param name="PartnerId">The partner the customer was filled from, or null.</param>
public sealed record FilledInvoiceJson(byte[] Json, Company? Company, Guid? PartnerId)
{
    /// <summary>The JSON as posted, naming no partner.</summary>
    public static FilledInvoiceJson AsPosted(byte[] json) => new(json, null, null);
}
