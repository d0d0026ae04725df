namespace Efactura.Server.Tests.Storage.Quotas;

public class QuotaSpanTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Minute = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_bucket_takes_calls_only_while_the_span_before_it_stays_within_the_limit(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var b0 = Minute;
        var b1 = Minute.AddSeconds(10);
        var b7 = Minute.AddSeconds(70);

        (await db.Quotas.TryConsumeInSpanAsync("calls", b0, b0.AddMinutes(-1), 5, 3, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeInSpanAsync("calls", b1, b1.AddMinutes(-1), 5, 2, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeInSpanAsync("calls", b1, b1.AddMinutes(-1), 5, 1, Token)).ShouldBeFalse();
        (await db.Quotas.TryConsumeInSpanAsync("other", b1, b1.AddMinutes(-1), 5, 1, Token)).ShouldBeTrue();
        (await db.Quotas.GetUsedInSpanAsync("calls", b0, b1, Token)).ShouldBe(5);

        // b0 has left the span of b7; b1 has not.
        (await db.Quotas.TryConsumeInSpanAsync("calls", b7, b7.AddMinutes(-1), 5, 3, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeInSpanAsync("calls", b7, b7.AddMinutes(-1), 5, 1, Token)).ShouldBeFalse();
        (await db.Quotas.DeleteBeforeAsync("calls", b7, Token)).ShouldBe(2);
        (await db.Quotas.GetUsedAsync("other", b1, Token)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Concurrent_takers_on_two_nodes_never_pass_the_limit_of_the_span(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await using var secondNode = db.OpenSecondNode();
        var second = new Efactura.Server.Storage.Quotas.QuotaRepository(secondNode);
        await db.Quotas.TryConsumeInSpanAsync("calls", Minute, Minute.AddMinutes(-1), 25, 10, Token);
        var bucket = Minute.AddSeconds(10);

        var granted = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => (i % 2 == 0 ? db.Quotas : second).TryConsumeInSpanAsync("calls", bucket, bucket.AddMinutes(-1), 25, 1, Token), Token)));

        granted.Count(g => g).ShouldBe(15);
        (await db.Quotas.GetUsedInSpanAsync("calls", Minute, bucket, Token)).ShouldBe(25);
    }
}
