namespace Efactura.Server.Workers;

/// <summary>
/// When to ask stareMesaj next about an upload, planned inside ANAF's 100 calls per message per day
/// (limiteApeluriAPI.txt, anaf-api.md §7): first <see cref="OutgoingInvoiceOptions.StatusFirstPoll"/> after the upload,
/// then intervals of half the upload's age, at least the first interval and at most
/// <see cref="OutgoingInvoiceOptions.StatusMaxInterval"/>; after <see cref="OutgoingInvoiceOptions.StatusSlowAfter"/>
/// every <see cref="OutgoingInvoiceOptions.StatusSlowInterval"/>, flagged as slow.
/// </summary>
public sealed class StatusPollSchedule(OutgoingInvoiceOptions options)
{
    /// <summary>The poll after one at <paramref name="now"/> for an upload submitted at <paramref name="submittedAt"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset submittedAt, DateTimeOffset now)
    {
        if (IsSlow(submittedAt, now)) return now + options.StatusSlowInterval;
        var half = (now - submittedAt) / 2;
        var interval = half < options.StatusFirstPoll ? options.StatusFirstPoll : half > options.StatusMaxInterval ? options.StatusMaxInterval : half;
        return now + interval;
    }

    /// <summary>True when the upload has waited longer for its verdict than ANAF normally takes.</summary>
    public bool IsSlow(DateTimeOffset submittedAt, DateTimeOffset now) => now - submittedAt >= options.StatusSlowAfter;

    /// <summary>Every poll time in [<paramref name="submittedAt"/>, <paramref name="until"/>) when ANAF answers "in prelucrare" each time.</summary>
    public IEnumerable<DateTimeOffset> Polls(DateTimeOffset submittedAt, DateTimeOffset until)
    {
        for (var at = submittedAt + options.StatusFirstPoll; at < until; at = Next(submittedAt, at)) yield return at;
    }
}
