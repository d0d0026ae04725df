using System.Collections.Concurrent;
using System.Data.Common;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Anaf;

/// <summary>
/// Records per company when ANAF last answered one of its calls with success (a 2xx status, also for an answer that
/// reports an error of the request: ANAF was reached and took the company's token), for the dashboard's companies
/// list. The company's clients (<see cref="AnafClients.ForCompanyAsync(Company, AnafEnvironment?)"/>) send through
/// <see cref="ClientFor"/> (whose client never disposes the shared handler); the time is written at most once per <see cref="Resolution"/> per company and process, so
/// a busy company costs one small write a minute, not one per call.
/// </summary>
public sealed partial class LastAnafCall(HttpMessageHandler anaf, CompanyRepository companies, TimeProvider time, ILogger<LastAnafCall> logger)
{
    /// <summary>How stale the recorded time may be: a success within this span of the last one written is not written again.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _written = new();

    /// <summary>An HTTP client over the gateway's ANAF handler that records the company's successful calls.</summary>
    public HttpClient ClientFor(Guid tenantId, Guid companyId) =>
        new(new Recorder(this, tenantId, companyId) { InnerHandler = anaf }, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Records a success of the company now (unless one was written less than <see cref="Resolution"/> ago).</summary>
    public async Task RecordAsync(Guid tenantId, Guid companyId)
    {
        var now = time.GetUtcNow();
        if (_written.TryGetValue(companyId, out var last) && now - last < Resolution && now >= last) return;
        _written[companyId] = now;
        try
        {
            // Not the call's token: the answer has arrived, and a cancelled caller must still get it, never a retry.
            await companies.RecordAnafSuccessAsync(tenantId, companyId, now, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException failure)
        {
            // The answer matters more than the column: a busy database never turns ANAF's answer into a failed call.
            _written.TryRemove(companyId, out _);
            LogNotRecorded(logger, companyId, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: the last successful ANAF call could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Guid companyId, Exception failure);

    private sealed class Recorder(LastAnafCall owner, Guid tenantId, Guid companyId) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) await owner.RecordAsync(tenantId, companyId).ConfigureAwait(false);
            return response;
        }
    }
}
