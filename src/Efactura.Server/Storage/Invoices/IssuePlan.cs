using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// What follows an issue (gateway flow, step 1): the invoice stays <see cref="InvoiceState.Issued"/> (autoSend off),
/// waits <see cref="InvoiceState.Scheduled"/> for the company's delay, or is <see cref="InvoiceState.Queued"/> for upload now.
/// </summary>
/// <param name="Then">Issued, Scheduled or Queued.</param>
/// <param name="NextAttemptAt">When the submitter should look at it; null when it stays issued.</param>
public sealed record IssuePlan(InvoiceState Then, DateTimeOffset? NextAttemptAt)
{
    /// <summary>Stays issued until a submit.</summary>
    public static IssuePlan Keep { get; } = new(InvoiceState.Issued, null);

    /// <summary>Queued for upload at <paramref name="now"/>.</summary>
    public static IssuePlan QueueAt(DateTimeOffset now) => new(InvoiceState.Queued, now);

    /// <summary>The plan <paramref name="settings"/> give an invoice issued at <paramref name="issuedAt"/>.</summary>
    public static IssuePlan For(CompanySettings settings, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.AutoSend) return Keep;
        return settings.DelayHours > 0
            ? new(InvoiceState.Scheduled, issuedAt.AddHours(settings.DelayHours))
            : QueueAt(issuedAt);
    }
}
