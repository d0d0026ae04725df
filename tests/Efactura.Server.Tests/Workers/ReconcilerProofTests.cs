using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Workers;

public class ReconcilerProofTests
{
    [Fact]
    public void A_wait_shorter_than_the_lists_blind_minute_cannot_prove_an_upload_absent()
    {
        // The client leaves the last minute out of every message list, so a search 4 s after the upload sees nothing either way.
        Reconciler.ProofWait(TimeSpan.FromSeconds(4)).ShouldBe(TimeSpan.FromMinutes(2));
        Reconciler.ProofWait(TimeSpan.FromMinutes(30)).ShouldBe(TimeSpan.FromMinutes(30));
    }
}
