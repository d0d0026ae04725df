using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Efactura.EndToEnd.Tests.Infrastructure;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Efactura.Simulator.Faults;

namespace Efactura.EndToEnd.Tests;

/// <summary>
/// Never twice on many nodes under quota pressure (issue #16): three gateway processes on one PostgreSQL database and
/// one simulator, a calls window small enough to be full most of the time, ANAF's list showing uploads late, the first
/// uploads refused with 429 (so their requests leave again long after their attempt began) and then their answers dropped,
/// and a node killed (SIGKILL) every 3 to 6 s (seeded), exactly <see cref="Kills"/> times, round robin, each restarted.
/// In the end every invoice is accepted, each was uploaded exactly once (the simulator counts), every ZIP is stored.
/// </summary>
/// <remarks>
/// The proof of absence must count from the send: an attempt refused with 429 sends again <see cref="RetryAfter"/>
/// later, and that answer is dropped; ANAF's list shows it <see cref="ListLag"/> after it was sent, inside the
/// two-minute proof counted from the send, but after a proof counted from the claim, which would upload it again.
/// </remarks>
public sealed class MultiNodeCrashTests(PostgresServer postgres)
{
    private const int Nodes = 3;
    private const int Kills = 9;
    private const int MinimumInvoices = 50;

    // The first invoices' uploads are refused with 429 and their second requests' answers lost.
    private const int Delayed = 6;

    // 120 calls a minute (114 after the margin, a 70-s span): three calls at least per invoice, posted one a second.
    private const int CallsPerMinute = 120;

    // Counted from the claim, a proof (2 min) ends 80 s after a send that came 40 s late, before the list shows it (100 s);
    // counted from the send it ends after.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan ListLag = TimeSpan.FromSeconds(100);
    private static readonly TimeSpan PostEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan PostingLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Three_nodes_killed_at_random_points_under_a_full_calls_window_upload_every_invoice_exactly_once_and_store_every_zip()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var world = await GatewayHarness.StartAsync("postgres", postgres,
            new SimulatorOptions { ProcessingDelay = TimeSpan.FromMilliseconds(200), ListLag = ListLag },
            new Dictionary<string, string>
            {
                ["Efactura__Anaf__CallsPerMinute"] = CallsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Short leases so a killed node's work is taken over within seconds; the upload's lease outlasts a 429's wait.
                ["Efactura__Workers__Lease"] = "00:00:05",
                ["Efactura__Workers__Outgoing__UploadLease"] = "00:01:00",
                ["Efactura__Workers__Outgoing__ReconcileWait"] = "00:02:00",
                ["Efactura__Workers__Outgoing__ReconcileInterval"] = "00:00:05",
                ["Efactura__Workers__Outgoing__RetryBaseDelay"] = "00:00:01",
                ["Efactura__Workers__Outgoing__DownloadRetryDelay"] = "00:00:01",
            }, cancel);
        await world.CreateConnectedCompaniesAsync(ExampleInvoices.SupplierCuis);
        var nodes = new List<GatewayProcess> { world.Gateway };
        for (var i = 1; i < Nodes; i++) nodes.Add(await world.StartNodeAsync(cancel));
        var clients = nodes.Select(n => new GatewayClient(n.Address, world.Gateway.ApiKey)).ToList();
        // The first uploads are refused with 429 (their attempts send again RetryAfter later, the only uploads meanwhile), and
        // the answers to those second requests are lost: both rules count every upload request, and a 429 answers first.
        world.Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, PathContains: "upload", Times: Delayed, RetryAfter: RetryAfter));
        world.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, PathContains: "upload", Times: 2 * Delayed));

        var random = new Random(20261206);
        var kills = 0;
        // The kills start once the delayed uploads were sent again (and their answers lost): a kill during their 429 wait
        // would end those attempts, and the new attempts' claims would be their sends, proving nothing about the count.
        var delayedSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killing = Task.Run(async () =>
        {
            await delayedSent.Task;
            while (kills < Kills)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(3_000, 6_000)), CancellationToken.None);
                var node = nodes[kills % Nodes];
                node.Kill();
                kills++;
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 500)), CancellationToken.None);
                await RestartPatientlyAsync(node);
            }
        }, CancellationToken.None);

        var numbers = await PostAllAsync(clients, killing, delayedSent, nodes);
        await killing;
        var drain = Stopwatch.StartNew();

        Dictionary<Guid, JsonNode> last = [];
        await GatewayHarness.WaitUntilAsync(async () =>
        {
            last = await InvoicesAsync(clients);
            return last.Count == numbers.Count && last.Values.All(i => i["state"]!.GetValue<string>() == "accepted");
        }, Patience, () => $"after {kills} kills not every invoice was accepted: {Unfinished(last)}\n"
            + string.Join('\n', nodes.SelectMany(n => n.Output.TakeLast(15))));
        drain.Stop();

        kills.ShouldBe(Kills);
        var uploads = world.Simulator.Uploads(AnafEnvironment.Test);
        foreach (var (cui, number) in numbers)
            uploads.Count(u => u.SellerCif == cui && u.DocumentNumber == number).ShouldBe(1, $"{cui} {number} was not uploaded exactly once");
        foreach (var id in last.Keys)
            (await clients[0].GetBytesAsync($"v1/invoices/{id}/documents/zip")).ShouldNotBeNull($"invoice {id} lost its ZIP");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Nodes} nodes, {Kills} kills, {numbers.Count} invoices, {uploads.Count} uploads; drained {drain.Elapsed.TotalSeconds:0} s after the last post");
        foreach (var client in clients) client.Dispose();
    }

    /// <summary>Every invoice of the tenant, asked of the first node that answers.</summary>
    private static async Task<Dictionary<Guid, JsonNode>> InvoicesAsync(List<GatewayClient> clients)
    {
        foreach (var client in clients)
        {
            try
            {
                return (await client.ListAllAsync("v1/invoices")).ToDictionary(i => i["id"]!.GetValue<Guid>());
            }
            catch (HttpRequestException)
            {
                // That node is down: ask the next.
            }
        }
        return [];
    }

    private static string Unfinished(Dictionary<Guid, JsonNode> invoices)
    {
        var states = string.Join(", ", invoices.Values.GroupBy(i => i["state"]!.GetValue<string>()).Select(g => $"{g.Key} {g.Count()}"));
        var stuck = invoices.Values.Where(i => i["state"]!.GetValue<string>() != "accepted").Take(10)
            .Select(i => $"{i["number"]} {i["state"]} {i["error"]?.ToJsonString()}");
        return $"{invoices.Count} invoices ({states})\n" + string.Join('\n', stuck);
    }

    private static async Task RestartPatientlyAsync(GatewayProcess node)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await node.RestartAsync(CancellationToken.None);
                return;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await Task.Delay(1_000);
            }
        }
    }

    /// <summary>
    /// Posts invoices round robin over the nodes, one every <see cref="PostEvery"/>: at least <see cref="MinimumInvoices"/>,
    /// and more until <paramref name="killing"/> is over, so every kill meets traffic; <paramref name="delayedSent"/> is set
    /// once the first <see cref="Delayed"/> were created and their 429s waited out. A request that fails goes again,
    /// with its Idempotency-Key, to the next node, on the next round, while the later invoices go on: a node killed while
    /// it created an invoice holds that key for a minute (<c>IdempotentRequests.LockFor</c>), and the others answer 409
    /// meanwhile, which must not stop the traffic.
    /// </summary>
    private static async Task<List<(string Cui, string Number)>> PostAllAsync(List<GatewayClient> clients, Task killing, TaskCompletionSource delayedSent, List<GatewayProcess> nodes)
    {
        var lastTrouble = "";
        var numbers = new List<(string, string)>();
        var pending = new Dictionary<int, (JsonNode Invoice, int Attempts)>();
        var progress = Stopwatch.StartNew();
        for (var next = 0; next < MinimumInvoices || !killing.IsCompleted || pending.Count > 0;)
        {
            var wait = PostEvery;
            if (next < MinimumInvoices || !killing.IsCompleted)
            {
                var invoice = ExampleInvoices.Numbered(next, $"M{next:D3}");
                numbers.Add((ExampleInvoices.SupplierCui(invoice), invoice["number"]!.GetValue<string>()));
                pending[next] = (invoice, 0);
                // The first few wait out their 429 alone, so that their second requests meet the lost answers.
                if (next == Delayed - 1) wait = RetryAfter + TimeSpan.FromSeconds(5);
                next++;
            }
            foreach (var (i, (invoice, attempts)) in pending.OrderBy(p => p.Key).ToList())
            {
                try
                {
                    var (status, body) = await clients[(i + attempts) % clients.Count].PostInvoiceAsync(invoice, idempotencyKey: $"multi-{i}");
                    if (status == HttpStatusCode.Created)
                    {
                        pending.Remove(i);
                        progress.Restart();
                        continue;
                    }
                    if (status != HttpStatusCode.Conflict && (int)status < 500)
                        throw new InvalidOperationException($"invoice {i}: {(int)status} {body?.ToJsonString()}");
                    lastTrouble = $"invoice {i}: {(int)status} {body?.ToJsonString()}";
                }
                catch (HttpRequestException e)
                {
                    // That node is down (killed): the next one takes the request.
                    lastTrouble = $"invoice {i}, node {(i + attempts) % clients.Count}: {e.Message} {e.InnerException?.GetType().Name} {e.InnerException?.Message}";
                }
                catch (TaskCanceledException e)
                {
                    // Timed out while it was restarting.
                    lastTrouble = $"invoice {i}: {e.Message}";
                }
                pending[i] = (invoice, attempts + 1);
            }
            if (killing.IsFaulted) throw new InvalidOperationException("a node could not be restarted", killing.Exception);
            // Stalled: invoices wait and none was created for that long (the kills' restarts alone may take longer).
            if (pending.Count > 0 && progress.Elapsed > PostingLimit)
                throw new TimeoutException($"posting stalled with {pending.Count} of {numbers.Count} invoices not created: {lastTrouble}\n"
                    + string.Join('\n', nodes.SelectMany(n => n.Output.TakeLast(20))));
            await Task.Delay(wait);
            if (next >= Delayed && pending.Keys.All(i => i >= Delayed)) delayedSent.TrySetResult();
        }
        return numbers;
    }
}
