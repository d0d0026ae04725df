using System.Text.Json;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// The API's one request body reader: every endpoint reads its body here and answers errors the same way, as
/// problem+json with a finding that points (JSON pointer) at what to change, in words (no .NET type names).
/// Limits: an invoice document (<see cref="ReadBytesAsync"/>) up to <see cref="MaxBytes"/>; a request object
/// (<see cref="ReadAsync{T}"/>: company, webhook, sync, token link, void) up to <see cref="MaxRequestBytes"/>; larger
/// bodies get 413 before they are parsed. Strict: unknown members are refused, so a typo never passes silently.
/// </summary>
public static class RequestBody
{
    /// <summary>The largest invoice document the API reads: 20 MB (ANAF takes XML up to 10 MB; the JSON of it is larger).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The largest request object (everything but an invoice document): 64 KiB, far more than any of them needs.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Strict = new(ApiProblem.Json)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The body's bytes (an invoice document), or a 413 problem when it is larger than <see cref="MaxBytes"/>.</summary>
    public static Task<(byte[]? Bytes, ProblemAnswer? Problem)> ReadBytesAsync(HttpRequest request) => ReadLimitedAsync(request, MaxBytes);

    private static async Task<(byte[]? Bytes, ProblemAnswer? Problem)> ReadLimitedAsync(HttpRequest request, int limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[Math.Min(81920, limit + 1)];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return (null, TooLarge(limit));
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>
    /// The body as <typeparamref name="T"/>; an empty body gives <paramref name="whenEmpty"/> (or a 400 problem when
    /// that is null); malformed JSON, a wrong type or an unknown member give a 400 problem with the finding.
    /// </summary>
    public static async Task<(T? Value, ProblemAnswer? Problem)> ReadAsync<T>(HttpRequest request, T? whenEmpty = null) where T : class
    {
        var (bytes, tooLarge) = await ReadLimitedAsync(request, MaxRequestBytes).ConfigureAwait(false);
        if (tooLarge is not null) return (null, tooLarge);
        if (bytes!.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
            return whenEmpty is not null ? (whenEmpty, null) : (null, Malformed("The request needs a JSON body.", null));
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, Strict);
            return value is null ? (null, Malformed("The body is JSON null; send an object.", null)) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Malformed(JsonErrorText.Describe(e, typeof(T)), e));
        }
    }

    /// <summary>A 422 problem for a request whose values break the rules of <paramref name="findings"/>.</summary>
    public static ProblemAnswer Invalid(string kind, string title, IReadOnlyCollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, kind, title,
            $"{findings.Count} value(s) must be changed; each finding says which and how.", findings);
    }

    /// <summary>A finding for a member of the request at <paramref name="pointer"/>.</summary>
    public static Finding Finding(string code, string pointer, string message, string fix) => Application.FieldFinding.Fatal(code, pointer, message, fix);

    private static ProblemAnswer Malformed(string detail, JsonException? error)
    {
        var pointer = error?.Path is { } path ? Pointer(path) : null;
        var finding = new Finding
        {
            Code = error is not null && JsonErrorText.IsUnknownMember(error) ? JsonErrorCodes.UnknownField : JsonErrorCodes.Syntax,
            Severity = Severity.Fatal,
            Field = pointer,
            Line = error?.LineNumber is { } line ? (int)line + 1 : null,
            Column = error?.BytePositionInLine is { } column ? (int)column + 1 : null,
            Message = detail,
            Fix = "Send a JSON object with the documented members and types.",
        };
        return ApiProblem.Create(StatusCodes.Status400BadRequest, "bad-request", "The request is malformed", detail, [finding]);
    }

    /// <summary>System.Text.Json's path (<c>$.settings.delayHours</c>, <c>$.lines[2]</c>) as a JSON pointer.</summary>
    internal static string Pointer(string path)
    {
        var pointer = new System.Text.StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                pointer.Append('/').Append(path[(i + 1)..end].Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0) break;
                pointer.Append('/').Append(path[(i + 1)..end].Trim('\''));
                i = end + 1;
            }
            else i++;
        }
        return pointer.Length == 0 ? "" : pointer.ToString();
    }

    private static ProblemAnswer TooLarge(int limit) => ApiProblem.Create(StatusCodes.Status413PayloadTooLarge, "too-large", "The request is too large",
        limit >= 1024 * 1024 ? $"The body is larger than {limit / (1024 * 1024)} MB." : $"The body is larger than {limit / 1024} KiB.");
}
