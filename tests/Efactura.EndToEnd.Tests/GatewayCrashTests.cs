using System.Net;
using System.Text.Json.Nodes;
using Efactura.EndToEnd.Tests.Infrastructure;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Efactura.Simulator.Faults;

namespace Efactura.EndToEnd.Tests;

/// <summary>
/// Never twice, nothing lost: the gateway process is killed (SIGKILL) 2 to 5 s (seeded) after each restart, exactly
/// <see cref="Kills"/> times, while at least 500 invoices flow (posting goes on until the last kill, however fast the
/// machine); in the end every invoice is accepted, each was uploaded exactly once (the simulator counts), and every ZIP
/// is stored — also when ANAF's answers to uploads get lost on the way back.
/// </summary>
public sealed class GatewayCrashTests(PostgresServer postgres)
{
    private const int InvoiceCount = 500;
    private const int Kills = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>How long posting may take in all (kills and restarts included) before the test gives up.</summary>
    private static readonly TimeSpan PostingLimit = TimeSpan.FromMinutes(12);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Killed_five_times_at_random_points_while_invoices_flow_every_invoice_ends_accepted_uploaded_once_with_its_zip(bool dropUploadResponses)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var world = await GatewayHarness.StartAsync("sqlite", postgres, new SimulatorOptions { ProcessingDelay = TimeSpan.FromMilliseconds(200) },
            new Dictionary<string, string>
            {
                // Short leases and waits so that the crashed process's work is taken over within seconds; absence of an upload
                // can only be proven two minutes after it began (the message lists leave out their last minute).
                ["Efactura__Workers__Lease"] = "00:00:05",
                ["Efactura__Workers__Outgoing__UploadLease"] = "00:00:05",
                ["Efactura__Workers__Outgoing__ReconcileWait"] = "00:02:00",
                ["Efactura__Workers__Outgoing__ReconcileInterval"] = "00:00:01",
                ["Efactura__Workers__Outgoing__RetryBaseDelay"] = "00:00:01",
                ["Efactura__Workers__Outgoing__DownloadRetryDelay"] = "00:00:01",
            }, cancel);
        var companies = await world.CreateConnectedCompaniesAsync(ExampleInvoices.SupplierCuis);
        if (dropUploadResponses)
            world.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, PathContains: "upload", Times: 40));

        var random = new Random(20261121);
        var troubles = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var kills = 0;
        // Each kill lands while invoices are being posted: posting goes on until the last restart is done.
        var killing = Task.Run(async () =>
        {
            while (kills < Kills)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2_000, 5_000)), CancellationToken.None);
                world.Gateway.Kill();
                kills++;
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 500)), CancellationToken.None);
                await RestartPatientlyAsync(world, troubles);
            }
        }, CancellationToken.None);

        var numbers = await PostAllAsync(world, troubles, killing);
        await killing;

        Dictionary<Guid, JsonNode> last = [];
        await GatewayHarness.WaitUntilAsync(async () =>
        {
            last = await world.InvoicesAsync();
            return last.Count == numbers.Count && last.Values.All(i => i["state"]!.GetValue<string>() == "accepted");
        }, Patience, () => $"after {kills} kills not every invoice was accepted: {Unfinished(last)}\n" + string.Join('\n', world.Gateway.Output.TakeLast(30)));

        TestContext.Current.TestOutputHelper?.WriteLine($"{Kills} kills while {numbers.Count} invoices were posted");
        var uploads = world.Simulator.Uploads(AnafEnvironment.Test);
        foreach (var (cui, number) in numbers)
            uploads.Count(u => u.SellerCif == cui && u.DocumentNumber == number).ShouldBe(1, $"{cui} {number} was not uploaded exactly once");
        foreach (var id in (await world.InvoicesAsync()).Keys)
            (await world.Client.GetBytesAsync($"v1/invoices/{id}/documents/zip")).ShouldNotBeNull($"invoice {id} lost its ZIP");
        companies.ShouldNotBeEmpty();
    }

    /// <summary>How many invoices are in each state, and the first few that are not accepted with their last error.</summary>
    private static string Unfinished(Dictionary<Guid, JsonNode> invoices)
    {
        var states = string.Join(", ", invoices.Values.GroupBy(i => i["state"]!.GetValue<string>()).Select(g => $"{g.Key} {g.Count()}"));
        var stuck = invoices.Values.Where(i => i["state"]!.GetValue<string>() != "accepted").Take(10)
            .Select(i => $"{i["number"]} {i["state"]} {i["error"]?.ToJsonString()}");
        return $"{invoices.Count} invoices ({states})\n" + string.Join('\n', stuck);
    }

    /// <summary>Starts the gateway again; a start that fails (recorded) is tried again, as an operator's supervisor would.</summary>
    private static async Task RestartPatientlyAsync(GatewayHarness world, System.Collections.Concurrent.ConcurrentQueue<string> troubles)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await world.Gateway.RestartAsync(CancellationToken.None);
                return;
            }
            catch (InvalidOperationException e) when (attempt < 5)
            {
                troubles.Enqueue($"restart {attempt} failed: {e.Message[..Math.Min(3_000, e.Message.Length)]}");
                await Task.Delay(1_000);
            }
        }
    }

    /// <summary>
    /// Posts invoices one after another as a patient client does (a failed request is sent again with its
    /// Idempotency-Key): <see cref="InvoiceCount"/> of them, and more until <paramref name="killing"/> is over, so
    /// that every kill meets traffic. Gives up after <see cref="PostingLimit"/> (measured on the monotonic clock).
    /// </summary>
    private static async Task<List<(string Cui, string Number)>> PostAllAsync(GatewayHarness world, System.Collections.Concurrent.ConcurrentQueue<string> troubles, Task killing)
    {
        var numbers = new List<(string, string)>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < InvoiceCount || !killing.IsCompleted; i++)
        {
            var invoice = ExampleInvoices.Numbered(i, $"K{i:D3}");
            numbers.Add((ExampleInvoices.SupplierCui(invoice), invoice["number"]!.GetValue<string>()));
            while (true)
            {
                try
                {
                    var (status, body) = await world.Client.PostInvoiceAsync(invoice, idempotencyKey: $"crash-{i}");
                    if (status == HttpStatusCode.Created) break;
                    // 409 while the first attempt's key is still held (the process died holding it): ask again shortly.
                    if (status != HttpStatusCode.Conflict && (int)status < 500)
                        throw new InvalidOperationException($"invoice {i}: {(int)status} {body?.ToJsonString()}");
                }
                catch (HttpRequestException)
                {
                    // The gateway is down (killed): the same request goes again once it is back.
                }
                catch (TaskCanceledException)
                {
                    // Timed out while the gateway was restarting.
                }
                if (started.Elapsed > PostingLimit)
                    throw new TimeoutException($"posting stalled at invoice {i}:\n{string.Join('\n', troubles)}\n{string.Join('\n', world.Gateway.Output.TakeLast(40))}");
                await Task.Delay(200);
            }
        }
        return numbers;
    }
}
