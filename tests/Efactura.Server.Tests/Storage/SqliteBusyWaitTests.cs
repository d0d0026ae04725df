using System.Diagnostics;
using Efactura.Server.Storage;
using Microsoft.Data.Sqlite;

namespace Efactura.Server.Tests.Storage;

public sealed class SqliteBusyWaitTests
{
    [Fact]
    public void Waits_follow_sqlites_millisecond_schedule_then_give_up_at_the_timeout()
    {
        SqliteBusyWait.Delay(0, 30_000).ShouldBe(1);
        SqliteBusyWait.Delay(3, 30_000).ShouldBe(10);
        SqliteBusyWait.Delay(11, 30_000).ShouldBe(100);
        SqliteBusyWait.Delay(100, 30_000).ShouldBe(100);
        // 1+2+5+10 = 18 ms waited before retry 4: only 2 ms of a 20 ms timeout are left.
        SqliteBusyWait.Delay(4, 20).ShouldBe(2);
        SqliteBusyWait.Delay(5, 20).ShouldBeNull();
        SqliteBusyWait.Delay(int.MaxValue, 30_000).ShouldBeNull();
    }

    [Fact]
    public async Task A_writer_blocked_by_another_connection_goes_on_soon_after_the_lock_is_released()
    {
        var folder = Directory.CreateTempSubdirectory("efactura-busy-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "busy.db")};Pooling=False";
        // Two databases on one file stand for two processes: the in-process writer queue does not order them.
        await using var first = new SqliteDatabase(connectionString);
        await using var second = new SqliteDatabase(connectionString);
        await using (var setup = await first.OpenConnectionAsync(TestContext.Current.CancellationToken))
            await Execute(setup, "PRAGMA journal_mode = WAL; CREATE TABLE t (n INTEGER)");

        await using var holder = await first.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await Execute(holder, "BEGIN IMMEDIATE; INSERT INTO t VALUES (1)");
        var clock = Stopwatch.StartNew();
        var waiting = Task.Run(async () =>
        {
            await using var writer = await second.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await Execute(writer, "INSERT INTO t VALUES (2)");
            return clock.Elapsed;
        }, TestContext.Current.CancellationToken);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        await Execute(holder, "COMMIT");

        // SQLite's own handler in this build sleeps whole seconds; this one retries within milliseconds.
        (await waiting).ShouldBeLessThan(TimeSpan.FromMilliseconds(800));
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
