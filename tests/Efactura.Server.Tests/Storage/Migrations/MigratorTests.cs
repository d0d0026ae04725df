using Efactura.Server.Storage.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Storage.Migrations;

public class MigratorTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_fresh_database_gets_every_migration_and_a_second_run_applies_nothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres, migrate: false);

        var first = await db.Migrator.MigrateAsync(Token);
        var second = await db.Migrator.MigrateAsync(Token);

        first.ShouldBe(MigrationScripts.For(db.Database.Dialect).Select(s => s.Version));
        first.ShouldContain(1);
        second.ShouldBeEmpty();
        Convert.ToInt32(await db.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(first.Count);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Nodes_starting_together_apply_each_migration_once(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres, migrate: false);
        var nodes = Enumerable.Range(0, 4).Select(_ => db.OpenSecondNode()).ToList();
        try
        {
            var applied = await Task.WhenAll(nodes.Select(node => Task.Run(() => new Migrator(node, db.Clock, NullLogger<Migrator>.Instance).MigrateAsync(Token), Token)));

            applied.SelectMany(a => a).Order().ShouldBe(MigrationScripts.For(db.Database.Dialect).Select(s => s.Version));
            applied.Count(a => a.Count > 0).ShouldBe(1);
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_migration_edited_after_it_was_applied_stops_the_start(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await db.ScalarAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => db.Migrator.MigrateAsync(Token));

        error.Message.ShouldContain("0001_initial was changed after it was applied");
    }

    [Fact]
    public void Both_dialects_have_the_same_migrations()
    {
        var sqlite = MigrationScripts.For(Efactura.Server.Storage.SqliteDialect.Instance);
        var postgresScripts = MigrationScripts.For(Efactura.Server.Storage.PostgresDialect.Instance);

        sqlite.Select(s => (s.Version, s.Name)).ShouldBe(postgresScripts.Select(s => (s.Version, s.Name)));
    }

    [Fact]
    public void Both_dialects_create_the_same_tables_with_the_same_columns()
    {
        var sqlite = SchemaShape.Of(MigrationScripts.For(Efactura.Server.Storage.SqliteDialect.Instance));
        var postgresShape = SchemaShape.Of(MigrationScripts.For(Efactura.Server.Storage.PostgresDialect.Instance));

        sqlite.Keys.Order().ShouldBe(postgresShape.Keys.Order());
        foreach (var table in sqlite.Keys) sqlite[table].ShouldBe(postgresShape[table], $"columns of {table}");
        sqlite.Keys.ShouldContain("invoices");
    }
}
