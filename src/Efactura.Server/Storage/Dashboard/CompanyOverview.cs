using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Storage.Dashboard;

/// <summary>A company with its ANAF connection's state, for the companies list.</summary>
/// <param name="Company">The company and its settings.</param>
/// <param name="Connection">Its connection's state, or null when it never connected.</param>
/// <param name="LastDownloadAt">When a message of it was last downloaded from ANAF (its last successful sync), or null.</param>
/// <param name="LastAnafCallAt">When ANAF last answered one of its calls with success (to the minute), or null.</param>
public sealed record CompanyOverview(Company Company, AnafConnection? Connection, DateTimeOffset? LastDownloadAt, DateTimeOffset? LastAnafCallAt);
