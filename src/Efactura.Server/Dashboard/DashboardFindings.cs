using System.Text.Json;
using Efactura.Server.Api.Problems;

namespace Efactura.Server.Dashboard;

/// <summary>The findings stored with a rejected or failed invoice (<c>error_details</c>, the API's finding shape), read for a page.</summary>
public static class DashboardFindings
{
    /// <summary>The findings in <paramref name="errorDetails"/>; none when it is empty or not a findings array.</summary>
    public static IReadOnlyList<ProblemFinding> Read(string? errorDetails)
    {
        if (string.IsNullOrWhiteSpace(errorDetails)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<ProblemFinding>>(errorDetails, ApiProblem.Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The finding's explanation in the page's language (the other when that one is missing).</summary>
    public static string Message(ProblemFinding finding, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(text);
        return text.English || string.IsNullOrEmpty(finding.MessageRo) ? finding.Message : finding.MessageRo;
    }
}
