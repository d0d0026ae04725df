using Efactura.Server.Hosting;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Storage;

/// <summary>
/// A damaged database is found: SQLite's quick_check (a file that is no database, a page overwritten), the health
/// check turns unhealthy; a new SQLite file is its owner's only.
/// </summary>
public sealed class DatabaseIntegrityTests(PostgresServer postgres) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-integrity-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string File(string name = "efactura.db") => Path.Combine(folder, name);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // A migrated database, closed (its WAL checkpointed into the file).
    private async Task<string> MigratedFileAsync()
    {
        await using var database = new SqliteDatabase($"Data Source={File()}");
        await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(Token);
        return File();
    }

    private static HealthCheckContext Context(IHealthCheck check) =>
        new() { Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, null) };

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_intact_database_passes_and_is_healthy(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var check = new DatabaseHealthCheck(db.Database, db.Clock);

        var integrity = await db.Database.CheckIntegrityAsync(Token);
        var health = await check.CheckHealthAsync(Context(check), Token);

        integrity.Intact.ShouldBeTrue();
        integrity.Detail.ShouldStartWith(engine == "sqlite" ? "quick_check ok" : "answers; data checksums ");
        health.Status.ShouldBe(HealthStatus.Healthy);
        await db.Database.VerifyIntegrityAsync(Token);
    }

    [Fact]
    public async Task A_file_that_is_no_database_fails_the_check_and_the_health_check()
    {
        var path = await MigratedFileAsync();
        var bytes = await System.IO.File.ReadAllBytesAsync(path, Token);
        "garbage, not SQLite"u8.CopyTo(bytes);
        await System.IO.File.WriteAllBytesAsync(path, bytes, Token);
        await using var database = new SqliteDatabase($"Data Source={path}");
        var check = new DatabaseHealthCheck(database, TimeProvider.System);

        (await database.CheckIntegrityAsync(Token)).ShouldBe(new DatabaseIntegrity(false, "the file is not a SQLite database"));
        var health = await check.CheckHealthAsync(Context(check), Token);
        health.Status.ShouldBe(HealthStatus.Unhealthy);
        health.Description!.ShouldNotContain("Exception");
        var refused = await Should.ThrowAsync<DatabaseDamagedException>(() => database.VerifyIntegrityAsync(Token));
        refused.Message.ShouldContain("failed its integrity check: the file is not a SQLite database");
        refused.Message.ShouldContain("restore it from a backup");
    }

    [Fact]
    public async Task A_damaged_page_fails_quick_check_and_the_health_check_stays_unhealthy()
    {
        var path = await MigratedFileAsync();
        var bytes = await System.IO.File.ReadAllBytesAsync(path, Token);
        var pageSize = (bytes[16] << 8) | bytes[17];
        bytes.Length.ShouldBeGreaterThan(6 * pageSize);
        // Pages 2 to 5 hold tables and indexes of the schema: overwritten, they are no b-tree pages any more.
        bytes.AsSpan(pageSize, 4 * pageSize).Fill(0xA5);
        await System.IO.File.WriteAllBytesAsync(path, bytes, Token);
        await using var database = new SqliteDatabase($"Data Source={path}");
        var check = new DatabaseHealthCheck(database, TimeProvider.System);

        var integrity = await database.CheckIntegrityAsync(Token);
        var health = await check.CheckHealthAsync(Context(check), Token);

        integrity.Intact.ShouldBeFalse();
        // Depending on which page the engine meets first: quick_check's findings, or the error that stopped it.
        integrity.Detail.ShouldMatch("^(quick_check found .+|the database file is malformed)$");
        health.Status.ShouldBe(HealthStatus.Unhealthy);
        health.Description!.ShouldStartWith("Sqlite: ");
        (await check.CheckHealthAsync(Context(check), Token)).Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task A_new_sqlite_file_and_its_journal_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;

        await MigratedFileAsync();
        await using var database = new SqliteDatabase($"Data Source={File()}");
        await using var connection = await database.OpenConnectionAsync(Token);
        await using var write = connection.CreateCommand();
        write.CommandText = "CREATE TABLE written (id INTEGER)";
        await write.ExecuteNonQueryAsync(Token);

        var files = Directory.GetFiles(folder, "efactura.db*");
        files.ShouldContain(File());
        files.ShouldContain(File("efactura.db-wal"));
        foreach (var file in files) System.IO.File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
    }
}
