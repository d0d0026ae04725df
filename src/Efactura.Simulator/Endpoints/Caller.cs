using Efactura.Simulator.Protocol;
using Efactura.Simulator.State;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>The holder behind a request's bearer token, after the global call limit (anaf-api.md §1.3, §7).</summary>
internal static class Caller
{
    /// <summary>The holder, or the gateway's refusal: 403 without a valid token, 429 beyond the calls per minute.</summary>
    public static (SpvUser? User, IResult? Refusal) Identify(HttpContext context, SimulatorRuntime runtime)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return (null, GatewayAnswers.Forbidden());
        var token = runtime.Tokens.ReadAccess(header["Bearer ".Length..].Trim());
        if (token is not { } holder) return (null, GatewayAnswers.Forbidden());
        var limits = runtime.Options.Limits;
        if (!runtime.Calls.TryEnter(holder.ClientId, limits.CallsPerWindow, limits.CallWindow, runtime.Now))
            return (null, GatewayAnswers.TooManyRequests(runtime.Options, runtime.Now));
        return (runtime.Directory.Find(holder.Serial), null);
    }
}
