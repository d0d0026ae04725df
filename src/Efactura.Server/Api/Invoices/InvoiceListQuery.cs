using System.Globalization;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Api.Invoices;

/// <summary>
/// The filters of <c>GET /v1/invoices</c>: <c>state</c> (one or more, comma-separated or repeated), <c>companyId</c>,
/// <c>number</c>, <c>customer</c> (identifier or part of the name), <c>issuedFrom</c>/<c>issuedTo</c> (yyyy-MM-dd).
/// </summary>
public static class InvoiceListQuery
{
    /// <summary>The filter the query asks for, or a 400 problem naming the bad parameter.</summary>
    public static (InvoiceFilter? Filter, ProblemAnswer? Problem) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var states = new List<InvoiceState>();
        foreach (var text in query["state"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<InvoiceState>(text, ignoreCase: true, out var state) || !Enum.IsDefined(state) || int.TryParse(text, out _))
                return Bad($"state '{text}' is unknown; use {string.Join(", ", Enum.GetNames<InvoiceState>().Select(n => n.ToLowerInvariant()))}.");
            states.Add(state);
        }
        Guid? companyId = null;
        if (Text(query, "companyId") is { } company)
        {
            if (!Guid.TryParse(company, out var id)) return Bad($"companyId '{company}' is not a company id.");
            companyId = id;
        }
        var (from, fromProblem) = Date(query, "issuedFrom");
        if (fromProblem is not null) return (null, fromProblem);
        var (to, toProblem) = Date(query, "issuedTo");
        if (toProblem is not null) return (null, toProblem);
        return (new InvoiceFilter
        {
            States = states.Count == 0 ? null : states,
            CompanyId = companyId,
            Number = Text(query, "number"),
            Customer = Text(query, "customer"),
            IssuedFrom = from,
            IssuedTo = to,
        }, null);
    }

    private static (DateOnly? Date, ProblemAnswer? Problem) Date(IQueryCollection query, string name)
    {
        if (Text(query, name) is not { } text) return (null, null);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, ApiProblem.BadRequest($"{name} '{text}' is not a date written yyyy-MM-dd."));
    }

    private static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    private static (InvoiceFilter?, ProblemAnswer?) Bad(string detail) => (null, ApiProblem.BadRequest(detail));
}
