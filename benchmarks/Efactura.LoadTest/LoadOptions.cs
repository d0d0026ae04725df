namespace Efactura.LoadTest;

/// <summary>What the load run does.</summary>
/// <param name="Duration">How long invoices are posted.</param>
/// <param name="Concurrency">How many clients post at once.</param>
/// <param name="PostgresConnectionString">A PostgreSQL database to use instead of a fresh SQLite file.</param>
/// <param name="Drain">How long to wait after posting for the last invoices to be accepted.</param>
public sealed record LoadOptions(TimeSpan Duration, int Concurrency, string? PostgresConnectionString, TimeSpan Drain)
{
    /// <summary>Reads <c>--seconds N</c>, <c>--concurrency N</c>, <c>--postgres CS</c>, <c>--drain-seconds N</c>.</summary>
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new LoadOptions(
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? "60", System.Globalization.CultureInfo.InvariantCulture)),
            int.Parse(Value("--concurrency") ?? "8", System.Globalization.CultureInfo.InvariantCulture),
            Value("--postgres"),
            TimeSpan.FromSeconds(int.Parse(Value("--drain-seconds") ?? "180", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
