using Efactura.Server.Storage.Idempotency;

namespace Efactura.Server.Tests.Storage.Idempotency;

public class IdempotencyRepositoryTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static StoredResponse Created => new(201, "application/json", "/v1/invoices/1", "{\"id\":1}"u8.ToArray());

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_same_key_and_body_replays_the_first_response(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;

        var first = await db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-a", Lock, Retention, Token);
        var whileRunning = await db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-a", Lock, Retention, Token);
        (await db.Idempotency.CompleteAsync(tenant.Id, "key-1", Created, Token)).ShouldBeTrue();
        var repeat = await db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-a", Lock, Retention, Token);

        first.ShouldBeOfType<IdempotencyReservation.Reserved>();
        whileRunning.ShouldBeOfType<IdempotencyReservation.InProgress>();
        var replay = repeat.ShouldBeOfType<IdempotencyReservation.Replay>().Response;
        replay.StatusCode.ShouldBe(201);
        replay.Location.ShouldBe("/v1/invoices/1");
        replay.Body.ShouldBe(Created.Body);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_same_key_with_another_body_is_a_mismatch(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        await db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-a", Lock, Retention, Token);
        await db.Idempotency.CompleteAsync(tenant.Id, "key-1", Created, Token);

        (await db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-b", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.Mismatch>();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Keys_are_per_tenant(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var acme = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant;
        await db.Idempotency.ReserveAsync(acme.Id, "key-1", "hash-a", Lock, Retention, Token);
        await db.Idempotency.CompleteAsync(acme.Id, "key-1", Created, Token);

        (await db.Idempotency.ReserveAsync(other.Id, "key-1", "hash-b", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.Reserved>();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reservation_whose_holder_died_is_taken_over_and_a_released_one_is_free(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        await db.Idempotency.ReserveAsync(tenant.Id, "crashed", "hash-a", Lock, Retention, Token);
        await db.Idempotency.ReserveAsync(tenant.Id, "failed", "hash-a", Lock, Retention, Token);

        (await db.Idempotency.ReleaseAsync(tenant.Id, "failed", Token)).ShouldBeTrue();
        (await db.Idempotency.ReserveAsync(tenant.Id, "failed", "hash-b", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.Reserved>();
        db.Clock.Advance(Lock);
        (await db.Idempotency.ReserveAsync(tenant.Id, "crashed", "hash-a", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.Reserved>();
        (await db.Idempotency.ReserveAsync(tenant.Id, "crashed", "hash-a", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.InProgress>();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_concurrent_first_requests_exactly_one_reserves(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () => db.Idempotency.ReserveAsync(tenant.Id, "key-1", "hash-a", Lock, Retention, Token), Token)));

        results.Count(r => r is IdempotencyReservation.Reserved).ShouldBe(1);
        results.Count(r => r is IdempotencyReservation.InProgress).ShouldBe(7);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_key_past_its_retention_is_forgotten(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        await db.Idempotency.ReserveAsync(tenant.Id, "old", "hash-a", Lock, Retention, Token);
        await db.Idempotency.CompleteAsync(tenant.Id, "old", Created, Token);
        await db.Idempotency.ReserveAsync(tenant.Id, "older", "hash-a", Lock, Retention, Token);
        db.Clock.Advance(Retention);

        (await db.Idempotency.ReserveAsync(tenant.Id, "old", "hash-b", Lock, Retention, Token)).ShouldBeOfType<IdempotencyReservation.Reserved>();
        (await db.Idempotency.DeleteExpiredAsync(Token)).ShouldBe(1);
    }
}
