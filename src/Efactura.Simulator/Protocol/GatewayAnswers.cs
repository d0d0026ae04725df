using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Protocol;

/// <summary>
/// Answers from in front of ANAF's applications: the gateway's 403/429/503 and the F5 firewall page.
/// Their bodies are not documented (anaf-api.md "Not confirmed" 2), so clients must rely on the status
/// only; the simulator's bodies are plain and say so.
/// </summary>
internal static class GatewayAnswers
{
    /// <summary>HTTP 403 for a missing, invalid or expired token: "403 Forbidden – reprezintă un request neautorizat" (S4 p.33).</summary>
    public static IResult Forbidden() => Results.Text("Forbidden", "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status403Forbidden);

    /// <summary>
    /// HTTP 429: "Limita este setata la 1000 de apeluri pe minut" (S4 p.33). ASSUMPTION: the body is not recorded;
    /// <see cref="SimulatorOptions.TooManyRequestsBody"/> picks plain text, Spring's JSON or nothing.
    /// </summary>
    public static IResult TooManyRequests(SimulatorOptions options, DateTimeOffset now)
    {
        var message = $"Too Many Requests: limita este setata la {options.Limits.CallsPerWindow} de apeluri pe minut";
        return options.TooManyRequestsBody switch
        {
            Assumptions.TooManyRequestsBody.SpringJson => AnafJson.Result(new JsonObject
            {
                ["timestamp"] = RomanianTime.Display(now),
                ["status"] = 429,
                ["error"] = "Too Many Requests",
                ["message"] = message,
            }, StatusCodes.Status429TooManyRequests),
            Assumptions.TooManyRequestsBody.Empty => Results.StatusCode(StatusCodes.Status429TooManyRequests),
            _ => Results.Text(message, "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status429TooManyRequests),
        };
    }

    /// <summary>HTTP 500 in Spring Boot's shape.</summary>
    public static IResult InternalServerError(DateTimeOffset now, string path) =>
        AnafJson.Result(new JsonObject
        {
            ["timestamp"] = RomanianTime.Display(now),
            ["status"] = 500,
            ["error"] = "Internal Server Error",
            ["path"] = path,
        }, StatusCodes.Status500InternalServerError);

    /// <summary>HTTP 503 from the gateway.</summary>
    public static IResult ServiceUnavailable() =>
        Results.Text("<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html", System.Text.Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);

    /// <summary>HTTP 502 from the gateway, which got no answer from the API behind it.</summary>
    public static IResult BadGateway() =>
        Results.Text("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", System.Text.Encoding.UTF8, StatusCodes.Status502BadGateway);

    /// <summary>The F5 Application Security Manager's blocking page, served with HTTP 200 (anaf-api.md §1.1).</summary>
    public static IResult Firewall(string supportId) =>
        Results.Text(
            "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>" +
            $"Your support ID is: {supportId}<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>",
            "text/html", System.Text.Encoding.UTF8);
}
