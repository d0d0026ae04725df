namespace Efactura.Server.Tests.Storage.Quotas;

public class QuotaRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Consumption_stops_at_the_limit_per_scope_and_window(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);

        (await db.Quotas.TryConsumeAsync("stareMesaj:1", Day, 100, 99, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeAsync("stareMesaj:1", Day, 100, 2, Token)).ShouldBeFalse();
        (await db.Quotas.TryConsumeAsync("stareMesaj:1", Day, 100, 1, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeAsync("stareMesaj:1", Day, 100, 1, Token)).ShouldBeFalse();
        (await db.Quotas.TryConsumeAsync("stareMesaj:2", Day, 100, 1, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeAsync("stareMesaj:1", Day.AddDays(1), 100, 1, Token)).ShouldBeTrue();
        (await db.Quotas.TryConsumeAsync("descarcare:1", Day, 10, 11, Token)).ShouldBeFalse();

        (await db.Quotas.GetUsedAsync("stareMesaj:1", Day, Token)).ShouldBe(100);
        (await db.Quotas.GetUsedAsync("descarcare:1", Day, Token)).ShouldBe(0);
        (await db.Quotas.DeleteBeforeAsync(Day.AddDays(1), Token)).ShouldBe(2);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Concurrent_consumers_never_pass_the_limit(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);

        var granted = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(
            () => db.Quotas.TryConsumeAsync("global", Day, 25, 1, Token), Token)));

        granted.Count(g => g).ShouldBe(25);
        (await db.Quotas.GetUsedAsync("global", Day, Token)).ShouldBe(25);
    }
}
