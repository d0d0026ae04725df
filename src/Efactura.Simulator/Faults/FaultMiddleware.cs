using System.Globalization;
using Efactura.Simulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Faults;

/// <summary>Applies the faults of <see cref="FaultPlan"/> around the real endpoints.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultPlan plan, SimulatorRuntime runtime)
{
    /// <summary>Runs one request with its faults.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var faults = plan.Take(context.Request.Path.Value ?? "", context.Request.Headers[FaultPlan.Header]);
        var answer = faults.FirstOrDefault(f => f.Kind is not (FaultKind.Latency or FaultKind.DropResponse or FaultKind.PlainTextJson));
        if (answer is not null)
        {
            await Answer(context, answer).ExecuteAsync(context);
            return;
        }
        if (faults.Any(f => f.Kind == FaultKind.PlainTextJson)) RelabelJsonAsPlainText(context);
        if (faults.Any(f => f.Kind == FaultKind.DropResponse))
        {
            await RunThenDrop(context);
            return;
        }
        var latency = faults.Where(f => f.Kind == FaultKind.Latency).Aggregate(TimeSpan.Zero, (sum, f) => sum + f.Latency);
        if (latency > TimeSpan.Zero)
        {
            await RunThenDelay(context, latency);
            return;
        }
        await next(context);
    }

    // The work happens at once, as at ANAF; only the answer is late, and a client that gave up never sees it.
    private async Task RunThenDelay(HttpContext context, TimeSpan latency)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        await Task.Delay(latency, CancellationToken.None);
        if (context.RequestAborted.IsCancellationRequested) return;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task RunThenDrop(HttpContext context)
    {
        // Keep the answer in memory so nothing reaches the client, then cut the connection.
        var original = context.Response.Body;
        context.Response.Body = new MemoryStream();
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            context.Abort();
        }
    }

    private static void RelabelJsonAsPlainText(HttpContext context) =>
        context.Response.OnStarting(() =>
        {
            if (context.Response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
                context.Response.ContentType = "text/plain;charset=UTF-8";
            return Task.CompletedTask;
        });

    private IResult Answer(HttpContext context, FaultRule fault)
    {
        var now = runtime.Options.Time.GetUtcNow();
        if (fault.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((long)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return fault.Kind switch
        {
            FaultKind.NoContent => Results.NoContent(),
            FaultKind.TooManyRequests => GatewayAnswers.TooManyRequests(runtime.Options, runtime.Now),
            FaultKind.InternalServerError => GatewayAnswers.InternalServerError(now, context.Request.Path),
            FaultKind.ServiceUnavailable => GatewayAnswers.ServiceUnavailable(),
            FaultKind.BadGateway => GatewayAnswers.BadGateway(),
            _ => GatewayAnswers.Firewall(SupportId(now)),
        };
    }

    private static string SupportId(DateTimeOffset now) =>
        (now.ToUnixTimeMilliseconds() * 1000 + Random.Shared.Next(1000)).ToString(CultureInfo.InvariantCulture);
}
