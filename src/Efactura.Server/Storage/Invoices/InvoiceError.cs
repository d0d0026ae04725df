namespace Efactura.Server.Storage.Invoices;

/// <summary>Why an invoice failed or was rejected.</summary>
/// <param name="Code">A short code (an ANAF message id or ours).</param>
/// <param name="Details">The findings, as JSON (all of them, translated).</param>
public sealed record InvoiceError(string Code, string Details);
