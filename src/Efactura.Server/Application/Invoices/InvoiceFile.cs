namespace Efactura.Server.Application.Invoices;

/// <summary>A document of an invoice, ready to hand out.</summary>
/// <param name="Content">Its bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, lowercase hex (the API's ETag).</param>
/// <param name="ContentType">Its media type: application/xml, application/zip or application/pdf.</param>
/// <param name="FileName">A file name made of the invoice number (characters unsafe in a file name replaced by <c>_</c>).</param>
public sealed record InvoiceFile(byte[] Content, string Sha256, string ContentType, string FileName);
