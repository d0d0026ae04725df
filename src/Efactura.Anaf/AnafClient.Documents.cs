using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Anaf.Transport;

namespace Efactura.Anaf;

public sealed partial class AnafClient
{
    /// <summary>descarcare: the ZIP of a message, read within <see cref="AnafClientOptions.ArchiveLimits"/> (anaf-api.md §5).</summary>
    public async Task<AnafResult<DownloadedArchive>> DownloadAsync(long downloadId, CancellationToken cancellationToken = default)
    {
        var key = downloadId.ToString(CultureInfo.InvariantCulture);
        if (await ConsumeAsync(DailyQuota.DownloadPerMessage, key, cancellationToken) is { } exhausted) return AnafResult<DownloadedArchive>.Failure(exhausted);
        var exchange = await SendAsync(HttpMethod.Get, Api("descarcare?id=" + key), () => null, CallSafety.Idempotent, authenticated: true, cancellationToken);
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<DownloadedArchive>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (AnafArchive.LooksLikeZip(answer.Body)) return OpenArchive(answer.Body);
        return AnswerReader.Json(answer) is { } json && AnswerReader.String(json, "eroare") is { } error
            ? AnafResult<DownloadedArchive>.Failure(AnswerReader.Refused(answer, [error]))
            : AnafResult<DownloadedArchive>.Failure(AnswerReader.Unexpected(answer, "a ZIP or {\"eroare\"}"));
    }

    /// <summary>
    /// A ZIP downloaded before (kept byte for byte), read and checked as <see cref="DownloadAsync"/> reads and checks
    /// a fresh download: within <see cref="AnafClientOptions.ArchiveLimits"/>, its signature against
    /// <see cref="AnafClientOptions.Signers"/>. No call to ANAF: nothing of the message's daily downloads is spent.
    /// </summary>
    public AnafResult<DownloadedArchive> OpenArchive(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var contents = AnafArchive.Read(zip, _options.ArchiveLimits);
        return contents.IsSuccess
            ? AnafResult<DownloadedArchive>.Success(new DownloadedArchive(zip, contents.Value)
            {
                Signature = ArchiveSignatureVerifier.Verify(contents.Value, _options.Signers),
            })
            : contents.Cast<DownloadedArchive>();
    }

    /// <summary>validare: ANAF's verdict on a document without uploading it (anaf-api.md §6.1). A <c>nok</c> is a report, not an error.</summary>
    public async Task<AnafResult<ValidationReport>> ValidateAsync(byte[] document, ValidationStandard standard, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var exchange = await SendAsync(HttpMethod.Post, new Uri(_options.Endpoints.Public, $"validare/{standard}"), () => PlainText(document),
            CallSafety.Idempotent, authenticated: false, cancellationToken);
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<ValidationReport>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        return Verdict(answer) is { } report
            ? AnafResult<ValidationReport>.Success(report)
            : AnafResult<ValidationReport>.Failure(AnswerReader.Unexpected(answer, "{stare, Messages, trace_id}"));
    }

    /// <summary>transformare: ANAF's PDF of a document (anaf-api.md §6.2); a <c>nok</c> comes back as a refusal with ANAF's messages.</summary>
    public async Task<AnafResult<byte[]>> TransformToPdfAsync(byte[] document, ValidationStandard standard, bool validate = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = $"transformare/{standard}" + (validate ? "" : "/DA");
        var exchange = await SendAsync(HttpMethod.Post, new Uri(_options.Endpoints.Public, path), () => PlainText(document),
            CallSafety.Idempotent, authenticated: false, cancellationToken);
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<byte[]>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (answer.Body.AsSpan().StartsWith("%PDF-"u8)) return AnafResult<byte[]>.Success(answer.Body);
        return Verdict(answer) is { IsValid: false } report
            ? AnafResult<byte[]>.Failure(AnswerReader.Refused(answer, report.Messages))
            : AnafResult<byte[]>.Failure(AnswerReader.Unexpected(answer, "a PDF or a nok"));
    }

    /// <summary>
    /// ANAF's check of a document and its signature from the same ZIP (anaf-api.md §6.3). To verify
    /// locally without a call, use <see cref="ArchiveSignatureVerifier"/>.
    /// </summary>
    public async Task<AnafResult<RemoteSignatureCheck>> ValidateSignatureAsync(byte[] document, byte[] signature, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signature);
        var exchange = await SendAsync(HttpMethod.Post, _options.Endpoints.SignatureValidation, () => new MultipartFormDataContent
        {
            { Xml(document), "file", "factura.xml" },
            { Xml(signature), "signature", "semnatura.xml" },
        }, CallSafety.Idempotent, authenticated: false, cancellationToken);
        if (exchange is HttpAnswer { Status: 400 } bad && AnswerReader.Json(bad) is { } problem && AnswerReader.String(problem, "msg") is { } reason)
            return AnafResult<RemoteSignatureCheck>.Failure(new AnafError { Kind = AnafErrorKind.BadRequest, HttpStatus = 400, Messages = [reason] });
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<RemoteSignatureCheck>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (AnswerReader.Json(answer) is not { } json || AnswerReader.String(json, "msg") is not { } message)
            return AnafResult<RemoteSignatureCheck>.Failure(AnswerReader.Unexpected(answer, "{\"msg\"}"));
        var valid = message.StartsWith("Fișierele încărcate au fost validate cu succes", StringComparison.Ordinal);
        return AnafResult<RemoteSignatureCheck>.Success(new RemoteSignatureCheck(valid, message));
    }

    private static ValidationReport? Verdict(HttpAnswer answer)
    {
        if (AnswerReader.Json(answer) is not { } json || AnswerReader.String(json, "stare") is not { } state) return null;
        var messages = json.TryGetProperty("Messages", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => AnswerReader.String(m, "message") ?? "").ToList()
            : [];
        return new ValidationReport(state == "ok", messages, AnswerReader.String(json, "trace_id") ?? "");
    }

    // validare and transformare: "Pe headers trebuie trecut Content-Type = text/plain" (anaf-api.md §6.1).
    private static ByteArrayContent PlainText(byte[] document)
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return content;
    }

    private static ByteArrayContent Xml(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        return content;
    }
}
