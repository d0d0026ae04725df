using System.Globalization;
using System.Net.Http.Headers;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Anaf.Transport;

namespace Efactura.Anaf;

public sealed partial class AnafClient
{
    private const string UploadNamespace = "mfp:anaf:dgti:spv:respUploadFisier:v1";

    /// <summary>
    /// Uploads a document (anaf-api.md §2). Sent once: when the answer is lost after sending (timeout,
    /// dropped connection, 5xx, 204) the result is <see cref="UnknownOutcome"/> and nothing is re-sent; only an
    /// HTTP 429, or a connection that was never established, is tried again.
    /// </summary>
    public async Task<UploadResult> UploadAsync(UploadRequest upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var cif = Digits(upload.Cif);
        if (upload.Standard == UploadStandard.RASP && await ConsumeAsync(DailyQuota.BuyerMessagesPerCui, cif, cancellationToken) is { } exhausted)
            return new UploadRefused(exhausted);
        var query = $"{(upload.BusinessToConsumer ? "uploadb2c" : "upload")}?standard={upload.Standard}&cif={Uri.EscapeDataString(cif)}"
            + (upload.External ? "&extern=DA" : "") + (upload.SelfBilled ? "&autofactura=DA" : "") + (upload.Enforcement ? "&executare=DA" : "");
        var exchange = await SendAsync(HttpMethod.Post, Api(query), () =>
        {
            var content = new ByteArrayContent(upload.Document);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            return content;
        }, CallSafety.NotIdempotent, authenticated: true, cancellationToken);
        return ReadUpload(exchange);
    }

    /// <summary>
    /// Sends the buyer's message <paramref name="message"/> as <paramref name="buyerCif"/> (<c>upload?standard=RASP</c>,
    /// anaf-api.md §10). It spends one of the CIF's daily RASP uploads (1000 a day, anaf-api.md §7) before it is sent.
    /// </summary>
    public Task<UploadResult> SendBuyerMessageAsync(string buyerCif, BuyerMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Problem() is { } problem) throw new ArgumentException(problem, nameof(message));
        return UploadAsync(new UploadRequest(message.ToXml(), buyerCif, UploadStandard.RASP), cancellationToken);
    }

    private static UploadResult ReadUpload(Exchange exchange)
    {
        if (exchange is TransportFailure failure)
        {
            var error = AnswerReader.Failure(failure)!;
            return failure.MayHaveBeenSent ? new UnknownOutcome(error) : new UploadRefused(error);
        }
        var answer = (HttpAnswer)exchange;
        if (AnswerReader.Failure(answer) is { } refused)
            return refused.Kind is AnafErrorKind.ServerError or AnafErrorKind.UnexpectedStatus or AnafErrorKind.NoContent
                ? new UnknownOutcome(refused)
                : new UploadRefused(refused);
        if (AnswerReader.Header(answer, UploadNamespace) is not { } header) return new UnknownOutcome(AnswerReader.Unexpected(answer, "the upload answer"));
        var errors = AnswerReader.ErrorMessages(header, "Errors");
        var index = (string?)header.Attribute("index_incarcare");
        if ((string?)header.Attribute("ExecutionStatus") == "0" && errors.Count == 0 && long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var uploadIndex))
            return new UploadAccepted(uploadIndex, Compact((string?)header.Attribute("dateResponse")));
        return errors.Count > 0 ? new UploadRefused(AnswerReader.Refused(answer, errors)) : new UnknownOutcome(AnswerReader.Unexpected(answer, "an index or errors"));
    }

    private static DateTime? Compact(string? value) =>
        DateTime.TryParseExact(value, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
}
