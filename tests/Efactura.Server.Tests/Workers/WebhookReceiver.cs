using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// A webhook endpoint on Kestrel at 127.0.0.1: <c>/ok</c> answers 204, <c>/fail</c> 500, <c>/slow</c> answers after
/// 20 s, <c>/hang</c> never answers (until the sender gives up). Every request is kept with its headers and exact body.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private readonly List<(string Mode, int Count, TaskCompletionSource Reached)> waiters = [];

    private WebhookReceiver(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyList<Received> Requests => received.ToList();

    public Uri Url(string path) => new(Address, path);

    /// <summary>Completes once <paramref name="count"/> requests to <c>/{mode}</c> have arrived (answered or not).</summary>
    public Task ReceivedAsync(string mode, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            waiters.Add((mode, count, reached));
            Signal();
        }
        return reached.Task;
    }

    private void Arrived(Received request)
    {
        lock (waiters)
        {
            received.Enqueue(request);
            Signal();
        }
    }

    private void Signal()
    {
        foreach (var waiter in waiters.Where(w => received.Count(r => r.Mode == w.Mode) >= w.Count).ToList())
        {
            waiters.Remove(waiter);
            waiter.Reached.SetResult();
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/{mode}", async (HttpContext context, string mode) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver!.Arrived(new Received(mode, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
            if (mode == "slow") await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            if (mode == "hang") await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return mode == "fail" ? Results.StatusCode(500) : Results.NoContent();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new WebhookReceiver(app, new Uri(address.TrimEnd('/') + "/"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Received(string Mode, IReadOnlyDictionary<string, string> Headers, byte[] Body);
}
