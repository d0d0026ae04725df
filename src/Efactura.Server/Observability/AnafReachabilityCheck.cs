using Efactura.Anaf;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Statistics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Efactura.Server.Observability;

/// <summary>
/// Whether the ANAF hosts the companies use answer at all: a GET on each host's root with a short timeout. Any
/// HTTP answer counts (ANAF answers the root with an error page); no API operation is called, so no quota is
/// spent and no token is needed. Unreachable makes <c>/healthz</c> degraded, not unhealthy: the gateway keeps
/// taking invoices and uploads them when ANAF is back. The verdict is cached (<see cref="ReachabilityOptions.CacheFor"/>).
/// </summary>
public sealed class AnafReachabilityCheck : IHealthCheck, IDisposable
{
    private readonly AnafOptions _anaf;
    private readonly SimulatorHost _simulator;
    private readonly StatisticsRepository _statistics;
    private readonly ReachabilityOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _probing = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _cached;

    /// <summary>A check of the hosts of <paramref name="anaf"/>'s environments.</summary>
    public AnafReachabilityCheck(AnafOptions anaf, SimulatorHost simulator, StatisticsRepository statistics, ReachabilityOptions options, TimeProvider time)
    {
        _anaf = anaf ?? throw new ArgumentNullException(nameof(anaf));
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _statistics = statistics ?? throw new ArgumentNullException(nameof(statistics));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        // Its own client: probes are not ANAF calls (not counted in the metrics, never retried).
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = options.Timeout };
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached) return cached;
        await _probing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } again) return again;
            var result = await ProbeAsync(cancellationToken).ConfigureAwait(false);
            _cached = (result, _time.GetUtcNow());
            return result;
        }
        finally
        {
            _probing.Release();
        }
    }

    private HealthCheckResult? Fresh() =>
        _cached is { } cached && _time.GetUtcNow() - cached.At < _options.CacheFor ? cached.Result : null;

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var environments = (await _statistics.CompanyEnvironmentsAsync(cancellationToken).ConfigureAwait(false)).Append(_anaf.DefaultEnvironment).Distinct().ToList();
        var reached = new List<string>();
        var unreachable = new List<string>();
        foreach (var host in await HostsAsync(environments).ConfigureAwait(false))
        {
            if (host is null)
            {
                reached.Add("in-process simulator");
                continue;
            }
            var failure = await ProbeAsync(host, cancellationToken).ConfigureAwait(false);
            if (failure is null) reached.Add(host.ToString());
            else unreachable.Add($"{host} ({failure})");
        }
        return unreachable.Count == 0
            ? HealthCheckResult.Healthy("reachable: " + string.Join(", ", reached))
            : HealthCheckResult.Degraded("unreachable: " + string.Join(", ", unreachable) + (reached.Count > 0 ? "; reachable: " + string.Join(", ", reached) : ""));
    }

    // The distinct host roots; null stands for the simulator running in this very process (reachable by definition,
    // and not started just for a health check).
    private async Task<IReadOnlyList<Uri?>> HostsAsync(IEnumerable<AnafEnvironment> environments)
    {
        var hosts = new List<Uri?>();
        foreach (var environment in environments)
        {
            Uri? host = environment switch
            {
                AnafEnvironment.Prod => Root(AnafEndpoints.Production.Api),
                AnafEnvironment.Test => Root(AnafEndpoints.Test.Api),
                _ when _simulator.IsInProcess || !_simulator.IsEnabled => null,
                _ => Root(await _simulator.BaseAddressAsync(Guid.Empty).ConfigureAwait(false)),
            };
            if (!hosts.Contains(host)) hosts.Add(host);
        }
        return hosts;
    }

    private async Task<string?> ProbeAsync(Uri host, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(host, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException e)
        {
            return e.HttpRequestError.ToString();
        }
    }

    private static Uri Root(Uri uri) => new(uri.GetLeftPart(UriPartial.Authority) + "/");

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _probing.Dispose();
    }
}
