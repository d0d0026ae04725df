namespace Efactura.Server.Workers;

/// <summary>
/// This process's name in claims (<c>claimed_by</c>): host, process id and a random part, so a restarted process
/// never mistakes an old claim of its predecessor for its own.
/// </summary>
/// <param name="Name">The name.</param>
public sealed record NodeIdentity(string Name)
{
    /// <summary>A new identity for this process.</summary>
    public static NodeIdentity ForThisProcess() =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>The claimer name of worker <paramref name="worker"/> in this process.</summary>
    public string Claimer(string worker) => $"{worker}@{Name}";
}
