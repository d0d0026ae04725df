using Efactura.Core.Findings;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Dashboard;

/// <summary>The findings stored with a rejected or failed invoice (<see cref="StoredFindings"/>), read for a page.</summary>
public static class DashboardFindings
{
    /// <summary>The findings in <paramref name="errorDetails"/>; none when it is empty or not a findings array.</summary>
    public static IReadOnlyList<Finding> Read(string? errorDetails) => StoredFindings.Read(errorDetails) ?? [];

    /// <summary>The finding's explanation in the page's language (the other when that one is missing).</summary>
    public static string Message(Finding finding, DashboardText text)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(text);
        return text.English || string.IsNullOrEmpty(finding.MessageRo) ? finding.Message : finding.MessageRo;
    }
}
