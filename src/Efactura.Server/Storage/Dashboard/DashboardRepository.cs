using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Deadlines;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Storage.Dashboard;

/// <summary>
/// The dashboard's reads that span a tenant's companies: the triage lists and the companies with their connections.
/// <c>companies</c> limits them to those ids (an accountant's), null to every company of the tenant. Each list is one
/// indexed query with a limit, so a page costs the same with 10 or 10,000 invoices behind it.
/// </summary>
public sealed class DashboardRepository(Database database)
{
    private const string InvoiceColumns =
        "i.id, i.company_id, c.name AS company_name, i.number, i.issue_date, i.state, i.error_details, i.updated_at, i.submitted_at, i.upload_started_at";

    /// <summary>Everything the triage page lists for the tenant's <paramref name="companies"/>.</summary>
    public async Task<Triage> TriageAsync(Guid tenantId, IReadOnlyCollection<Guid>? companies, TriageBounds bounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (companies is { Count: 0 }) return new Triage([], [], [], [], []);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);

        var rejected = await InvoicesAsync(session, tenantId, companies, "i.state = 'rejected'", "i.updated_at DESC, i.id DESC", bounds.Limit, [], cancellationToken)
            .ConfigureAwait(false);
        var stuck = await InvoicesAsync(session, tenantId, companies,
                // The IN first, so the state index narrows the rows before the times are compared.
                "i.state IN ('reconciling', 'failed', 'submitted', 'uploading') AND (i.state IN ('reconciling', 'failed') " +
                "OR (i.state = 'submitted' AND i.submitted_at < @stuck) OR (i.state = 'uploading' AND i.upload_started_at < @stuck))",
                "i.updated_at, i.id", bounds.Limit, [("stuck", bounds.StuckBefore)], cancellationToken).ConfigureAwait(false);
        var unsubmittedArgs = new List<SqlArg> { ("issued", bounds.IssuedOnOrBefore) };
        var unsubmittedStates = SqlList.Of("unsubmitted", DeadlineRepository.Unsubmitted, unsubmittedArgs);
        var unsubmitted = await InvoicesAsync(session, tenantId, companies, $"i.state IN {unsubmittedStates} AND i.issue_date <= @issued",
            "i.issue_date, i.id", bounds.Limit, unsubmittedArgs, cancellationToken).ConfigureAwait(false);

        var connectionArgs = new List<SqlArg> { ("tenant", tenantId), ("expiring", bounds.ConnectionsExpiringBefore), ("limit", bounds.Limit) };
        var connections = await session.QueryAsync(
            $"""
            SELECT a.company_id, c.name AS company_name, a.status, a.refresh_expires_at, a.last_error
            FROM anaf_connections a JOIN companies c ON c.id = a.company_id
            WHERE a.tenant_id = @tenant AND (a.status <> 'active' OR a.refresh_expires_at < @expiring){Only("a.company_id", companies, connectionArgs)}
            ORDER BY a.refresh_expires_at, a.company_id LIMIT @limit
            """,
            row => new TriageConnection(row.Guid("company_id"), row.String("company_name"), row.Enum<ConnectionStatus>("status"),
                row.Time("refresh_expires_at"), row.NullableString("last_error")),
            cancellationToken, [.. connectionArgs]).ConfigureAwait(false);

        var messageArgs = new List<SqlArg> { ("tenant", tenantId), ("created", bounds.MessagesCreatedBefore), ("limit", bounds.Limit) };
        var nearPurge = await session.QueryAsync(
            $"""
            SELECT m.id, m.company_id, c.name AS company_name, m.type, m.anaf_created_at, m.download_attempts
            FROM spv_messages m JOIN companies c ON c.id = m.company_id
            WHERE m.tenant_id = @tenant AND m.downloaded_at IS NULL AND m.anaf_created_at < @created{Only("m.company_id", companies, messageArgs)}
            ORDER BY m.anaf_created_at, m.id LIMIT @limit
            """,
            row => new TriageMessage(row.Guid("id"), row.Guid("company_id"), row.String("company_name"), row.String("type"),
                row.Time("anaf_created_at"), row.Int("download_attempts")),
            cancellationToken, [.. messageArgs]).ConfigureAwait(false);
        return new Triage(rejected, stuck, unsubmitted, connections, nearPurge);
    }

    /// <summary>
    /// The tenant's <paramref name="companies"/> (null: all, at most 500) by name, with their connections, their last
    /// download and their last successful ANAF call: one query, whatever the number of companies.
    /// </summary>
    public async Task<IReadOnlyList<CompanyOverview>> CompaniesAsync(Guid tenantId, IReadOnlyCollection<Guid>? companies, CancellationToken cancellationToken)
    {
        if (companies is { Count: 0 }) return [];
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var args = new List<SqlArg> { ("tenant", tenantId) };
        return await session.QueryAsync(
            $"""
            SELECT {CompanyColumns}, c.last_anaf_success_at,
                a.company_id AS connection_company, a.status AS connection_status, a.access_expires_at AS connection_access_expires_at,
                a.refresh_expires_at AS connection_refresh_expires_at, a.token_version AS connection_token_version,
                a.last_error AS connection_last_error, a.connected_at AS connection_connected_at, a.updated_at AS connection_updated_at,
                (SELECT MAX(m.downloaded_at) FROM spv_messages m WHERE m.company_id = c.id) AS last_download
            FROM companies c LEFT JOIN anaf_connections a ON a.company_id = c.id AND a.tenant_id = c.tenant_id
            WHERE c.tenant_id = @tenant{Only("c.id", companies, args)}
            ORDER BY c.name, c.id LIMIT 500
            """,
            row => new CompanyOverview(CompanyRepository.Read(row), row.IsNull("connection_company") ? null : ReadConnection(row), row.NullableTime("last_download"),
                row.NullableTime("last_anaf_success_at")),
            cancellationToken, [.. args]).ConfigureAwait(false);
    }

    // The company's columns under the alias c (CompanyRepository.Read reads them by their own names).
    private static readonly string CompanyColumns = string.Join(", ", CompanyRepository.Columns.Split(", ").Select(column => "c." + column));

    private static AnafConnection ReadConnection(SqlRow row) => new(
        row.Guid("connection_company"),
        row.Guid("tenant_id"),
        row.Enum<ConnectionStatus>("connection_status"),
        row.Time("connection_access_expires_at"),
        row.Time("connection_refresh_expires_at"),
        row.Int("connection_token_version"),
        row.NullableString("connection_last_error"),
        row.Time("connection_connected_at"),
        row.Time("connection_updated_at"));

    private static async Task<IReadOnlyList<TriageInvoice>> InvoicesAsync(
        SqlSession session, Guid tenantId, IReadOnlyCollection<Guid>? companies, string condition, string order, int limit, List<SqlArg> args,
        CancellationToken cancellationToken)
    {
        args.Add(("tenant", tenantId));
        args.Add(("limit", limit));
        // The ids first (from an index, 0019_dashboard_indexes), then only those rows: the invoices' JSON is never read
        // for the rows the limit leaves out.
        return await session.QueryAsync(
            $"""
            SELECT {InvoiceColumns} FROM invoices i JOIN companies c ON c.id = i.company_id
            WHERE i.id IN (
                SELECT i.id FROM invoices i WHERE i.tenant_id = @tenant AND {condition}{Only("i.company_id", companies, args)}
                ORDER BY {order} LIMIT @limit)
            ORDER BY {order}
            """,
            row => new TriageInvoice(row.Guid("id"), row.Guid("company_id"), row.String("company_name"), row.String("number"), row.Date("issue_date"),
                row.Enum<InvoiceState>("state"), row.NullableString("error_details"), row.Time("updated_at"),
                row.NullableTime("submitted_at") ?? row.NullableTime("upload_started_at")),
            cancellationToken, [.. args]).ConfigureAwait(false);
    }

    /// <summary>" AND column IN (...)" for a company list, "" for all; reuses the parameters when they exist already.</summary>
    private static string Only(string column, IReadOnlyCollection<Guid>? companies, List<SqlArg> args)
    {
        if (companies is null) return "";
        var names = new List<string>(companies.Count);
        var i = 0;
        foreach (var company in companies)
        {
            var name = "company" + i++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add("@" + name);
            if (!args.Any(a => a.Name == name)) args.Add((name, company));
        }
        return $" AND {column} IN ({string.Join(", ", names)})";
    }
}
