using System.Globalization;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Invoices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/invoices</c>: the invoices of the companies the user may see, newest first, filtered by company, state,
/// issue dates, number and buyer, <see cref="PageSize"/> a page.
/// </summary>
public sealed class InvoicesModel(DashboardSession session, DashboardRepository dashboard, InvoiceRepository invoices) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>Only this company's.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Company { get; set; }

    /// <summary>Only this state's.</summary>
    [BindProperty(SupportsGet = true)]
    public InvoiceState? State { get; set; }

    /// <summary>Issued on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Issued on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Exactly this number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    /// <summary>The buyer's CUI or part of their name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Buyer { get; set; }

    /// <summary>Where the page starts (the previous page's last row).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The companies for the filter (and the names in the rows).</summary>
    public IReadOnlyList<CompanyOverview> Companies { get; private set; } = [];

    /// <summary>This page's invoices.</summary>
    public Page<InvoiceRecord> Found { get; private set; } = new([], null);

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>The company's name.</summary>
    public string CompanyName(Guid id) => Companies.FirstOrDefault(c => c.Company.Id == id)?.Company.Name ?? id.ToString();

    /// <summary>The query string of this filter with another start.</summary>
    public string Query(string? after) => FilterQuery.Of(("company", Company?.ToString()), ("state", State?.ToString()),
        ("from", FilterQuery.Day(From)), ("to", FilterQuery.Day(To)), ("number", Number), ("buyer", Buyer), ("after", after));

    /// <summary>Reads the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (Company is { } only && !DashboardSession.MaySee(user, only)) return NotFound();
        Companies = await dashboard.CompaniesAsync(user.TenantId, DashboardSession.Companies(user), cancellationToken).ConfigureAwait(false);
        var filter = new InvoiceFilter
        {
            CompanyId = Company,
            CompanyIds = DashboardSession.Companies(user),
            States = State is { } state ? [state] : null,
            IssuedFrom = From,
            IssuedTo = To,
            Number = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
            Customer = string.IsNullOrWhiteSpace(Buyer) ? null : Buyer.Trim(),
        };
        try
        {
            Found = await invoices.ListAsync(user.TenantId, filter, new PageRequest(After, PageSize), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidCursorException)
        {
            return BadRequest();
        }
        return Page();
    }
}
