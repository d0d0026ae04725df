using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Storage.Archive;

/// <summary>One invoice of a company's archive: what the database knows of it beyond its documents.</summary>
/// <param name="Id">The invoice's id (outgoing or received).</param>
/// <param name="Owner"><see cref="DocumentOwnerType.Invoice"/> for an issued invoice, <see cref="DocumentOwnerType.Incoming"/> for a received one.</param>
/// <param name="Number">BT-1.</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="State">The issued invoice's state (<c>accepted</c>, <c>rejected</c>, ...), or <c>received</c>.</param>
/// <param name="UploadIndex">ANAF's upload index (index_incarcare) of an issued invoice, once uploaded.</param>
/// <param name="DownloadId">ANAF's download id (id_descarcare): the verdict of an issued invoice, the message of a received one.</param>
/// <param name="Signature">The check of ANAF's signature on the ZIP (<c>verified</c>, <c>unknown-signer</c>, <c>invalid</c>), or null.</param>
public sealed record ArchivedInvoice(
    Guid Id, DocumentOwnerType Owner, string Number, DateOnly IssueDate, string State, string? UploadIndex, string? DownloadId, string? Signature);
