using System.Globalization;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Incoming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/incoming</c>: the received invoices of the companies the user may see, newest first: the downloaded ones and
/// those ANAF lists that are not downloaded yet; filtered by company, supplier, number, issue dates and download,
/// <see cref="PageSize"/> a page.
/// </summary>
public sealed class IncomingModel(DashboardSession session, DashboardRepository dashboard, IncomingInvoiceRepository incoming) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>Only this company's.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Company { get; set; }

    /// <summary>The supplier's CUI or part of their name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Supplier { get; set; }

    /// <summary>Exactly this number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    /// <summary>Issued on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Issued on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Downloaded (<c>yes</c>), not yet (<c>no</c>), or both (empty).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Downloaded { get; set; }

    /// <summary>Where the page starts (the previous page's last row).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The companies for the filter (and the names in the rows).</summary>
    public IReadOnlyList<CompanyOverview> Companies { get; private set; } = [];

    /// <summary>This page's rows.</summary>
    public Page<ReceivedEntry> Found { get; private set; } = new([], null);

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>The company's name.</summary>
    public string CompanyName(Guid id) => Companies.FirstOrDefault(c => c.Company.Id == id)?.Company.Name ?? id.ToString();

    /// <summary>The query string of this filter with another start.</summary>
    public string Query(string? after) => FilterQuery.Of(("company", Company?.ToString()), ("supplier", Supplier), ("number", Number),
        ("from", FilterQuery.Day(From)), ("to", FilterQuery.Day(To)), ("downloaded", Downloaded), ("after", after));

    /// <summary>Reads the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (Company is { } only && !DashboardSession.MaySee(user, only)) return NotFound();
        bool? downloaded = Downloaded switch
        {
            null or "" => null,
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (downloaded is null && !string.IsNullOrEmpty(Downloaded)) return BadRequest();
        Companies = await dashboard.CompaniesAsync(user.TenantId, DashboardSession.Companies(user), cancellationToken).ConfigureAwait(false);
        var filter = new IncomingFilter
        {
            CompanyId = Company,
            CompanyIds = DashboardSession.Companies(user),
            Supplier = string.IsNullOrWhiteSpace(Supplier) ? null : Supplier.Trim(),
            Number = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
            IssuedFrom = From,
            IssuedTo = To,
            Downloaded = downloaded,
        };
        try
        {
            Found = await incoming.ListReceivedAsync(user.TenantId, filter, new PageRequest(After, PageSize), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidCursorException)
        {
            return BadRequest();
        }
        return Page();
    }
}
