using Efactura.Core.Calendar;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Statistics;
using Efactura.Server.Storage.Users;
using Efactura.Server.Workers.Deadlines;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app</c>, the triage page: across every company the user may see, what needs a person now: rejections with
/// their explanation and fix, stuck invoices, deadlines, expiring connections, messages near ANAF's purge, and
/// (owners) today's ANAF quota use. Each row links to where it is resolved.
/// </summary>
public sealed class IndexModel(DashboardSession session, DashboardRepository dashboard, StatisticsRepository statistics, TimeProvider time) : PageModel
{
    /// <summary>An invoice with ANAF (in prelucrare) or uploading for longer than this is stuck.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromHours(1);

    /// <summary>Unsubmitted invoices with this many working days left, or fewer, are listed.</summary>
    public const int DeadlineWorkingDays = 2;

    /// <summary>Connections whose refresh token expires within this are listed.</summary>
    public static readonly TimeSpan TokenHorizon = TimeSpan.FromDays(30);

    /// <summary>ANAF deletes messages after 60 days; those not downloaded are listed from day 50.</summary>
    public static readonly TimeSpan PurgeWarning = TimeSpan.FromDays(50);

    /// <summary>ANAF keeps a message this long.</summary>
    public static readonly TimeSpan AnafRetention = TimeSpan.FromDays(60);

    /// <summary>What needs attention.</summary>
    public Triage Triage { get; private set; } = new([], [], [], [], []);

    /// <summary>Today's ANAF quota use (owners only), or empty.</summary>
    public IReadOnlyList<QuotaUse> Quotas { get; private set; } = [];

    /// <summary>Today in Romania.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Now.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the lists.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        Now = time.GetUtcNow();
        Today = RomanianTime.Today(time);
        var bounds = new TriageBounds(
            Now - StuckAfter, DeadlineWatcher.LatestIssueDateToWarn(Today, DeadlineWorkingDays), Now + TokenHorizon, Now - PurgeWarning);
        Triage = await dashboard.TriageAsync(user.TenantId, DashboardSession.Companies(user), bounds, cancellationToken).ConfigureAwait(false);
        if (user.Role == DashboardRole.Owner)
        {
            var midnight = TimeZoneInfo.ConvertTimeToUtc(Today.ToDateTime(TimeOnly.MinValue), RomanianTime.Zone);
            Quotas = await statistics.QuotasAsync(new DateTimeOffset(midnight, TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
        }
        return Page();
    }
}
