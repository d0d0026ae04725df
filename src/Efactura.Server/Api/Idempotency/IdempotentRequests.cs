using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Cryptography;
using System.Text;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Idempotency;

namespace Efactura.Server.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header: the first request with a key runs and its answer is stored; the same key with
/// the same request (method, path, query, body) gets that stored answer again, byte for byte; the same key with another
/// request, or while the first is still running, gets 409. Only answers that depend on the request alone are kept
/// (the endpoint says which): a 404 or a state conflict may change, so after one the key is free again.
/// </summary>
public sealed class IdempotentRequests(IdempotencyRepository keys)
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The answer header set on a replayed answer.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>How long a running request holds its key before another node may take it over: 1 minute.</summary>
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(1);

    /// <summary>How long a key is remembered: 24 hours.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private const int MaxKeyLength = 255;

    /// <summary>
    /// Runs <paramref name="handle"/> under the request's key (or simply runs it when there is no key). The handler
    /// says whether its answer may be replayed.
    /// </summary>
    public async Task<Results<TResult, StoredAnswer, ProblemAnswer>> RunAsync<TResult>(HttpContext http, byte[] body, Func<Task<IdempotentAnswer<TResult>>> handle)
        where TResult : IResult
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(handle);
        if (!http.Request.Headers.TryGetValue(Header, out var values)) return (await handle().ConfigureAwait(false)).Result;
        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
            return ApiProblem.BadRequest($"{Header} must be 1 to {MaxKeyLength} visible ASCII characters (a UUID is a good choice).");

        var tenantId = http.Tenant().Id;
        var cancellationToken = http.RequestAborted;
        var reservation = await keys.ReserveAsync(tenantId, key, RequestHash(http.Request.Method, http.Request.Path, http.Request.QueryString.Value, body), LockFor, Retention, cancellationToken).ConfigureAwait(false);
        switch (reservation)
        {
            case IdempotencyReservation.Replay replay:
                http.Response.Headers[ReplayedHeader] = "true";
                return new StoredAnswer(replay.Response);
            case IdempotencyReservation.Mismatch:
                return ApiProblem.Conflict("idempotency-key-reused",
                    $"{Header} '{key}' was used with another request; use a new key for a new request.");
            case IdempotencyReservation.InProgress:
                return ApiProblem.Conflict("idempotency-key-in-use",
                    $"The first request with {Header} '{key}' is still running; retry in a moment to get its answer.");
        }

        StoredResponse response;
        try
        {
            var answer = await handle().ConfigureAwait(false);
            response = await CaptureAsync(http, answer.Result).ConfigureAwait(false);
            // CancellationToken.None: once the work is done its answer must be kept (or the key freed) even if the client left.
            if (answer.Replayable) await keys.CompleteAsync(tenantId, key, response, CancellationToken.None).ConfigureAwait(false);
            else await keys.ReleaseAsync(tenantId, key, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            await keys.ReleaseAsync(tenantId, key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        return new StoredAnswer(response);
    }

    /// <summary>SHA-256 of method, path, query and body: what "the same request" means.</summary>
    internal static string RequestHash(string method, string path, string? query, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method}\n{path}\n{query}\n"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Runs <paramref name="result"/> against a buffer to get the exact bytes the client will see.</summary>
    private static async Task<StoredResponse> CaptureAsync(HttpContext http, IResult result)
    {
        var capture = new DefaultHttpContext { RequestServices = http.RequestServices };
        using var body = new MemoryStream();
        capture.Response.Body = body;
        await result.ExecuteAsync(capture).ConfigureAwait(false);
        var location = capture.Response.Headers.Location.ToString();
        return new StoredResponse(capture.Response.StatusCode, capture.Response.ContentType ?? "application/octet-stream",
            location.Length == 0 ? null : location, body.ToArray());
    }
}
