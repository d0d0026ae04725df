using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Storage.Invoices;

/// <summary>A stored invoice and where it is on its way to ANAF.</summary>
/// <param name="Id">Its id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The supplier company.</param>
/// <param name="Number">BT-1.</param>
/// <param name="TypeCode">BT-3.</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="Currency">BT-5.</param>
/// <param name="TotalAmount">BT-115, exact.</param>
/// <param name="CustomerId">The buyer's identifier.</param>
/// <param name="CustomerName">The buyer's name.</param>
/// <param name="State">Its state.</param>
/// <param name="Environment">The environment override, or null for the company's.</param>
/// <param name="InputJson">The JSON as received.</param>
/// <param name="CreditNoteFor">The invoice this credit note cancels, if any.</param>
/// <param name="IndexIncarcare">ANAF's upload index, once uploaded.</param>
/// <param name="IdDescarcare">ANAF's download id of the verdict, once known.</param>
/// <param name="UploadAttempts">How many uploads were attempted.</param>
/// <param name="NextAttemptAt">When a worker should next look at it, or null when nothing is due.</param>
/// <param name="ClaimedBy">The worker holding it, or null.</param>
/// <param name="ClaimedUntil">When that worker's lease ends.</param>
/// <param name="ErrorCode">The last error's code, or null.</param>
/// <param name="ErrorDetails">The last error's details (JSON findings), or null.</param>
/// <param name="Version">Grows with every change.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="SubmittedAt">When ANAF took the upload.</param>
/// <param name="CompletedAt">When it reached a final state.</param>
public sealed record InvoiceRecord(
    Guid Id,
    Guid TenantId,
    Guid CompanyId,
    string Number,
    string TypeCode,
    DateOnly IssueDate,
    string Currency,
    decimal TotalAmount,
    string? CustomerId,
    string? CustomerName,
    InvoiceState State,
    AnafEnvironment? Environment,
    string InputJson,
    Guid? CreditNoteFor,
    string? IndexIncarcare,
    string? IdDescarcare,
    int UploadAttempts,
    DateTimeOffset? NextAttemptAt,
    string? ClaimedBy,
    DateTimeOffset? ClaimedUntil,
    string? ErrorCode,
    string? ErrorDetails,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? CompletedAt)
{
    /// <summary>When the last upload attempt began (the invoice entered <see cref="InvoiceState.Uploading"/>), or null.</summary>
    public DateTimeOffset? UploadStartedAt { get; init; }

    /// <summary>
    /// When the last upload attempt's request left for ANAF (committed just before sending), or null while it waits and
    /// when it never sent. Every proof that an upload is absent from ANAF counts from here, never from <see cref="UploadStartedAt"/>.
    /// </summary>
    public DateTimeOffset? UploadSentAt { get; init; }

    /// <summary>How many times ANAF's message list was searched for an upload of unknown outcome.</summary>
    public int ReconcileAttempts { get; init; }

    /// <summary>
    /// The check of ANAF's signature on the verdict's ZIP: <c>verified</c>, <c>unknown-signer</c> or <c>invalid</c>
    /// (<see cref="Efactura.Anaf.Archives.SignatureOutcomes"/>); null until the ZIP is downloaded.
    /// </summary>
    public string? Signature { get; init; }

    /// <summary>The company's partner the customer was filled from (<c>customer.partnerId</c>), or null.</summary>
    public Guid? CustomerPartnerId { get; init; }
}
