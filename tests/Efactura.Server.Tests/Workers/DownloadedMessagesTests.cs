using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Workers;

public class DownloadedMessagesTests
{
    [Fact]
    public void A_message_downloaded_once_is_not_downloaded_again_by_later_searches()
    {
        var seen = new DownloadedMessages();
        var company = Guid.NewGuid();
        seen.Add(company, 3_001_000_010, [1, 2, 3]);

        seen.TryGet(company, 3_001_000_010, out var document).ShouldBeTrue();
        document.ShouldBe(new byte[] { 1, 2, 3 });
        seen.TryGet(Guid.NewGuid(), 3_001_000_010, out _).ShouldBeFalse("another company's message with the same id is another message");
    }

    [Fact]
    public void It_stays_bounded_forgetting_everything_when_full()
    {
        var seen = new DownloadedMessages(capacity: 2);
        var company = Guid.NewGuid();
        seen.Add(company, 1, [1]);
        seen.Add(company, 2, [2]);
        seen.Add(company, 3, [3]);

        seen.TryGet(company, 1, out _).ShouldBeFalse();
        seen.TryGet(company, 3, out _).ShouldBeTrue();
    }
}
