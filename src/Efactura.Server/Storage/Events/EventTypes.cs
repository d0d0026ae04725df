namespace Efactura.Server.Storage.Events;

/// <summary>
/// The event types webhooks can subscribe to (DESIGN §4.4). Other events are recorded (every invoice state
/// transition is, as <c>invoice.&lt;state&gt;</c>) but never sent.
/// </summary>
public static class EventTypes
{
    /// <summary>An invoice was issued (its number is final).</summary>
    public const string InvoiceIssued = "invoice.issued";

    /// <summary>ANAF took the upload (it has an index_incarcare).</summary>
    public const string InvoiceSubmitted = "invoice.submitted";

    /// <summary>ANAF accepted the invoice; the signed ZIP is stored.</summary>
    public const string InvoiceAccepted = "invoice.accepted";

    /// <summary>ANAF rejected the invoice; the findings are attached.</summary>
    public const string InvoiceRejected = "invoice.rejected";

    /// <summary>The invoice failed permanently for a reason other than a rejection.</summary>
    public const string InvoiceFailed = "invoice.failed";

    /// <summary>The legal upload deadline (5 working days) is near.</summary>
    public const string InvoiceDeadlineApproaching = "invoice.deadline_approaching";

    /// <summary>
    /// A buyer's reply (RASP, an SPV message MESAJ CUMPARATOR) to one of the company's invoices was downloaded; its
    /// <c>invoiceId</c> is null when no outgoing invoice of the company has the upload index it names. Once per message.
    /// </summary>
    public const string InvoiceReplyReceived = "invoice.reply_received";

    /// <summary>An incoming invoice was downloaded and parsed.</summary>
    public const string IncomingReceived = "incoming.received";

    /// <summary>
    /// A received invoice ANAF lists is not downloaded yet and ANAF's 60 days of keeping it run out soon
    /// (<see cref="Workers.Incoming.ExpiryWatcher"/>); once per message.
    /// </summary>
    public const string IncomingExpiring = "incoming.expiring";

    /// <summary>A company's refresh token is about to die.</summary>
    public const string ConnectionExpiring = "connection.expiring";

    /// <summary>A company's connection expired; it must connect again.</summary>
    public const string ConnectionExpired = "connection.expired";

    /// <summary>Every type a webhook may subscribe to.</summary>
    public static IReadOnlySet<string> Subscribable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        InvoiceIssued, InvoiceSubmitted, InvoiceAccepted, InvoiceRejected, InvoiceFailed, InvoiceDeadlineApproaching, InvoiceReplyReceived,
        IncomingReceived, IncomingExpiring, ConnectionExpiring, ConnectionExpired,
    };
}
