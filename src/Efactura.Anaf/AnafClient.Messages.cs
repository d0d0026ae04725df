using System.Globalization;
using System.Text.Json;
using Efactura.Anaf.Messages;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Anaf.Transport;

namespace Efactura.Anaf;

public sealed partial class AnafClient
{
    private const string StatusNamespace = "mfp:anaf:dgti:efactura:stareMesajFactura:v1";

    /// <summary>stareMesaj: the processing state of an upload (anaf-api.md §3).</summary>
    public async Task<AnafResult<MessageStatus>> GetStatusAsync(long uploadIndex, CancellationToken cancellationToken = default)
    {
        var key = uploadIndex.ToString(CultureInfo.InvariantCulture);
        if (await ConsumeAsync(DailyQuota.StatusPerMessage, key, cancellationToken) is { } exhausted) return AnafResult<MessageStatus>.Failure(exhausted);
        var exchange = await SendAsync(HttpMethod.Get, Api("stareMesaj?id_incarcare=" + key), () => null, CallSafety.Idempotent, authenticated: true, cancellationToken);
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<MessageStatus>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (AnswerReader.Header(answer, StatusNamespace) is not { } header) return AnafResult<MessageStatus>.Failure(AnswerReader.Unexpected(answer, "the stareMesaj answer"));
        var errors = AnswerReader.ErrorMessages(header, "Errors");
        if (errors.Count > 0) return AnafResult<MessageStatus>.Failure(AnswerReader.Refused(answer, errors));
        var downloadId = long.TryParse((string?)header.Attribute("id_descarcare"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        MessageState? state = (string?)header.Attribute("stare") switch
        {
            "ok" => MessageState.Ok,
            "nok" => MessageState.Nok,
            "in prelucrare" => MessageState.Processing,
            "XML cu erori nepreluat de sistem" => MessageState.NotTaken,
            _ => null,
        };
        return state is { } known
            ? AnafResult<MessageStatus>.Success(new MessageStatus(known, downloadId))
            : AnafResult<MessageStatus>.Failure(AnswerReader.Unexpected(answer, "a known stare"));
    }

    /// <summary>listaMesajeFactura: the messages of the last <paramref name="days"/> days (1–60), at most one page (anaf-api.md §4).</summary>
    public async Task<AnafResult<MessageList>> ListMessagesAsync(string cif, int days, MessageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var digits = Digits(cif);
        if (await ConsumeAsync(DailyQuota.SimpleListPerCui, digits, cancellationToken) is { } exhausted) return AnafResult<MessageList>.Failure(exhausted);
        var query = $"listaMesajeFactura?zile={days.ToString(CultureInfo.InvariantCulture)}&cif={Uri.EscapeDataString(digits)}{Filter(filter)}";
        return ReadList(await SendAsync(HttpMethod.Get, Api(query), () => null, CallSafety.Idempotent, authenticated: true, cancellationToken));
    }

    /// <summary>listaMesajePaginatieFactura: one page (1-based) of the messages created in [start, end] (anaf-api.md §4).</summary>
    public async Task<AnafResult<MessageList>> ListMessagesPageAsync(string cif, DateTimeOffset start, DateTimeOffset end, int page,
        MessageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var digits = Digits(cif);
        if (await ConsumeAsync(DailyQuota.PagedListPerCui, digits, cancellationToken) is { } exhausted) return AnafResult<MessageList>.Failure(exhausted);
        var query = $"listaMesajePaginatieFactura?startTime={start.ToUnixTimeMilliseconds()}&endTime={end.ToUnixTimeMilliseconds()}"
            + $"&cif={Uri.EscapeDataString(digits)}&pagina={page.ToString(CultureInfo.InvariantCulture)}{Filter(filter)}";
        return ReadList(await SendAsync(HttpMethod.Get, Api(query), () => null, CallSafety.Idempotent, authenticated: true, cancellationToken));
    }

    /// <summary>
    /// Every message created in [start, end], all pages. The window is first narrowed by
    /// <see cref="AnafClientOptions.ListClockSkewMargin"/> at both ends and kept inside the last 60 days,
    /// so a clock a little off from ANAF's never makes ANAF refuse it.
    /// </summary>
    public async Task<AnafResult<IReadOnlyList<SpvMessage>>> ListAllMessagesAsync(string cif, DateTimeOffset start, DateTimeOffset end,
        MessageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var now = _options.Time.GetUtcNow();
        var margin = _options.ListClockSkewMargin;
        var from = Later(start, now.AddDays(-60) + margin);
        var to = Earlier(end, now - margin);
        var messages = new List<SpvMessage>();
        for (var page = 1; from < to; page++)
        {
            var result = await ListMessagesPageAsync(cif, from, to, page, filter, cancellationToken);
            if (!result.IsSuccess) return result.Cast<IReadOnlyList<SpvMessage>>();
            messages.AddRange(result.Value.Messages);
            if (result.Value.Page is not { } info || page >= info.TotalPages) break;
        }
        return AnafResult<IReadOnlyList<SpvMessage>>.Success(messages);
    }

    private static AnafResult<MessageList> ReadList(Exchange exchange)
    {
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<MessageList>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (AnswerReader.Json(answer) is not { } json) return AnafResult<MessageList>.Failure(AnswerReader.Unexpected(answer, "the list's JSON"));
        if (AnswerReader.String(json, "eroare") is { } error)
        {
            return AnafMessageCatalogue.IsEmptyList(error)
                ? AnafResult<MessageList>.Success(new MessageList([], null, null, error))
                : AnafResult<MessageList>.Failure(AnswerReader.Refused(answer, [error]));
        }
        if (!json.TryGetProperty("mesaje", out var entries) || entries.ValueKind != JsonValueKind.Array)
            return AnafResult<MessageList>.Failure(AnswerReader.Unexpected(answer, "mesaje"));
        var messages = entries.EnumerateArray().Select(Message).ToList();
        if (messages.Any(m => m is null)) return AnafResult<MessageList>.Failure(AnswerReader.Unexpected(answer, "complete message entries"));
        return AnafResult<MessageList>.Success(new MessageList(messages!, AnswerReader.String(json, "serial"), AnswerReader.String(json, "cui"),
            AnswerReader.String(json, "titlu") ?? "", Page(json)));
    }

    private static SpvMessage? Message(JsonElement entry)
    {
        var created = AnswerReader.String(entry, "data_creare");
        var type = AnswerReader.String(entry, "tip") ?? "";
        if (!DateTime.TryParseExact(created, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            || !long.TryParse(AnswerReader.String(entry, "id_solicitare"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !long.TryParse(AnswerReader.String(entry, "id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        return new SpvMessage(at, AnswerReader.String(entry, "cif") ?? "", index, AnswerReader.String(entry, "detalii") ?? "", Type(type), type, id);
    }

    private static SpvMessageType Type(string type) => type switch
    {
        "FACTURA TRIMISA" => SpvMessageType.Sent,
        "FACTURA PRIMITA" => SpvMessageType.Received,
        "ERORI FACTURA" => SpvMessageType.Errors,
        // Whether ANAF sends the combined string or one half is unconfirmed (anaf-api.md §4.2): match the prefix.
        _ when type.StartsWith("MESAJ CUMPARATOR", StringComparison.Ordinal) => SpvMessageType.BuyerMessage,
        _ => SpvMessageType.Other,
    };

    private static PageInfo? Page(JsonElement json)
    {
        static int? Int(JsonElement json, string name) => json.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : null;
        return Int(json, "index_pagina_curenta") is { } index && Int(json, "numar_total_pagini") is { } pages
            ? new PageInfo(index, pages, Int(json, "numar_total_inregistrari") ?? 0, Int(json, "numar_total_inregistrari_per_pagina") ?? 0)
            : null;
    }

    private static string Filter(MessageFilter? filter) => filter switch
    {
        MessageFilter.Errors => "&filtru=E",
        MessageFilter.Sent => "&filtru=T",
        MessageFilter.Received => "&filtru=P",
        MessageFilter.BuyerMessages => "&filtru=R",
        _ => "",
    };

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
