namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// Where an invoice is on its way to ANAF (DESIGN §4.3): draft → issued → scheduled → queued → uploading →
/// submitted → accepted | rejected, with reconciling (an upload of unknown outcome), failed and voided.
/// <see cref="InvoiceStateMachine"/> lists the allowed transitions.
/// </summary>
public enum InvoiceState
{
    /// <summary>Saved, not issued: may still change.</summary>
    Draft,

    /// <summary>Issued: its number is used; not yet planned for upload (autoSend off).</summary>
    Issued,

    /// <summary>Waiting for the company's delay before upload.</summary>
    Scheduled,

    /// <summary>Due for upload.</summary>
    Queued,

    /// <summary>An upload is under way.</summary>
    Uploading,

    /// <summary>The upload's outcome is unknown: ANAF's message list is searched before any new upload.</summary>
    Reconciling,

    /// <summary>ANAF took the upload (index_incarcare); its verdict is polled.</summary>
    Submitted,

    /// <summary>ANAF accepted it: final.</summary>
    Accepted,

    /// <summary>ANAF rejected it, with findings: final.</summary>
    Rejected,

    /// <summary>Failed for good for a reason other than a rejection, explained; may be retried.</summary>
    Failed,

    /// <summary>Cancelled: a discarded draft, or an accepted invoice cancelled by a credit note.</summary>
    Voided,
}
