using Efactura.Server.Observability;

namespace Efactura.Server.Tests.Observability;

public class MetricsEndpointTests
{
    [Theory]
    // Winter: Bucharest is UTC+2.
    [InlineData("2026-03-02T09:00:00Z", "2026-03-01T22:00:00Z")]
    // Summer: UTC+3; 22:30 UTC is already the next Romanian day.
    [InlineData("2026-07-10T22:30:00Z", "2026-07-10T21:00:00Z")]
    public void Quota_use_counts_from_the_Romanian_midnight(string now, string dayStart) =>
        MetricsEndpoint.RomanianDayStart(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(dayStart, System.Globalization.CultureInfo.InvariantCulture));
}
