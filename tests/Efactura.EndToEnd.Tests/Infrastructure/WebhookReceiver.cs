using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A webhook endpoint as a user would write one: a real HTTP server that checks each delivery's
/// <c>Efactura-Signature</c> (HMAC-SHA256 of "t.body") with the subscription secret and records what came.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where the gateway should POST.</summary>
    public Uri Url { get; }

    /// <summary>The subscription secret; set once the subscription exists.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Every delivery received, in order.</summary>
    public IReadOnlyCollection<Delivery> Deliveries => _deliveries;

    /// <summary>Starts a receiver on a free loopback port.</summary>
    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver!._deliveries.Enqueue(new Delivery(body, context.Request.Headers["Efactura-Signature"].ToString(), receiver.Secret));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new WebhookReceiver(app, new Uri(address.TrimEnd('/') + "/hook"));
        return receiver;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>One delivery.</summary>
    /// <param name="Body">The raw body.</param>
    /// <param name="Signature">The signature header.</param>
    /// <param name="Secret">The secret it should be signed with.</param>
    public sealed record Delivery(string Body, string Signature, string Secret)
    {
        /// <summary>The parsed body.</summary>
        public JsonNode Json => JsonNode.Parse(Body)!;

        /// <summary>True when <c>v1</c> is the HMAC-SHA256 of "t.body" with the secret.</summary>
        public bool HasValidSignature
        {
            get
            {
                var parts = Signature.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
                if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
                var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{Body}"));
                return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(v1), expected);
            }
        }
    }
}
