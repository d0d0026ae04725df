using System.Globalization;
using Efactura.Anaf;
using Efactura.Anaf.Results;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Application.Incoming;

/// <summary>
/// The buyer's reply to a received invoice (RASP, anaf-api.md §10): sent to ANAF as the receiving company, naming the
/// invoice by the upload index ANAF listed it with, and recorded with the reply's own upload index.
/// </summary>
public sealed class BuyerReplies(
    IncomingInvoiceRepository incoming, SpvMessageRepository messages, IncomingReplyRepository replies, CompanyRepository companies, AnafClients anaf,
    TimeProvider time)
{
    /// <summary>
    /// How long a reply whose upload's answer was lost holds back the same text about the same invoice: ANAF may have it,
    /// and its list (minutes late, read by the hourly sync) shows it to the company, which then completes the reply. A
    /// reply still unknown after that is taken as lost.
    /// </summary>
    public static readonly TimeSpan UnknownOutcomeHold = TimeSpan.FromHours(24);

    /// <summary>The stable reason of the refusal to send a text again while its earlier send's outcome is unknown.</summary>
    public const string OutcomeUnknownReason = "reply-outcome-unknown";

    /// <summary>The most replies kept per received invoice: the list is answered whole, so it has a bound.</summary>
    public const int MaxPerInvoice = 100;

    /// <summary>The stable reason of the refusal when the CIF's 1000 RASP uploads of the day are used (anaf-api.md §7).</summary>
    public const string DailyLimitReason = "rasp-daily-limit";

    /// <summary>Sends <paramref name="text"/> about the tenant's received invoice <paramref name="incomingId"/>.</summary>
    public async Task<Outcome<IncomingReply>> SendAsync(Guid tenantId, Guid incomingId, string? text, CancellationToken cancellationToken)
    {
        var invoice = await incoming.GetAsync(tenantId, incomingId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return new Refusal.Missing($"There is no incoming invoice {incomingId}.");
        if (InvalidText(text) is { } invalid) return invalid;
        var company = await companies.GetAsync(tenantId, invoice.Invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return new Refusal.Missing($"There is no incoming invoice {incomingId}.");
        var listed = await messages.FindByAnafIdAsync(tenantId, company.Id, invoice.Invoice.AnafMessageId, cancellationToken).ConfigureAwait(false);
        if (!long.TryParse(listed?.RequestId, NumberStyles.None, CultureInfo.InvariantCulture, out var answeredIndex))
            return new Refusal.Conflict("no-upload-index",
                $"Incoming invoice {incomingId} has no upload index from ANAF's message list (message {invoice.Invoice.AnafMessageId}), so a reply cannot name it.");
        if ((await replies.ListAsync(tenantId, incomingId, MaxPerInvoice, cancellationToken).ConfigureAwait(false)).Count >= MaxPerInvoice)
            return new Refusal.Conflict("too-many-replies", $"Incoming invoice {incomingId} already has {MaxPerInvoice} replies, the most the gateway keeps per invoice.");
        var since = time.GetUtcNow() - UnknownOutcomeHold;
        if (await replies.FindUnknownAsync(tenantId, incomingId, text!, since, cancellationToken).ConfigureAwait(false) is { } pending)
            return new Refusal.Conflict(OutcomeUnknownReason,
                $"Reply {pending.Id} with the same text was sent at {pending.CreatedAt:yyyy-MM-dd HH:mm:ss}Z and ANAF's answer was lost: ANAF may have it. "
                + $"The sync completes it once ANAF lists it; send it again after {pending.CreatedAt + UnknownOutcomeHold:yyyy-MM-dd HH:mm}Z if it never does.");
        if (anaf.UnavailableReason(company.Settings.Environment) is { } unavailable)
            return new Refusal.Unavailable("anaf-unavailable", "ANAF's environment is not reachable", unavailable);

        var message = new BuyerMessage(answeredIndex, text!);
        UploadResult sent;
        try
        {
            var client = await anaf.ForCompanyAsync(company).ConfigureAwait(false);
            sent = await client.SendBuyerMessageAsync(company.Cui, message, cancellationToken).ConfigureAwait(false);
        }
        catch (AnafNotConnectedException)
        {
            return new Refusal.Conflict("anaf-not-connected", $"Company {company.Id} is not connected to ANAF: connect it first (GET /v1/anaf/connect?companyId={company.Id}).");
        }
        string? uploadIndex;
        switch (sent)
        {
            case UploadAccepted accepted:
                uploadIndex = accepted.UploadIndex.ToString(CultureInfo.InvariantCulture);
                break;
            case UnknownOutcome:
                uploadIndex = null; // recorded: ANAF may have it, and a second send could be a second message
                break;
            case UploadRefused { Error.IsDailyLimit: true } refused:
                return new Refusal.Conflict(DailyLimitReason,
                    $"The daily limit of buyer messages (RASP) for CIF {company.Cui} is reached ({refused.Error}); send it after midnight, Romanian time.");
            case UploadRefused refused:
                return new Refusal.Upstream("anaf-refused", "ANAF refused the reply", $"ANAF did not take the reply: {refused.Error}.");
            default:
                throw new InvalidOperationException($"Unknown upload result {sent.GetType().Name}.");
        }
        return await replies.AddAsync(tenantId, company.Id, incomingId, answeredIndex.ToString(CultureInfo.InvariantCulture), text!, uploadIndex, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The replies sent about the tenant's received invoice <paramref name="incomingId"/>, oldest first.</summary>
    public async Task<Outcome<IReadOnlyList<IncomingReply>>> ListAsync(Guid tenantId, Guid incomingId, CancellationToken cancellationToken)
    {
        if (await incoming.GetAsync(tenantId, incomingId, cancellationToken).ConfigureAwait(false) is null)
            return new Refusal.Missing($"There is no incoming invoice {incomingId}.");
        return Outcome<IReadOnlyList<IncomingReply>>.Success(await replies.ListAsync(tenantId, incomingId, MaxPerInvoice, cancellationToken).ConfigureAwait(false));
    }

    private static Refusal.Invalid? InvalidText(string? text)
    {
        var problem = text is null ? "The reply has no text." : new BuyerMessage(1, text).Problem();
        return problem is null
            ? null
            : new Refusal.Invalid("invalid-reply", "The reply cannot be sent", problem,
                [FieldFinding.Fatal("REPLY-TEXT", "/text", problem, $"Send a text of 1 to {BuyerMessage.MaxTextLength} characters, without control characters.")]);
    }
}
