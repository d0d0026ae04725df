using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>An invoice state as refusals write it: the API's lowercase name, or "gone" when the invoice vanished.</summary>
public static class InvoiceStateNames
{
    /// <summary>The name of <paramref name="state"/>.</summary>
    public static string Of(InvoiceState? state) => state?.ToString().ToLowerInvariant() ?? "gone";
}
