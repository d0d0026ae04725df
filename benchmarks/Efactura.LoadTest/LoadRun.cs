using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Efactura.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.LoadTest;

/// <summary>
/// Starts the real gateway (in this process, over Kestrel, SQLite or PostgreSQL, the in-process simulator with no
/// processing delay, every worker on), posts the example invoices from several clients for a while, and reports
/// invoices/s accepted by the API, invoices/s that reached <c>accepted</c> at ANAF, and API latency percentiles.
/// </summary>
public static partial class LoadRun
{
    /// <summary>Runs the load and prints the report; 0 when every posted invoice was accepted in the end.</summary>
    public static async Task<int> MainAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var kinds = ExampleKinds();
        var folder = Directory.CreateTempSubdirectory("efactura-load-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["contentRoot"] = folder,
            ["Urls"] = "http://127.0.0.1:0",
            ["environment"] = "Development",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Efactura:Database:Provider"] = options.PostgresConnectionString is null ? "Sqlite" : "Postgres",
            ["Efactura:Database:ConnectionString"] = options.PostgresConnectionString ?? $"Data Source={Path.Combine(folder, "efactura.db")}",
            ["Efactura:Secrets:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Efactura:Anaf:Simulator:ProcessingDelay"] = "00:00:00",
            ["Efactura:Workers:IdleDelay"] = "00:00:00.100",
            ["Efactura:Workers:Outgoing:StatusFirstPoll"] = "00:00:00.100",
            ["Efactura:Workers:Outgoing:StatusMaxInterval"] = "00:00:01",
        };
        var app = ServerApplication.Build([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        var key = await ServerApplication.StartAsync(app, TextWriter.Null, CancellationToken.None)
            ?? throw new InvalidOperationException("no development tenant was created");
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        try
        {
            foreach (var cui in kinds.Select(k => SupplierCui(k)).Distinct())
                (await http.PostAsync("v1/companies", Json(new JsonObject { ["cui"] = cui, ["name"] = $"Load {cui}" }))).EnsureSuccessStatusCode();
            var report = await RunAsync(http, kinds, options);
            Console.WriteLine(report);
            Console.WriteLine(Breakdown(await http.GetStringAsync("metrics")));
            return report.Posted == report.AcceptedInTheEnd ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the temp folder is cleaned by the OS */ }
        }
    }

    private static async Task<LoadReport> RunAsync(HttpClient http, IReadOnlyList<JsonObject> kinds, LoadOptions options)
    {
        var latencies = new List<double>[options.Concurrency];
        var failures = 0;
        var sequence = 0;
        var clock = Stopwatch.StartNew();
        var acceptedAtEnd = 0;
        var posting = Enumerable.Range(0, options.Concurrency).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = [];
            while (clock.Elapsed < options.Duration)
            {
                var n = Interlocked.Increment(ref sequence);
                var invoice = kinds[n % kinds.Count].DeepClone().AsObject();
                invoice["number"] = $"{invoice["number"]!.GetValue<string>()}-L{n:D7}";
                var started = Stopwatch.GetTimestamp();
                using var answer = await http.PostAsync("v1/invoices", Json(invoice));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (answer.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failures);
            }
        })).ToArray();

        // The accepted count as /metrics reports it, sampled each second from the start.
        var samples = new List<(TimeSpan At, long Accepted)>();
        var allPosted = Task.WhenAll(posting);
        while (!allPosted.IsCompleted)
        {
            samples.Add((clock.Elapsed, await AcceptedAsync(http)));
            await Task.WhenAny(allPosted, Task.Delay(1000));
        }
        await allPosted;
        var postingTime = clock.Elapsed;
        var posted = latencies.Sum(l => l.Count) - failures;
        var acceptedWhenPostingEnded = await AcceptedAsync(http);
        while (clock.Elapsed < postingTime + options.Drain)
        {
            acceptedAtEnd = (int)await AcceptedAsync(http);
            samples.Add((clock.Elapsed, acceptedAtEnd));
            if (acceptedAtEnd >= posted) break;
            await Task.Delay(500);
        }
        var drained = samples.Last().At;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadReport(
            options, postingTime, posted, failures, acceptedWhenPostingEnded, acceptedAtEnd, drained,
            Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1],
            SteadyRate(samples, postingTime));
    }

    /// <summary>The accepted rate over the second half of the posting window, when the pipeline is full.</summary>
    private static double SteadyRate(List<(TimeSpan At, long Accepted)> samples, TimeSpan postingTime)
    {
        var window = samples.Where(s => s.At >= postingTime / 2 && s.At <= postingTime).ToList();
        if (window.Count < 2) return 0;
        return (window[^1].Accepted - window[0].Accepted) / (window[^1].At - window[0].At).TotalSeconds;
    }

    private static async Task<long> AcceptedAsync(HttpClient http)
    {
        var text = await http.GetStringAsync("metrics");
        var match = AcceptedGauge().Match(text);
        return match.Success ? long.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
    }

    // Where the work went: ANAF calls by operation, worker rounds, invoices by state (from /metrics).
    private static string Breakdown(string metrics) =>
        "  breakdown (from /metrics):" + Environment.NewLine + string.Join(Environment.NewLine, metrics.Split('\n')
            .Where(l => l.StartsWith("efactura_anaf_calls_total", StringComparison.Ordinal) || l.StartsWith("efactura_worker_rounds_total", StringComparison.Ordinal)
                || l.StartsWith("efactura_invoices{", StringComparison.Ordinal) || l.StartsWith("efactura_queue_depth", StringComparison.Ordinal))
            .Select(l => "    " + l));

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static string SupplierCui(JsonObject invoice)
    {
        var supplier = invoice["supplier"]!;
        var id = (supplier["vatNumber"] ?? supplier["cui"])!.GetValue<string>();
        return id.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? id[2..] : id;
    }

    /// <summary>The examples of every kind but the 1,000-line one and the foreign supplier (as the end-to-end test posts them).</summary>
    private static List<JsonObject> ExampleKinds()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Efactura.slnx"))) directory = Path.GetDirectoryName(directory);
        var examples = Path.Combine(directory ?? throw new InvalidOperationException("run it from inside the repository"), "examples");
        return [.. Directory.GetFiles(examples, "*.json").Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).StartsWith("21-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("28-", StringComparison.Ordinal))
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())];
    }

    [GeneratedRegex("""^efactura_invoices\{state="accepted"\} (?<n>\d+)""", RegexOptions.Multiline)]
    private static partial Regex AcceptedGauge();
}
