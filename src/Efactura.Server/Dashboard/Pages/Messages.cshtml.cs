using System.Globalization;
using Efactura.Core.Calendar;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Incoming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/messages</c>: ANAF's SPV messages the sync recorded for the companies the user may see, newest first, with
/// whether each received invoice is downloaded; filtered by company, type and ANAF's dates (Romanian days),
/// <see cref="PageSize"/> a page.
/// </summary>
public sealed class MessagesModel(DashboardSession session, DashboardRepository dashboard, SpvMessageRepository messages) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// ANAF's message types (anaf-api.md §4.1) by the letter of ANAF's own filter, with the text they start with (the
    /// buyer's messages are matched by their prefix, as ANAF's wording of that type varies).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["P"] = "FACTURA PRIMITA",
        ["T"] = "FACTURA TRIMISA",
        ["E"] = "ERORI FACTURA",
        ["R"] = "MESAJ CUMPARATOR",
    };

    /// <summary>Only this company's.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Company { get; set; }

    /// <summary>Only this ANAF type: a key of <see cref="Types"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>Made by ANAF on or after this Romanian day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Made by ANAF on or before this Romanian day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Where the page starts (the previous page's last row).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The companies for the filter (and the names in the rows).</summary>
    public IReadOnlyList<CompanyOverview> Companies { get; private set; } = [];

    /// <summary>This page's messages.</summary>
    public Page<ListedMessage> Found { get; private set; } = new([], null);

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>The company's name.</summary>
    public string CompanyName(Guid id) => Companies.FirstOrDefault(c => c.Company.Id == id)?.Company.Name ?? id.ToString();

    /// <summary>The query string of this filter with another start.</summary>
    public string Query(string? after) => FilterQuery.Of(("company", Company?.ToString()), ("type", Type),
        ("from", FilterQuery.Day(From)), ("to", FilterQuery.Day(To)), ("after", after));

    /// <summary>The start of a Romanian day, as an instant.</summary>
    public static DateTimeOffset RomanianMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, RomanianTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Reads the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (Company is { } only && !DashboardSession.MaySee(user, only)) return NotFound();
        if (To is { } last && last == DateOnly.MaxValue) return BadRequest();
        string? typeText = null;
        if (!string.IsNullOrEmpty(Type) && !Types.TryGetValue(Type, out typeText)) return BadRequest();
        Companies = await dashboard.CompaniesAsync(user.TenantId, DashboardSession.Companies(user), cancellationToken).ConfigureAwait(false);
        var filter = new SpvMessageFilter
        {
            CompanyId = Company,
            CompanyIds = DashboardSession.Companies(user),
            TypeStartsWith = typeText,
            CreatedFrom = From is { } from ? RomanianMidnight(from) : null,
            CreatedBefore = To is { } to ? RomanianMidnight(to.AddDays(1)) : null,
        };
        try
        {
            Found = await messages.ListAsync(user.TenantId, filter, new PageRequest(After, PageSize), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidCursorException)
        {
            return BadRequest();
        }
        return Page();
    }
}
