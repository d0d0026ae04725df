using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Efactura.Server.Storage;

/// <summary>
/// How a SQLite connection waits for another writer's lock: short sleeps, retried up to a timeout. The
/// <c>e_sqlite3</c> library of SQLitePCLRaw 2.0 is built without <c>HAVE_USLEEP</c> (it imports <c>sleep</c>, not
/// <c>usleep</c>), so SQLite's own <c>busy_timeout</c> handler sleeps whole seconds: a write that met the lock for a
/// millisecond waited 1 s, 2 s, 5 s (https://www.sqlite.org/compile.html#have_usleep). This handler keeps the same
/// semantics (wait, then SQLITE_BUSY after the timeout) with SQLite's own millisecond schedule.
/// </summary>
internal static class SqliteBusyWait
{
    // SQLite's default busy handler schedule (sqliteDefaultBusyCallback), in milliseconds; then 100 ms each time.
    private static readonly int[] Delays = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];
    private static readonly int[] Totals = Delays.Select((_, i) => Delays.Take(i).Sum()).ToArray();

    // Kept for the process's lifetime: SQLite holds a pointer to it in every connection.
    private static readonly BusyCallback Callback = OnBusy;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyCallback(IntPtr timeoutMilliseconds, int count);

    /// <summary>Installs the handler on an open connection: it waits up to <paramref name="timeoutMilliseconds"/>.</summary>
    public static void Install(SqliteConnection connection, int timeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = NativeMethods.sqlite3_busy_handler(connection.Handle!.DangerousGetHandle(), Callback, (IntPtr)timeoutMilliseconds);
        if (result != 0) throw new InvalidOperationException($"sqlite3_busy_handler failed with {result}");
    }

    /// <summary>How long to sleep before retry number <paramref name="count"/> (0-based); null once the timeout is spent.</summary>
    public static int? Delay(int count, int timeoutMilliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var last = Delays.Length - 1;
        var delay = Delays[Math.Min(count, last)];
        var waited = count <= last ? Totals[count] : Totals[last] + (long)Delays[last] * (count - last);
        if (waited >= timeoutMilliseconds) return null;
        return (int)Math.Min(delay, timeoutMilliseconds - waited);
    }

    private static int OnBusy(IntPtr timeoutMilliseconds, int count)
    {
        if (Delay(count, (int)timeoutMilliseconds) is not { } delay) return 0;
        Thread.Sleep(delay);
        return 1;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        public static extern int sqlite3_busy_handler(IntPtr db, BusyCallback callback, IntPtr argument);
    }
}
