namespace Efactura.Server.Storage.Companies;

/// <summary>How the gateway treats one company's invoices (DESIGN §4.3).</summary>
/// <param name="Environment">Which ANAF receives its invoices.</param>
/// <param name="AutoSend">Issued invoices are submitted without a separate submit call; default true.</param>
/// <param name="DelayHours">Hours between issue and upload (time to catch mistakes), 0 or more; default 0.</param>
/// <param name="SyncEnabled">Incoming invoices and messages are fetched from ANAF; default true.</param>
/// <param name="SyncDaysBack">How far back the sync looks, 1 to 60 days (ANAF keeps messages 60 days); default 60.</param>
public sealed record CompanySettings(
    AnafEnvironment Environment,
    bool AutoSend = true,
    int DelayHours = 0,
    bool SyncEnabled = true,
    int SyncDaysBack = CompanySettings.MaxSyncDaysBack)
{
    /// <summary>ANAF's message list reaches 60 days back at most.</summary>
    public const int MaxSyncDaysBack = 60;

    /// <summary>Throws when a value is out of range (the schema would refuse it too).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(DelayHours);
        ArgumentOutOfRangeException.ThrowIfLessThan(SyncDaysBack, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SyncDaysBack, MaxSyncDaysBack);
        if (!System.Enum.IsDefined(Environment)) throw new ArgumentOutOfRangeException(nameof(Environment), Environment, "unknown environment");
    }
}
