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
        foreach (var latency in faults.Where(f => f.Kind == FaultKind.Latency))
            await Task.Delay(latency.Latency, context.RequestAborted);
        var answer = faults.FirstOrDefault(f => f.Kind is not (FaultKind.Latency or FaultKind.DropResponse));
        if (answer is not null)
        {
            await Answer(context, answer.Kind).ExecuteAsync(context);
            return;
        }
        if (faults.Any(f => f.Kind == FaultKind.DropResponse))
        {
            await RunThenDrop(context);
            return;
        }
        await next(context);
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

    private IResult Answer(HttpContext context, FaultKind kind)
    {
        var now = runtime.Options.Time.GetUtcNow();
        return kind switch
        {
            FaultKind.TooManyRequests => GatewayAnswers.TooManyRequests(runtime.Options.Limits),
            FaultKind.InternalServerError => GatewayAnswers.InternalServerError(now, context.Request.Path),
            FaultKind.ServiceUnavailable => GatewayAnswers.ServiceUnavailable(),
            _ => GatewayAnswers.Firewall(SupportId(now)),
        };
    }

    private static string SupportId(DateTimeOffset now) =>
        (now.ToUnixTimeMilliseconds() * 1000 + Random.Shared.Next(1000)).ToString(CultureInfo.InvariantCulture);
}
